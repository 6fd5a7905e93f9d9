/* Unit tests of id and URL syntax (ids.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ids.h"

static void ids_and_urls(void **state)
{
    (void)state;
    assert_true(fg_id_is_valid("ai-action-summit-2025"));
    assert_false(fg_id_is_valid("France"));
    assert_false(fg_id_is_valid("a--b"));
    assert_false(fg_id_is_valid("-a"));
    assert_false(fg_id_is_valid("a-"));
    assert_false(fg_id_is_valid(""));
    assert_true(fg_url_is_valid("https://example.org/a?b=c&d=e"));
    assert_false(fg_url_is_valid("javascript:alert(1)"));
    assert_false(fg_url_is_valid("https://x.org/\"onload=\"x"));
    assert_false(fg_url_is_valid("data:text/html,hi"));
    assert_false(fg_url_is_valid("https://"));
}

/* An id past FG_ID_MAX is one bad-id quoting its first bytes, never cut
 * inside a character. */
static void ids_too_long(void **state)
{
    (void)state;
    char id[FG_ID_MAX + 2];
    memset(id, 'a', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    id[FG_ID_MAX] = '\0';
    fg_diags d = {0};
    fg_pos pos = {FG_NOFILE, 0, 0};
    assert_false(fg_id_check_length(&d, id, FG_ID_MAX, pos, "id"));
    id[FG_ID_MAX] = 'a';
    memcpy(id + 31, "\xc3\xa9", 2); /* an e with an acute accent across byte 32 */
    assert_true(fg_id_check_length(&d, id, FG_ID_MAX + 1, pos, "subject"));
    assert_int_equal(d.n, 1);
    assert_string_equal(d.items[0].rule, "bad-id");
    assert_string_equal(d.items[0].msg, "subject 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' is 129 bytes long, more than "
                                        "the limit of 128 for an id");
    fg_diags_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ids_and_urls),
        cmocka_unit_test(ids_too_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
