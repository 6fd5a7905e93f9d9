/* Unit tests of did-you-mean (suggest.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "suggest.h"
#include "strbuf.h"

static void suggestions(void **state)
{
    (void)state;
    fg_suggest s;
    fg_suggest_init(&s, "frnace");
    fg_suggest_consider(&s, "india");
    fg_suggest_consider(&s, "france");
    fg_suggest_consider(&s, "finance-ministry");
    assert_string_equal(fg_suggest_result(&s), "france");
    fg_suggest_init(&s, "zzz");
    fg_suggest_consider(&s, "france");
    assert_null(fg_suggest_result(&s));
    assert_int_equal(fg_edit_distance("kitten", "sitting"), 3);
    assert_int_equal(fg_edit_distance("nmae", "name"), 1); /* a swap is one edit */
    fg_suggest_init(&s, "nmae");
    fg_suggest_consider(&s, "note");
    fg_suggest_consider(&s, "name");
    assert_string_equal(fg_suggest_result(&s), "name");
}

/* The banded distance agrees with the full one wherever it is at most the
 * bound, and says "past it" everywhere else. */
static void banded_distance_agrees(void **state)
{
    (void)state;
    unsigned seed = 7;
    for (int k = 0; k < 20000; k++) {
        char a[24], b[24];
        size_t la, lb;
        seed = seed * 1103515245u + 12345u;
        la = (seed >> 16) % 20;
        seed = seed * 1103515245u + 12345u;
        lb = k % 4 == 0 ? la : (seed >> 16) % 20;
        for (size_t i = 0; i < la; i++) {
            seed = seed * 1103515245u + 12345u;
            a[i] = "abc-"[(seed >> 16) % (k % 3 == 0 ? 2 : 4)];
        }
        for (size_t j = 0; j < lb; j++) {
            seed = seed * 1103515245u + 12345u;
            /* often a copy of a with a few edits, so distances are small */
            b[j] = j < la && (seed >> 16) % 4 != 0 ? a[j] : "abc-"[(seed >> 20) % 4];
        }
        a[la] = b[lb] = '\0';
        size_t full = fg_edit_distance(a, b);
        for (size_t max = 0; max <= 21; max++)
            assert_int_equal(fg_edit_distance_within(a, la, b, lb, max), full <= max ? full : max + 1);
    }
    assert_int_equal(fg_edit_distance_within("nmae", 4, "name", 4, 1), 1);
    assert_int_equal(fg_edit_distance_within("kitten", 6, "sitting", 7, 2), 3);
    assert_int_equal(fg_edit_distance_within("", 0, "", 0, 0), 0);
}

/* A candidate too long for the phrase is not even compared; nor is one
 * too far from the word by its length alone. */
static void suggestions_of_long_words(void **state)
{
    (void)state;
    char word[200], near[200];
    memset(word, 'a', 150);
    word[150] = '\0';
    memcpy(near, word, 151);
    near[3] = 'b';
    fg_suggest s;
    fg_suggest_init(&s, word);
    fg_suggest_consider(&s, near);
    assert_null(fg_suggest_result(&s)); /* one edit, but not showable */
    word[FG_SUGGEST_MAX] = near[FG_SUGGEST_MAX] = '\0';
    fg_suggest_init(&s, word);
    fg_suggest_consider(&s, near);
    assert_string_equal(fg_suggest_result(&s), near);
    assert_string_equal(fg_suggest_phrase(&s) + strlen(" (did you mean '") + FG_SUGGEST_MAX, "'?)");
    fg_suggest_init(&s, "abcdefghijklmnopqrstuvwxyz");
    fg_suggest_consider(&s, "abc");
    assert_null(fg_suggest_result(&s));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(suggestions),
        cmocka_unit_test(banded_distance_agrees),
        cmocka_unit_test(suggestions_of_long_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
