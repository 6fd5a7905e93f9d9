#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

typedef struct fixture {
    fg_files files;
    fg_diags diags;
} fixture;

static void setup_files(fixture *f)
{
    memset(f, 0, sizeof *f);
    const char *a = "entities:\n  - {id: x, type: contry}\n";
    const char *b = "relations: []\n";
    fg_files_add(&f->files, "facts/a.yaml", fg_xstrdup(a), strlen(a));
    fg_files_add(&f->files, "facts/b.yaml", fg_xstrdup(b), strlen(b));
}

static char *print(fixture *f, fg_format fmt)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    fg_diag_print(&f->diags, &f->files, fmt, true, out);
    fclose(out);
    return buf;
}

static void release(fixture *f)
{
    fg_diags_release(&f->diags);
    fg_files_release(&f->files);
}

static void sorted_by_file_line_column_then_order(void **state)
{
    (void)state;
    fixture f;
    setup_files(&f);
    fg_diag_error(&f.diags, (fg_pos){1, 1, 1}, "r1", "b");
    fg_diag_warning(&f.diags, (fg_pos){0, 2, 9}, "r2", "a2");
    fg_diag_error(&f.diags, (fg_pos){0, 2, 3}, "r3", "a1");
    fg_diag_error(&f.diags, (fg_pos){FG_NOFILE, 0, 0}, "io", "no file");
    fg_diag_error(&f.diags, (fg_pos){0, 2, 3}, "r4", "a1 again");
    fg_diag_sort(&f.diags);
    const char *want[] = {"io", "r3", "r4", "r2", "r1"};
    for (size_t i = 0; i < 5; i++)
        assert_string_equal(f.diags.items[i].rule, want[i]);
    assert_int_equal(f.diags.nerrors, 4);
    assert_int_equal(f.diags.nwarnings, 1);
    release(&f);
}

static void human_format_has_excerpt_caret_and_note(void **state)
{
    (void)state;
    fixture f;
    setup_files(&f);
    fg_diag_error(&f.diags, (fg_pos){0, 2, 19}, "unknown-type", "unknown entity type '%s'", "contry");
    fg_diag_note(&f.diags, (fg_pos){1, 1, 1}, "see here");
    char *out = print(&f, FG_FORMAT_HUMAN);
    assert_string_equal(out, "facts/a.yaml:2:19: error: unknown entity type 'contry' [unknown-type]\n"
                             "    2 |   - {id: x, type: contry}\n"
                             "      |                   ^\n"
                             "facts/b.yaml:1:1: note: see here\n");
    free(out);
    release(&f);
}

static void json_format_escapes(void **state)
{
    (void)state;
    fixture f;
    setup_files(&f);
    fg_diag_error(&f.diags, (fg_pos){0, 1, 1}, "r", "say \"hi\"\\\n");
    char *out = print(&f, FG_FORMAT_JSON);
    assert_string_equal(out, "{\"file\":\"facts/a.yaml\",\"line\":1,\"column\":1,\"severity\":\"error\",\"rule\":\"r\","
                             "\"message\":\"say \\\"hi\\\"\\\\\\n\"}\n");
    free(out);
    release(&f);
}

static void github_format_escapes(void **state)
{
    (void)state;
    fixture f;
    setup_files(&f);
    fg_diag_warning(&f.diags, (fg_pos){0, 2, 3}, "unused-entity", "100%% unused\nreally");
    char *out = print(&f, FG_FORMAT_GITHUB);
    assert_string_equal(out, "::warning file=facts/a.yaml,line=2,col=3,title=unused-entity::100%25 unused%0Areally\n");
    free(out);
    release(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sorted_by_file_line_column_then_order),
        cmocka_unit_test(human_format_has_excerpt_caret_and_note),
        cmocka_unit_test(json_format_escapes),
        cmocka_unit_test(github_format_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
