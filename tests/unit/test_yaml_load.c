#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "xalloc.h"
#include "yaml_load.h"

typedef struct fixture {
    fg_files files;
    fg_arena arena;
    fg_diags diags;
    const fg_ynode *root;
} fixture;

static const fg_ynode *load(fixture *f, const char *text, size_t len)
{
    memset(f, 0, sizeof *f);
    uint32_t i = fg_files_add(&f->files, "t.yaml", fg_xstrndup(text, len), len);
    f->root = fg_yaml_load(f->files.items[i], i, &f->arena, &f->diags);
    return f->root;
}

static void release(fixture *f)
{
    fg_diags_release(&f->diags);
    fg_arena_release(&f->arena);
    fg_files_release(&f->files);
}

static void assert_diag(const fixture *f, size_t i, const char *rule, uint32_t line, uint32_t col)
{
    assert_true(i < f->diags.n);
    assert_string_equal(f->diags.items[i].rule, rule);
    assert_int_equal(f->diags.items[i].pos.line, line);
    assert_int_equal(f->diags.items[i].pos.col, col);
}

static void scalars_stay_strings_with_positions(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: 2025-02-10\nb: yes\nc: '012'\n";
    const fg_ynode *root = load(&f, text, strlen(text));
    assert_non_null(root);
    assert_int_equal(root->kind, FG_YAML_MAP);
    assert_int_equal(root->n, 6);
    const fg_ynode *b = fg_ynode_get(root, "b");
    assert_string_equal(b->str, "yes"); /* no YAML 1.1 booleans */
    assert_int_equal(b->pos.line, 2);
    assert_int_equal(b->pos.col, 4);
    assert_string_equal(fg_ynode_get(root, "a")->str, "2025-02-10");
    assert_false(fg_ynode_get(root, "c")->plain);
    assert_int_equal(f.diags.n, 0);
    release(&f);
}

static void duplicate_keys_point_at_both(void **state)
{
    (void)state;
    fixture f;
    const char *text = "id: a\nname: x\nid: b\n";
    load(&f, text, strlen(text));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "duplicate-key", 3, 1);
    assert_true(f.diags.items[0].has_note);
    assert_int_equal(f.diags.items[0].note_pos.line, 1);
    release(&f);
}

static void anchors_and_aliases_are_rejected(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: &x 1\nb: *x\n";
    load(&f, text, strlen(text));
    assert_int_equal(f.diags.n, 2);
    assert_diag(&f, 0, "yaml-alias", 1, 4);
    assert_diag(&f, 1, "yaml-alias", 2, 4);
    release(&f);
}

static void syntax_errors_have_one_based_positions(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: [1, 2\nb: c\n";
    assert_null(load(&f, text, strlen(text)));
    assert_true(f.diags.n >= 1);
    assert_string_equal(f.diags.items[0].rule, "yaml-syntax");
    assert_true(f.diags.items[0].pos.line >= 1);
    release(&f);
}

static void invalid_utf8_offset_becomes_line_and_column(void **state)
{
    (void)state;
    fixture f;
    const char text[] = "a: b\nc: d\xff\n";
    assert_null(load(&f, text, sizeof text - 1));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "invalid-utf8", 2, 5);
    release(&f);
}

static void nul_in_double_quoted_scalar_is_an_error(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: \"x\\0y\"\n";
    load(&f, text, strlen(text));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "control-character", 1, 4);
    release(&f);
}

static void deep_nesting_stops_at_the_limit(void **state)
{
    (void)state;
    fixture f;
    char text[40000];
    size_t n = 0;
    for (int i = 0; i < 10000; i++)
        text[n++] = '[';
    for (int i = 0; i < 10000; i++)
        text[n++] = ']';
    assert_null(load(&f, text, n));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "nesting-too-deep", 1, FG_YAML_MAX_DEPTH + 1);
    release(&f);
}

static void second_document_is_an_error(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: 1\n---\nb: 2\n";
    assert_null(load(&f, text, strlen(text)));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "multiple-documents", 2, 1);
    release(&f);
}

static void empty_file_has_no_root_and_no_error(void **state)
{
    (void)state;
    fixture f;
    assert_null(load(&f, "", 0));
    assert_int_equal(f.diags.n, 0);
    release(&f);
}

/* libyaml breaks lines at U+2028 too; editors do not, and neither do we. */
static void line_separator_does_not_break_lines(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a: \"x\xe2\x80\xa8y\"\nb: *z\n";
    load(&f, text, strlen(text));
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "yaml-alias", 2, 4);
    release(&f);
}

static void byte_order_mark_takes_no_column(void **state)
{
    (void)state;
    fixture f;
    const char text[] = "\xef\xbb\xbf" "a: \xff\n";
    load(&f, text, sizeof text - 1);
    assert_int_equal(f.diags.n, 1);
    assert_diag(&f, 0, "invalid-utf8", 1, 4);
    release(&f);
}

static void null_scalars(void **state)
{
    (void)state;
    fixture f;
    const char *text = "a:\nb: ~\nc: null\nd: 'null'\n";
    const fg_ynode *root = load(&f, text, strlen(text));
    assert_true(fg_ynode_is_null(fg_ynode_get(root, "a")));
    assert_true(fg_ynode_is_null(fg_ynode_get(root, "b")));
    assert_true(fg_ynode_is_null(fg_ynode_get(root, "c")));
    assert_false(fg_ynode_is_null(fg_ynode_get(root, "d")));
    release(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scalars_stay_strings_with_positions),
        cmocka_unit_test(duplicate_keys_point_at_both),
        cmocka_unit_test(anchors_and_aliases_are_rejected),
        cmocka_unit_test(syntax_errors_have_one_based_positions),
        cmocka_unit_test(invalid_utf8_offset_becomes_line_and_column),
        cmocka_unit_test(nul_in_double_quoted_scalar_is_an_error),
        cmocka_unit_test(deep_nesting_stops_at_the_limit),
        cmocka_unit_test(second_document_is_an_error),
        cmocka_unit_test(empty_file_has_no_root_and_no_error),
        cmocka_unit_test(line_separator_does_not_break_lines),
        cmocka_unit_test(byte_order_mark_takes_no_column),
        cmocka_unit_test(null_scalars),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
