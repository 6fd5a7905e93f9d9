/* Views: reading graphs/NAME.yaml and checking it against the model. The
 * selection of a view's subgraph is in view_select.c. */
#include "view.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "strbuf.h"
#include "suggest.h"
#include "ids.h"
#include "xalloc.h"
#include "yaml_load.h"

const char *const fg_layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi", "timeline", NULL};

const char *fg_view_engine(const fg_view *v)
{
    return !v->layout ? "dot" : fg_view_is_timeline(v) ? "neato" : v->layout->str;
}

bool fg_view_is_timeline(const fg_view *v)
{
    return v->layout && strcmp(v->layout->str, "timeline") == 0;
}
static const char *const rankdirs[] = {"TB", "LR", "BT", "RL", NULL};
static const char *const booleans[] = {"true", "false", NULL};
static const char *const formats[] = {"svg", "png", "pdf", NULL};

enum { MAX_DEPTH = 10 };

static bool one_of(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (strcmp(*list, s) == 0)
            return true;
    return false;
}

#define VIEW(f) offsetof(fg_view, f)
static const fg_field view_fields[] = {
    {"title", FG_FIELD_STRING, true, VIEW(title), NULL, 0},
    {"description", FG_FIELD_STRING, false, VIEW(description), NULL, 0},
    {"focus", FG_FIELD_STRINGS, false, VIEW(focus), NULL, 0},
    {"depth", FG_FIELD_STRING, false, VIEW(depth), NULL, 0},
    {"types", FG_FIELD_STRINGS, false, VIEW(types), NULL, 0},
    {"predicates", FG_FIELD_STRINGS, false, VIEW(predicates), NULL, 0},
    {"exclude", FG_FIELD_STRINGS, false, VIEW(exclude), NULL, 0},
    {"from", FG_FIELD_STRING, false, VIEW(from), NULL, 0},
    {"until", FG_FIELD_STRING, false, VIEW(until), NULL, 0},
    {"layout", FG_FIELD_STRING, false, VIEW(layout), NULL, 0},
    {"rankdir", FG_FIELD_STRING, false, VIEW(rankdir), NULL, 0},
    {"as_of", FG_FIELD_STRING, false, VIEW(as_of), NULL, 0},
    {"group_by", FG_FIELD_STRING, false, VIEW(group_by), NULL, 0},
    {"speakers", FG_FIELD_STRING, false, VIEW(speakers), NULL, 0},
    {"formats", FG_FIELD_STRINGS, false, VIEW(formats), NULL, 0},
    {"index", FG_FIELD_STRING, false, VIEW(index), NULL, 0},
    {"responsive", FG_FIELD_STRING, false, VIEW(responsive), NULL, 0},
};
static const fg_record_kind view_record = FG_RECORD_KIND("view", fg_view, view_fields, FG_UNSTORED);

void fg_view_load(fg_view *v, const char *name, const fg_ynode *root, fg_pos file_pos, fg_arena *arena,
                  fg_diags *diags)
{
    const fg_ynode *f[FG_FIELDS_MAX];
    memset(v, 0, sizeof *v);
    v->name = fg_xstrdup(name);
    v->file = file_pos.file;
    v->depth_n = 1;
    if (!fg_id_is_valid(name))
        fg_diag_error(diags, file_pos, "bad-id", "view name '%s' (the file name) is not kebab-case", name);
    if (!root) {
        fg_diag_error(diags, file_pos, "missing-field", "view '%s' is empty: it needs at least a title", name);
        return;
    }
    if (!fg_record_load(root, &view_record, f, v, arena, diags))
        return;
    v->loaded = true;
    v->by_speaker = v->speakers && strcmp(v->speakers->str, "true") == 0;
    v->is_index = v->index && strcmp(v->index->str, "true") == 0;
    v->is_responsive = v->responsive && strcmp(v->responsive->str, "true") == 0;
    v->ok = v->title != NULL;
}

void fg_view_load_failed(fg_view *v, const char *name, fg_pos file_pos)
{
    memset(v, 0, sizeof *v);
    v->name = fg_xstrdup(name);
    v->file = file_pos.file;
    v->depth_n = 1;
}

static void check_depth(fg_view *v, fg_diags *diags)
{
    if (!v->depth)
        return;
    char *end;
    long d = strtol(v->depth->str, &end, 10);
    if (*end || end == v->depth->str || d < 0 || d > MAX_DEPTH) {
        fg_diag_error(diags, v->depth->pos, "wrong-kind", "depth '%s' must be a whole number from 0 to %d",
                      v->depth->str, MAX_DEPTH);
        v->ok = false;
        return;
    }
    if (!v->focus)
        fg_diag_warning(diags, v->depth->pos, "unused-field", "depth has no effect without focus");
    v->depth_n = (int)d;
}

static void check_choice(fg_view *v, const fg_text *n, const char *const *allowed, const char *what,
                         fg_diags *diags)
{
    if (!n || one_of(allowed, n->str))
        return;
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_suggest s;
    fg_suggest_init(&s, n->str);
    for (const char *const *a = allowed; *a; a++) {
        fg_strbuf_printf(&sb, "%s%s", a == allowed ? "" : ", ", *a);
        fg_suggest_consider(&s, *a);
    }
    fg_diag_error(diags, n->pos, "bad-value", "%s '%s' is not one of %s%s", what, n->str, sb.data,
                  fg_suggest_phrase(&s));
    fg_strbuf_release(&sb);
    v->ok = false;
}

static void check_ids(fg_view *v, fg_model *m, const fg_list *list, const char *field, fg_diags *diags)
{
    for (size_t i = 0; list && i < list->n; i++) {
        const fg_text *ref = &list->items[i];
        const fg_id_entry *e = fg_model_lookup(m, ref->str);
        if ((e && e->kind == FG_ID_ITEM) || (!e && m->incomplete))
            continue;
        fg_suggest sg;
        if (!fg_id_check_length(diags, ref->str, ref->len, ref->pos, field))
            fg_diag_error(diags, ref->pos, "unknown-ref", "unknown entity or event '%s' in %s%s", ref->str, field,
                          fg_model_suggest_item(m, ref->str, -1, &sg));
        v->ok = false;
    }
}

static void check_types(fg_view *v, fg_model *m, fg_diags *diags)
{
    for (size_t i = 0; v->types && i < v->types->n; i++) {
        const fg_text *t = &v->types->items[i];
        if (strcmp(t->str, "entity") == 0 || strcmp(t->str, "event") == 0 || fg_schema_type(&m->schema, t->str))
            continue;
        fg_suggest sg;
        fg_diag_error(diags, t->pos, "unknown-type", "unknown type '%s'%s", t->str,
                      fg_schema_suggest_type(&m->schema, t->str, -1, &sg));
        v->ok = false;
    }
    for (size_t i = 0; v->predicates && i < v->predicates->n; i++) {
        const fg_text *p = &v->predicates->items[i];
        if (fg_schema_predicate(&m->schema, p->str))
            continue;
        fg_suggest sg;
        fg_diag_error(diags, p->pos, "unknown-predicate", "unknown predicate '%s'%s", p->str,
                      fg_schema_suggest_predicate(&m->schema, p->str, &sg));
        v->ok = false;
    }
}

/* as_of draws the landscape as it stood on a date: the same window as
 * `until`, so the two cannot both be given. */
static void check_as_of(fg_view *v, fg_diags *diags)
{
    if (!v->as_of)
        return;
    if (v->until) {
        fg_diag_error(diags, v->as_of->pos, "bad-value", "give 'as_of' or 'until', not both");
        v->ok = false;
        return;
    }
    v->until = v->as_of;
}

/* Clusters group nodes of one type, or the subjects of a predicate around
 * its object (group_by: member-of draws a bloc and its members). Only dot
 * and fdp draw clusters. */
static void check_group_by(fg_view *v, fg_model *m, fg_diags *diags)
{
    if (!v->group_by)
        return;
    const char *g = v->group_by->str;
    if (strcmp(g, "type") != 0 && m->schema.loaded && !fg_schema_predicate(&m->schema, g)) {
        fg_suggest sg;
        fg_schema_suggest_predicate(&m->schema, g, &sg);
        fg_suggest_consider(&sg, "type");
        fg_diag_error(diags, v->group_by->pos, "bad-value", "group_by '%s' must be 'type' or a predicate%s", g,
                      fg_suggest_phrase(&sg));
        v->ok = false;
    }
    /* Graphviz 2.43 aborts when a node is both in a cluster and in a
     * rank=same subgraph, which is how a timeline aligns its events. */
    const char *engine = fg_view_engine(v);
    if (fg_view_is_timeline(v) || (strcmp(engine, "dot") != 0 && strcmp(engine, "fdp") != 0)) {
        fg_diag_error(diags, v->group_by->pos, "bad-value", "group_by needs layout dot or fdp, not '%s'",
                      v->layout ? v->layout->str : engine);
        v->ok = false;
    }
}

static void check_window(fg_view *v, fg_diags *diags)
{
    const fg_text *ends[2] = {v->from, v->until};
    fg_date *out[2] = {&v->from_d, &v->until_d};
    bool *has[2] = {&v->has_from, &v->has_until};
    for (int k = 0; k < 2; k++) {
        if (!ends[k])
            continue;
        *has[k] = fg_date_parse(ends[k]->str, out[k]);
        if (!*has[k]) {
            fg_diag_error(diags, ends[k]->pos, "invalid-date", "invalid date '%s': write an ISO 8601 date such "
                                                               "as 2025, 2025-02 or 2025-02-10", ends[k]->str);
            v->ok = false;
        }
    }
    if (v->from && v->until && v->has_from && v->has_until && v->until_d.last < v->from_d.first) {
        fg_diag_error(diags, v->until->pos, "date-order", "the view's window ends (%s) before it starts (%s)",
                      v->until->str, v->from->str);
        v->ok = false;
    }
}

void fg_view_validate(fg_view *v, fg_model *m, fg_diags *diags)
{
    if (!v->loaded)
        return;
    check_depth(v, diags);
    check_choice(v, v->layout, fg_layouts, "layout", diags);
    check_choice(v, v->rankdir, rankdirs, "rankdir", diags);
    check_choice(v, v->speakers, booleans, "speakers", diags);
    check_choice(v, v->index, booleans, "index", diags);
    check_choice(v, v->responsive, booleans, "responsive", diags);
    for (size_t i = 0; v->formats && i < v->formats->n; i++) {
        check_choice(v, &v->formats->items[i], formats, "format", diags);
        v->want_png |= strcmp(v->formats->items[i].str, "png") == 0;
        v->want_pdf |= strcmp(v->formats->items[i].str, "pdf") == 0;
    }
    check_ids(v, m, v->focus, "focus", diags);
    check_ids(v, m, v->exclude, "exclude", diags);
    if (m->schema.loaded)
        check_types(v, m, diags);
    check_as_of(v, diags);
    check_group_by(v, m, diags);
    check_window(v, diags);
}

void fg_view_release(fg_view *v)
{
    free(v->name);
    memset(v, 0, sizeof *v);
}
