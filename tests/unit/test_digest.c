/* Unit tests of the SVG stamp (digest.c): view options enter the DOT's
 * digest only when there are some, so that views without them keep the
 * digests (and the committed SVGs) they had. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "digest.h"

static void options_in_digest(void **state)
{
    (void)state;
    const char dot[] = "digraph g { a -> b }\n";
    char none[17], empty[17], responsive[17];
    fg_digest_dot(dot, strlen(dot), NULL, none);
    fg_digest_dot(dot, strlen(dot), "", empty);
    fg_digest_dot(dot, strlen(dot), "responsive", responsive);
    assert_string_equal(none, empty);
    assert_int_equal(strlen(responsive), 16);
    assert_string_not_equal(none, responsive);
}

/* An SVG stamped for one set of options is stale for the other. */
static void stamp_follows_options(void **state)
{
    (void)state;
    const char dot[] = "digraph g { a -> b }\n";
    const char svg[] = "<?xml version=\"1.0\"?>\n<svg width=\"10pt\" height=\"10pt\"></svg>\n";
    char fixed[17], responsive[17];
    fg_digest_dot(dot, strlen(dot), "", fixed);
    fg_digest_dot(dot, strlen(dot), "responsive", responsive);
    fg_strbuf out = FG_STRBUF_INIT;
    fg_stamp_svg(svg, strlen(svg), fixed, &out);
    assert_int_equal(fg_stamp_check(out.data, out.len, fixed), FG_STAMP_OK);
    assert_int_equal(fg_stamp_check(out.data, out.len, responsive), FG_STAMP_OTHER_DOT);
    fg_strbuf_release(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(options_in_digest),
        cmocka_unit_test(stamp_follows_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
