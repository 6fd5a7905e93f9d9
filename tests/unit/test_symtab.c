#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>

#include "strbuf.h"
#include "symtab.h"
#include "xalloc.h"

/* After fg_symtab_reserve(n), n puts leave the table where it is. */
static void reserved_tables_never_rehash(void **state)
{
    (void)state;
    enum { N = 5000 };
    static char keys[N][8];
    fg_symtab t = FG_SYMTAB_INIT;
    assert_null(fg_symtab_put(&t, "first", keys[0])); /* reserving keeps what is there */
    fg_symtab_reserve(&t, N + 1);
    const fg_symtab_slot *slots = t.slots;
    size_t cap = t.cap;
    for (int i = 0; i < N; i++) {
        snprintf(keys[i], sizeof keys[i], "k%d", i);
        assert_null(fg_symtab_put(&t, keys[i], keys[i]));
    }
    assert_ptr_equal(t.slots, slots);
    assert_int_equal(t.cap, cap);
    assert_ptr_equal(fg_symtab_get(&t, "first"), keys[0]);
    assert_ptr_equal(fg_symtab_get(&t, "k4999"), keys[4999]);
    fg_symtab_release(&t);
}

static void put_get_set(void **state)
{
    (void)state;
    fg_symtab t = FG_SYMTAB_INIT;
    int a = 1, b = 2;
    assert_null(fg_symtab_put(&t, "a", &a));
    assert_ptr_equal(fg_symtab_put(&t, "a", &b), &a); /* not replaced */
    assert_ptr_equal(fg_symtab_get(&t, "a"), &a);
    assert_ptr_equal(fg_symtab_set(&t, "a", &b), &a);
    assert_ptr_equal(fg_symtab_get(&t, "a"), &b);
    assert_null(fg_symtab_get(&t, "b"));
    fg_symtab_release(&t);
}

/* Lookups stay constant-time as the table grows: the probes per key of n
 * insertions and lookups must not grow with n (a quadratic id index would). */
static void probes_per_key_stay_flat(void **state)
{
    (void)state;
    double per_key[2];
    size_t sizes[2] = {1000, 100000};
    for (int s = 0; s < 2; s++) {
        fg_symtab t = FG_SYMTAB_INIT;
        fg_symtab_stats stats = {0};
        t.stats = &stats;
        char **keys = fg_xmalloc(sizes[s] * sizeof *keys);
        for (size_t i = 0; i < sizes[s]; i++) {
            fg_strbuf sb = FG_STRBUF_INIT;
            fg_strbuf_printf(&sb, "entity-%zu", i);
            keys[i] = fg_strbuf_detach(&sb);
            fg_symtab_put(&t, keys[i], keys[i]);
        }
        for (size_t i = 0; i < sizes[s]; i++)
            assert_ptr_equal(fg_symtab_get(&t, keys[i]), keys[i]);
        per_key[s] = (double)stats.probes / (double)sizes[s];
        for (size_t i = 0; i < sizes[s]; i++)
            free(keys[i]);
        free(keys);
        fg_symtab_release(&t);
    }
    assert_true(per_key[0] < 6.0);
    assert_true(per_key[1] < 6.0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(put_get_set),
        cmocka_unit_test(reserved_tables_never_rehash),
        cmocka_unit_test(probes_per_key_stay_flat),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
