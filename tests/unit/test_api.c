/* The public API (include/factgraph.h) as an embedder uses it: projects in
 * memory, diagnostics as data, the preconditions of render, export and
 * build, and what a view selects. Only the public header is included.
 * The fixtures are the golden tests' base project (FG_GOLDEN, set by CMake). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph.h"
#include "golden_file.h"

/* The golden base (schema, facts, seed) plus extra files. */
typedef struct fixture {
    fg_memfile files[16];
    char *owned[4];
    size_t n;
} fixture;

static void fixture_init(fixture *fx)
{
    static const char *const base[][2] = {
        {"facts/schema.yaml", "base/facts/schema.yaml"},
        {"facts/base.yaml", "base/facts/base.yaml"},
        {"seeds/doc.txt", "base/seeds/doc.txt"},
        {"facts/more.yaml", "ok/filters/facts/more.yaml"},
    };
    memset(fx, 0, sizeof *fx);
    for (size_t i = 0; i < 4; i++) {
        size_t len;
        fx->owned[i] = read_golden(base[i][1], &len);
        fx->files[fx->n++] = (fg_memfile){base[i][0], fx->owned[i], len};
    }
}

static void fixture_add(fixture *fx, const char *path, const char *text)
{
    assert_true(fx->n < 16);
    fx->files[fx->n++] = (fg_memfile){path, text, strlen(text)};
}

static fg_project *fixture_open(fixture *fx)
{
    fg_project *p = fg_project_open_memory(fx->files, fx->n, 1);
    for (size_t i = 0; i < 4; i++)
        free(fx->owned[i]); /* the project keeps copies */
    return p;
}

/* The only error of p, which must have exactly one (warnings, such as an
 * entity nothing uses, may stand beside it). */
static fg_diagnostic only_error(const fg_project *p)
{
    assert_int_equal(fg_project_error_count(p), 1);
    fg_diagnostic d;
    size_t n = fg_project_diagnostic_count(p);
    assert_false(fg_project_diagnostic(p, n, &d));
    for (size_t i = 0; i < n; i++) {
        assert_true(fg_project_diagnostic(p, i, &d));
        if (d.severity == FG_SEV_ERROR)
            return d;
    }
    fail_msg("no error among %zu diagnostics", n);
    return d;
}

static void clean_project_in_memory(void **state)
{
    (void)state;
    fixture fx;
    fixture_init(&fx);
    fg_project *p = fixture_open(&fx);
    assert_true(fg_project_valid(p));
    assert_false(fg_project_io_failed(p));
    assert_int_equal(fg_project_diagnostic_count(p), 0);
    fg_counts c;
    fg_project_counts(p, &c);
    assert_int_equal(c.files, 3); /* schema and two fact files */
    assert_int_equal(c.sources, 1);
    assert_int_equal(c.entities, 6);
    assert_int_equal(c.events, 2);
    assert_int_equal(c.relations, 6);
    assert_int_equal(c.views, 0);
    /* The bytes were copied: the project stands alone. */
    fg_project_free(p);
    fg_project_free(NULL);
}

/* record.c through the loader: an unknown field (with did-you-mean), a
 * missing one and one of the wrong kind, each as data with its place. */
static void record_fields_as_diagnostics(void **state)
{
    (void)state;
    static const struct {
        const char *facts, *rule, *message;
        unsigned line, column;
    } cases[] = {
        {"entities:\n  - {id: peru, type: country, name: Peru, nmae: P}\n", "unknown-field",
         "unknown field 'nmae' in entity (did you mean 'name'?)", 2, 43},
        {"entities:\n  - {id: peru, type: country}\n", "missing-field", "entity is missing required field 'name'", 2,
         5},
        {"entities:\n  - {id: peru, type: country, name: [Peru]}\n", "wrong-kind",
         "'name' must be a string, not a list", 2, 37},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture fx;
        fixture_init(&fx);
        fixture_add(&fx, "facts/x.yaml", cases[i].facts);
        fg_project *p = fixture_open(&fx);
        fg_diagnostic d = only_error(p);
        assert_int_equal(d.severity, FG_SEV_ERROR);
        assert_string_equal(d.rule, cases[i].rule);
        assert_string_equal(d.message, cases[i].message);
        assert_string_equal(d.file, "facts/x.yaml");
        assert_int_equal(d.line, cases[i].line);
        assert_int_equal(d.column, cases[i].column);
        assert_false(fg_project_valid(p));
        fg_project_free(p);
    }
}

/* Entry points that need a validated model refuse an invalid one, and
 * build refuses a project in memory (it has no graphs/ to write to). */
static void preconditions(void **state)
{
    (void)state;
    fixture fx;
    fixture_init(&fx);
    fixture_add(&fx, "facts/x.yaml", "relations:\n  - {subject: frnace, predicate: hosted, object: paris-summit, "
                                     "source: doc, quote: which France hosted}\n");
    fixture_add(&fx, "graphs/all.yaml", "title: All\n");
    fg_project *p = fixture_open(&fx);
    fg_diagnostic d = only_error(p);
    assert_string_equal(d.rule, "unknown-ref");
    assert_string_equal(d.message, "unknown entity or event 'frnace' in subject (did you mean 'france'?)");
    char *out = (char *)"not touched";
    size_t len = 1;
    assert_int_equal(fg_project_render(p, 0, FG_RENDER_DOT, 0, &out, &len), FG_INVALID);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_int_equal(fg_project_export(p, &fg_export_json, NULL, stdout), FG_INVALID);
    fg_build_options bo = {0};
    fg_build_stats st;
    assert_int_equal(fg_project_build(p, &bo, &st), FG_INVALID);
    assert_int_equal(st.written, 0);
    fg_project_free(p);

    fixture_init(&fx);
    fixture_add(&fx, "graphs/all.yaml", "title: All\n");
    p = fixture_open(&fx);
    assert_true(fg_project_valid(p));
    assert_int_equal(fg_project_build(p, &bo, &st), FG_INVALID);
    assert_int_equal(fg_project_report(p, &bo, &st), FG_INVALID);
    assert_int_equal(fg_project_render(p, 1, FG_RENDER_DOT, 0, &out, &len), FG_INVALID); /* no view 1 */
    fg_project_free(p);
}

/* Whether the DOT declares node id: a line of a tab and the id, quoted
 * when it holds a hyphen. */
static bool has_node(const char *dot, const char *id)
{
    char needle[128];
    snprintf(needle, sizeof needle, strchr(id, '-') ? "\n\t\"%s\"\t" : "\n\t%s\t", id);
    return strstr(dot, needle) != NULL;
}

static char *render_dot(fg_project *p, const char *view)
{
    long i = fg_project_find_view(p, view);
    assert_true(i >= 0);
    char *dot;
    size_t len;
    assert_int_equal(fg_project_render(p, (size_t)i, FG_RENDER_DOT, 0, &dot, &len), FG_OK);
    assert_int_equal(strlen(dot), len);
    return dot;
}

/* view_select.c through rendering: focus and depth, types and exclude, and
 * a date window each select what they say, and nothing else. */
static void view_selection(void **state)
{
    (void)state;
    fixture fx;
    fixture_init(&fx);
    fixture_add(&fx, "graphs/focus0.yaml", "title: The focus alone\nfocus: [germany]\ndepth: 0\n");
    fixture_add(&fx, "graphs/focus1.yaml", "title: One hop\nfocus: [germany]\ndepth: 1\n");
    fixture_add(&fx, "graphs/types.yaml", "title: T\ntypes: [country, document]\nexclude: [united-states]\n");
    fixture_add(&fx, "graphs/window.yaml", "title: W\nfrom: 2025-01\nuntil: 2025-12\n");
    fg_project *p = fixture_open(&fx);
    assert_true(fg_project_valid(p));
    assert_int_equal(fg_project_view_count(p), 4);
    assert_string_equal(fg_project_view_name(p, 0), "focus0");
    assert_int_equal(fg_project_find_view(p, "nope"), -1);
    char *hint = fg_project_view_hint(p, "focsu0");
    assert_string_equal(hint, " (did you mean 'focus0'?)");
    free(hint);

    char *dot = render_dot(p, "focus0");
    assert_true(has_node(dot, "germany"));
    assert_false(has_node(dot, "seoul-summit"));
    assert_null(strstr(dot, "->"));
    free(dot);

    dot = render_dot(p, "focus1");
    assert_true(has_node(dot, "germany"));
    assert_true(has_node(dot, "seoul-summit"));
    assert_false(has_node(dot, "france"));
    assert_non_null(strstr(dot, "germany -> \"seoul-summit\""));
    free(dot);

    dot = render_dot(p, "types");
    assert_true(has_node(dot, "france"));
    assert_true(has_node(dot, "india"));
    assert_false(has_node(dot, "united-states"));
    assert_false(has_node(dot, "paris-summit"));
    free(dot);

    /* The window keeps the 2025 relations and drops Seoul in 2024. */
    dot = render_dot(p, "window");
    assert_false(has_node(dot, "seoul-summit"));
    assert_true(has_node(dot, "india"));
    free(dot);
    fg_project_free(p);
}

/* check FILE...: the diagnostics of the named fact files only, counted
 * again; references into the other files still resolve. */
static void diagnostics_of_named_files(void **state)
{
    (void)state;
    fixture fx;
    fixture_init(&fx);
    fixture_add(&fx, "facts/a.yaml", "relations:\n  - {subject: frnace, predicate: hosted, object: paris-summit, "
                                     "source: doc, quote: which France hosted}\n");
    fixture_add(&fx, "facts/b.yaml", "relations:\n  - {subject: france, predicate: hostd, object: paris-summit, "
                                     "source: doc, quote: which France hosted}\n");
    fg_project *p = fixture_open(&fx);
    assert_int_equal(fg_project_error_count(p), 2);
    assert_true(fg_project_has_fact_file(p, "facts/a.yaml"));
    assert_true(fg_project_has_fact_file(p, "facts/schema.yaml"));
    assert_false(fg_project_has_fact_file(p, "facts/c.yaml"));
    assert_false(fg_project_has_fact_file(p, "seeds/doc.txt"));
    assert_false(fg_project_has_fact_file(p, "a.yaml"));
    const char *const named[] = {"facts/b.yaml"};
    fg_project_keep_diagnostics_of(p, named, 1);
    fg_diagnostic d = only_error(p);
    assert_string_equal(d.file, "facts/b.yaml");
    assert_string_equal(d.rule, "unknown-predicate");
    assert_int_equal(fg_project_diagnostic_count(p), 1);
    const char *const clean[] = {"facts/base.yaml"};
    fg_project_keep_diagnostics_of(p, clean, 1);
    assert_int_equal(fg_project_error_count(p), 0);
    assert_int_equal(fg_project_diagnostic_count(p), 0);
    fg_project_free(p);
}

static void version(void **state)
{
    (void)state;
    assert_non_null(strchr(fg_version(), '.'));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_project_in_memory),
        cmocka_unit_test(record_fields_as_diagnostics),
        cmocka_unit_test(preconditions),
        cmocka_unit_test(view_selection),
        cmocka_unit_test(diagnostics_of_named_files),
        cmocka_unit_test(version),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
