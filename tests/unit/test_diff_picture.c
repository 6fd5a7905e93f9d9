/* fg_diff_picture through the public header, on two projects in memory
 * made from the golden base: the marks in the DOT, the same bytes twice,
 * the SVG's title and legend, and what it refuses (an unknown view, a
 * side with errors). */
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

/* The base with facts as given and one view of everything. */
static fg_project *open_with(const char *facts)
{
    char *schema = read_golden("base/facts/schema.yaml", NULL), *seed = read_golden("base/seeds/doc.txt", NULL);
    static const char view[] = "title: Everything\n";
    fg_memfile files[] = {
        {"facts/schema.yaml", schema, strlen(schema)},
        {"facts/base.yaml", facts, strlen(facts)},
        {"seeds/doc.txt", seed, strlen(seed)},
        {"graphs/all.yaml", view, sizeof view - 1},
    };
    fg_project *p = fg_project_open_memory(files, 4, 1);
    free(schema);
    free(seed);
    return p;
}

/* The base's facts with a quote changed and the last relation (france
 * cooperated-with india) replaced by india attended paris-summit. */
static char *changed_facts(void)
{
    char *s = read_golden("base/facts/base.yaml", NULL);
    char *cut = strstr(s, "  - subject: france\n    predicate: cooperated-with");
    assert_non_null(cut);
    *cut = '\0';
    const char *quote = strstr(s, "quote: which France hosted");
    assert_non_null(quote);
    static const char added[] = "  - subject: india\n    predicate: attended\n    object: paris-summit\n"
                                "    source: doc\n    quote: Leaders gathered in Paris\n";
    size_t len = strlen(s) + sizeof added;
    char *out = calloc(len, 1);
    assert_non_null(out);
    size_t head = (size_t)(quote - s) + strlen("quote: ");
    memcpy(out, s, head);
    strcat(out, quote + strlen("quote: which "));
    strcat(out, added);
    free(s);
    return out;
}

typedef struct sides {
    fg_project *before, *after;
} sides;

static int sides_setup(void **state)
{
    sides *s = calloc(1, sizeof *s);
    char *base = read_golden("base/facts/base.yaml", NULL), *changed = changed_facts();
    s->before = open_with(base);
    s->after = open_with(changed);
    free(base);
    free(changed);
    assert_true(fg_project_valid(s->before));
    assert_true(fg_project_valid(s->after));
    *state = s;
    return 0;
}

static int sides_teardown(void **state)
{
    sides *s = *state;
    fg_project_free(s->before);
    fg_project_free(s->after);
    free(s);
    return 0;
}

static char *draw(fg_project *a, fg_project *b, const char *view, fg_render_format fmt, fg_result want, size_t *len)
{
    fg_diff_picture_options o = {view, "before", "after", fmt, 60, NULL};
    static char sentinel; /* *out must be set to NULL on failure */
    char *out = &sentinel;
    assert_int_equal(fg_diff_picture(a, b, &o, &out, len), want);
    if (want != FG_OK)
        assert_null(out);
    return out;
}

static void dot_has_the_marks(void **state)
{
    sides *s = *state;
    size_t len, len2;
    char *dot = draw(s->before, s->after, "all", FG_RENDER_DOT, FG_OK, &len);
    assert_non_null(strstr(dot, "class=\"fg-relation pred-attended fg-added\""));
    assert_non_null(strstr(dot, "class=\"fg-relation pred-cooperated-with fg-removed\""));
    assert_non_null(strstr(dot, "class=\"fg-relation pred-hosted fg-changed\""));
    assert_non_null(strstr(dot, "class=\"fg-relation pred-invested fg-same\""));
    assert_non_null(strstr(dot, "\\n(changed: quote)"));
    assert_non_null(strstr(dot, "label=\"Everything: before → after\""));
    char *again = draw(s->before, s->after, "all", FG_RENDER_DOT, FG_OK, &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(dot, again, len);
    free(dot);
    free(again);
}

static void nothing_marked_without_changes(void **state)
{
    sides *s = *state;
    size_t len;
    char *dot = draw(s->after, s->after, "all", FG_RENDER_DOT, FG_OK, &len);
    assert_null(strstr(dot, "fg-added"));
    assert_null(strstr(dot, "fg-removed"));
    assert_null(strstr(dot, "fg-changed"));
    assert_non_null(strstr(dot, "fg-same"));
    free(dot);
}

static void svg_has_title_and_legend(void **state)
{
    sides *s = *state;
    size_t len, len2;
    char *svg = draw(s->before, s->after, "all", FG_RENDER_SVG, FG_OK, &len);
    assert_non_null(strstr(svg, "<title id=\"all---title\">Everything: before → after</title>"));
    for (const char *const *m = (const char *const[]){"added", "removed", "changed", NULL}; *m; m++) {
        char want[64];
        snprintf(want, sizeof want, "<g id=\"all--legend--%s\" class=\"fg-legend-entry fg-%s\">", *m, *m);
        assert_non_null(strstr(svg, want));
    }
    char *again = draw(s->before, s->after, "all", FG_RENDER_SVG, FG_OK, &len2);
    assert_int_equal(len, len2);
    assert_memory_equal(svg, again, len);
    free(svg);
    free(again);
}

static void refuses_unknown_views_and_errors(void **state)
{
    sides *s = *state;
    size_t len = 7;
    draw(s->before, s->after, "nothing-of-that-name", FG_RENDER_DOT, FG_INVALID, &len);
    assert_int_equal(len, 0);
    fg_project *broken = open_with("entities:\n  - {id: x, type: no-such-type, name: X}\n");
    assert_false(fg_project_valid(broken));
    draw(s->before, broken, "all", FG_RENDER_DOT, FG_INVALID, &len);
    draw(broken, s->after, "all", FG_RENDER_SVG, FG_INVALID, &len);
    fg_project_free(broken);
}

/* The base with one more fact file and a view of who said what. */
static fg_project *open_spoken(const char *spoken)
{
    char *schema = read_golden("base/facts/schema.yaml", NULL), *base = read_golden("base/facts/base.yaml", NULL);
    char *seed = read_golden("base/seeds/doc.txt", NULL);
    static const char view[] = "title: Who said what\nspeakers: \"true\"\n";
    fg_memfile files[] = {
        {"facts/schema.yaml", schema, strlen(schema)}, {"facts/base.yaml", base, strlen(base)},
        {"facts/spoken.yaml", spoken, strlen(spoken)}, {"seeds/doc.txt", seed, strlen(seed)},
        {"graphs/who-said.yaml", view, sizeof view - 1},
    };
    fg_project *p = fg_project_open_memory(files, 5, 1);
    free(schema);
    free(base);
    free(seed);
    assert_true(fg_project_valid(p));
    return p;
}

/* Whether the attributes of the edge (as "TAIL -> HEAD" in dot) hold text. */
static bool edge_has(const char *dot, const char *edge, const char *text)
{
    const char *at = strstr(dot, edge);
    assert_non_null(at);
    size_t n = strcspn(at, ";");
    char *attrs = calloc(n + 1, 1);
    assert_non_null(attrs);
    memcpy(attrs, at, n);
    bool found = strstr(attrs, text) != NULL;
    free(attrs);
    return found;
}

/* A relation quoted from two speakers is drawn from each; when its quote
 * changes, both edges are marked, the second (whose id ends in the
 * speaker's, dashes and all) too. */
static void every_speakers_edge_marked(void **state)
{
    (void)state;
    static const char spoken[] = "entities:\n  - {id: guo-jiakun, type: person, name: Guo Jiakun}\n"
                                 "  - {id: lin, type: person, name: Lin}\n"
                                 "relations:\n  - subject: india\n    predicate: attended\n    object: paris-summit\n"
                                 "    evidence:\n      - {source: doc, quote: Leaders gathered in Paris, speaker: lin}\n"
                                 "      - {source: doc, quote: %s, speaker: guo-jiakun}\n";
    char before_text[1024], after_text[1024];
    snprintf(before_text, sizeof before_text, spoken, "for the AI Action Summit");
    snprintf(after_text, sizeof after_text, spoken, "the AI Action Summit");
    fg_project *a = open_spoken(before_text), *b = open_spoken(after_text);
    size_t len;
    char *dot = draw(a, b, "who-said", FG_RENDER_DOT, FG_OK, &len);
    assert_true(edge_has(dot, "lin -> \"paris-summit\"", "fg-changed"));
    assert_true(edge_has(dot, "\"guo-jiakun\" -> \"paris-summit\"", "fg-changed"));
    assert_null(strstr(dot, "fg-added"));
    assert_null(strstr(dot, "fg-removed"));
    free(dot);
    fg_project_free(a);
    fg_project_free(b);
}

/* How many times needle occurs in text (counted by offsets). */
static size_t occurrences(const char *text, const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (size_t i = 0; text[i]; i++)
        n += strncmp(text + i, needle, len) == 0;
    return n;
}

/* A relation known by its date too: france cooperated-with india undated
 * and on 2025-02-11 are two relations, and two edges whose ids differ by
 * "--2025-02-11". Changing the undated one's quote marks its edge only
 * (the dated edge's id, cut at its last "--", is the undated one's: only a
 * speaker is cut away). */
static void dated_twin_not_marked(void **state)
{
    (void)state;
    static const char dated[] = "  - subject: france\n    predicate: cooperated-with\n    object: india\n"
                                "    date: 2025-02-11\n    source: doc\n    quote: Leaders gathered in Paris\n";
    char *base = read_golden("base/facts/base.yaml", NULL);
    size_t n = strlen(base) + sizeof dated;
    char *before_text = calloc(n, 1), *after_text = calloc(n, 1);
    assert_non_null(before_text);
    assert_non_null(after_text);
    strcat(strcpy(before_text, base), dated);
    /* The undated one's quote shortened to "they would 'cooperate closely' on AI." */
    const char *q = strstr(before_text, "France and India said they would");
    assert_non_null(q);
    memcpy(after_text, before_text, (size_t)(q - before_text));
    strcat(after_text, q + strlen("France and India said "));
    fg_project *a = open_with(before_text), *b = open_with(after_text);
    assert_true(fg_project_valid(a));
    assert_true(fg_project_valid(b));
    size_t len;
    char *dot = draw(a, b, "all", FG_RENDER_DOT, FG_OK, &len);
    assert_non_null(strstr(dot, "id=\"all--france--cooperated-with--india\""));
    assert_non_null(strstr(dot, "id=\"all--france--cooperated-with--india--2025-02-11\""));
    /* One edge changed, the other the same. */
    assert_int_equal(occurrences(dot, "pred-cooperated-with fg-changed"), 1);
    assert_int_equal(occurrences(dot, "pred-cooperated-with fg-same"), 1);
    free(dot);
    fg_project_free(a);
    fg_project_free(b);
    free(before_text);
    free(after_text);
    free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dot_has_the_marks),
        cmocka_unit_test(nothing_marked_without_changes),
        cmocka_unit_test(svg_has_title_and_legend),
        cmocka_unit_test(refuses_unknown_views_and_errors),
        cmocka_unit_test(every_speakers_edge_marked),
        cmocka_unit_test(dated_twin_not_marked),
    };
    return cmocka_run_group_tests(tests, sides_setup, sides_teardown);
}
