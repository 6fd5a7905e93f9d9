/* Unit tests of label wrapping (label_wrap.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "label_wrap.h"

static void check(const char *text, size_t width, const char *want)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_label_wrap_put(&sb, text, width);
    assert_string_equal(fg_strbuf_cstr(&sb), want);
    fg_strbuf_release(&sb);
}

static void words(void **state)
{
    (void)state;
    check("planned to attend", 18, "planned to attend");
    check("welcomed participation in", 18, "welcomed\\nparticipation in");
    check("says China advocates", 18, "says China\\nadvocates");
    check("a  b", 18, "a b");
    /* As few lines as at 18 columns, made even. */
    check("on the sidelines of", 18, "on the\\nsidelines of");
    check("JD Vance meets the Indian prime minister", 26, "JD Vance meets the\\nIndian prime minister");
    check(" lead and trail ", 18, "lead and trail");
    check("", 18, "");
}

static void long_words_and_escapes(void **state)
{
    (void)state;
    check("internationalisation x", 8, "internationalisation\\nx");
    check("a\\nb c", 4, "a\\\\nb\\nc");
}

static void cjk(void **state)
{
    (void)state;
    /* Four ideographs a line at 8 columns; a comma stays with its character. */
    check("中欧人工智能存在", 8, "中欧人工\\n智能存在");
    check("中欧人，工智能", 8, "中欧人，\\n工智能");
    check("中欧人，工智能", 6, "中欧\\n人，工\\n智能");
    check("AI治理 framework", 5, "AI治\\n理\\nframework");
}

static void marks_and_joiners(void **state)
{
    (void)state;
    /* か with the voicing mark U+3099: the mark takes no column and stays on. */
    check("\u304B\u3099\u304B\u3099", 2, "\u304B\u3099\\n\u304B\u3099");
    check("\u304B\u3099\u304B\u3099", 4, "\u304B\u3099\u304B\u3099");
    check("中\u0301国", 2, "中\u0301\\n国");
    /* A variation selector stays with its character. */
    check("中\uFE0F国", 2, "中\uFE0F\\n国");
    /* A family emoji (man, woman, girl joined by U+200D) is not split. */
    const char *family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    check(family, 2, family);
    check("\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F468\u200D\U0001F469\u200D\U0001F467", 6,
          "\U0001F468\u200D\U0001F469\u200D\U0001F467\\n\U0001F468\u200D\U0001F469\u200D\U0001F467");
}

static void opening_brackets(void **state)
{
    (void)state;
    check("中（国", 4, "中\\n（国");
    check("中「国", 4, "中\\n「国");
    check("说“好", 3, "说\\n“好");
    check("中(国", 3, "中\\n(国");
}

static void invalid_bytes(void **state)
{
    (void)state;
    /* One column each, like any character that is not wide. */
    check("\xff\xfe a", 2, "\xff\xfe\\na");
    check("\xff\xfe a", 4, "\xff\xfe a");
    check("中\xe3\x81", 2, "中\\n\xe3\x81");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words),
        cmocka_unit_test(long_words_and_escapes),
        cmocka_unit_test(cjk),
        cmocka_unit_test(marks_and_joiners),
        cmocka_unit_test(opening_brackets),
        cmocka_unit_test(invalid_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
