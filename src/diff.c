/* The changes between two projects. Each kind of record is listed on both
 * sides by key, sorted (records of the same key in their order in the
 * files), and the two lists are merged: a key on one side only is added or
 * removed; on both, the records are compared field by field through the
 * tables of model_fields.c, so that a new field is compared and named
 * without a line here. Views are compared by the DOT they render. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "model.h"
#include "project.h"
#include "xalloc.h"

typedef struct keyed {
    char *key;
    const void *rec;
    size_t seq;
} keyed;

typedef struct keyed_list {
    keyed *items;
    size_t n, cap;
} keyed_list;

static const char *text_or_empty(const fg_text *t)
{
    return t ? t->str : "";
}

static void keyed_add(keyed_list *l, char *key, const void *rec)
{
    l->items = fg_xgrow(l->items, &l->cap, l->n + 1, sizeof *l->items);
    l->items[l->n] = (keyed){key, rec, l->n};
    l->n++;
}

static int cmp_keyed(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    int c = strcmp(a->key, b->key);
    return c ? c : a->seq < b->seq ? -1 : a->seq > b->seq;
}

static char *relation_key(const fg_relation *r)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&sb, "%s %s %s", text_or_empty(r->subject), text_or_empty(r->predicate),
                     text_or_empty(r->object));
    if (r->date)
        fg_strbuf_printf(&sb, " %s", r->date->str);
    return fg_strbuf_detach(&sb);
}

/* The records of kind k in m, sorted by key. */
static void list_records(const fg_model *m, fg_diff_kind k, keyed_list *out)
{
    memset(out, 0, sizeof *out);
    for (size_t i = 0; k == FG_DIFF_KIND_TYPE && i < m->schema.ntypes; i++)
        keyed_add(out, fg_xstrdup(text_or_empty(m->schema.types[i].name)), &m->schema.types[i]);
    for (size_t i = 0; k == FG_DIFF_KIND_PREDICATE && i < m->schema.npreds; i++)
        keyed_add(out, fg_xstrdup(text_or_empty(m->schema.preds[i].name)), &m->schema.preds[i]);
    if (k == FG_DIFF_KIND_SOURCE)
        for (size_t i = 0; i < m->nsources; i++)
            keyed_add(out, fg_xstrdup(text_or_empty(m->sources[i].id)), &m->sources[i]);
    for (size_t i = 0; (k == FG_DIFF_KIND_ENTITY || k == FG_DIFF_KIND_EVENT) && i < m->nitems; i++)
        if (m->items[i].is_event == (k == FG_DIFF_KIND_EVENT))
            keyed_add(out, fg_xstrdup(text_or_empty(m->items[i].id)), &m->items[i]);
    if (k == FG_DIFF_KIND_RELATION)
        for (size_t i = 0; i < m->nrels; i++)
            keyed_add(out, relation_key(&m->rels[i]), &m->rels[i]);
    if (out->n > 1)
        qsort(out->items, out->n, sizeof *out->items, cmp_keyed);
}

static void keyed_release(keyed_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].key);
    free(l->items);
}

const void *fg_diff_field_value(const fg_field *f, const void *rec)
{
    if (f->offset == FG_UNSTORED)
        return NULL;
    return *(const void *const *)((const char *)rec + f->offset);
}

static uint32_t field_count(const fg_field *f, const void *rec)
{
    return *(const uint32_t *)((const char *)rec + f->count);
}

static bool text_eq(const fg_text *a, const fg_text *b)
{
    if (!a || !b)
        return a == b;
    return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
}

static bool list_eq(const fg_list *a, const fg_list *b)
{
    if (!a || !b)
        return a == b;
    if (a->n != b->n)
        return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (!text_eq(&a->items[i], &b->items[i]))
            return false;
    return true;
}

static bool map_eq(const fg_map *a, const fg_map *b)
{
    if (!a || !b)
        return a == b;
    if (a->n != b->n)
        return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (!text_eq(&a->pairs[i].key, &b->pairs[i].key) || !text_eq(&a->pairs[i].value, &b->pairs[i].value))
            return false;
    return true;
}

static bool record_eq(const fg_record_kind *k, const void *a, const void *b);

static bool field_eq(const fg_field *f, const void *ra, const void *rb)
{
    const void *a = fg_diff_field_value(f, ra), *b = fg_diff_field_value(f, rb);
    switch (f->kind) {
    case FG_FIELD_STRING: return text_eq(a, b);
    case FG_FIELD_STRINGS: return list_eq(a, b);
    case FG_FIELD_STRMAP: return map_eq(a, b);
    case FG_FIELD_MAP:
        if (!a || !b || !f->of)
            return a == b;
        return record_eq(f->of, a, b);
    case FG_FIELD_LIST:
        if (!f->of)
            return true; /* no table says what it holds: nothing stored to compare */
        if (field_count(f, ra) != field_count(f, rb))
            return false;
        for (uint32_t i = 0; i < field_count(f, ra); i++)
            if (!record_eq(f->of, (const char *)a + i * f->of->size, (const char *)b + i * f->of->size))
                return false;
        return true;
    }
    return true;
}

static bool record_eq(const fg_record_kind *k, const void *a, const void *b)
{
    for (size_t i = 0; i < k->n; i++)
        if (k->fields[i].offset != FG_UNSTORED && !field_eq(&k->fields[i], a, b))
            return false;
    return true;
}

static void name_field(fg_change *c, const char *name)
{
    for (size_t i = 0; i < c->nfields; i++)
        if (strcmp(c->fields[i], name) == 0)
            return;
    if (c->nfields < FG_FIELDS_MAX)
        c->fields[c->nfields++] = name;
}

/* The fields of a and b that differ, into c. A list of records of the
 * same length (a relation's evidence) names the fields of its records
 * that differ, "quote" rather than "evidence". */
static void changed_fields(const fg_record_kind *k, const void *a, const void *b, fg_change *c)
{
    for (size_t i = 0; i < k->n; i++) {
        const fg_field *f = &k->fields[i];
        if (f->offset == FG_UNSTORED || field_eq(f, a, b))
            continue;
        if (f->kind != FG_FIELD_LIST || !f->of || field_count(f, a) != field_count(f, b)) {
            name_field(c, f->name);
            continue;
        }
        const char *ea = fg_diff_field_value(f, a), *eb = fg_diff_field_value(f, b);
        for (uint32_t j = 0; j < field_count(f, a); j++)
            for (size_t g = 0; g < f->of->n; g++)
                if (f->of->fields[g].offset != FG_UNSTORED &&
                    !field_eq(&f->of->fields[g], ea + j * f->of->size, eb + j * f->of->size))
                    name_field(c, f->of->fields[g].name);
    }
}

static fg_change *add_change(fg_changes *out, fg_change_kind what, fg_diff_kind kind, char *key,
                             const fg_record_kind *record, const void *before, const void *after)
{
    out->items = fg_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
    fg_change *c = &out->items[out->n++];
    memset(c, 0, sizeof *c);
    *c = (fg_change){.change = what, .kind = kind, .key = key, .record = record, .before = before, .after = after};
    return c;
}

static const fg_record_kind *record_of(fg_diff_kind k)
{
    switch (k) {
    case FG_DIFF_KIND_TYPE: return fg_schema_type_record();
    case FG_DIFF_KIND_PREDICATE: return fg_schema_predicate_record();
    case FG_DIFF_KIND_SOURCE: return &fg_source_record;
    case FG_DIFF_KIND_ENTITY: return &fg_entity_record;
    case FG_DIFF_KIND_EVENT: return &fg_event_record;
    default: return &fg_relation_record;
    }
}

/* What the schema's tables do not store, read into flags: the section a
 * type is in, whether a predicate is symmetric. Named as in the schema. */
static void changed_flags(fg_diff_kind k, const void *a, const void *b, fg_change *c)
{
    if (k == FG_DIFF_KIND_TYPE && ((const fg_type *)a)->is_event != ((const fg_type *)b)->is_event)
        name_field(c, ((const fg_type *)b)->is_event ? "event_types" : "entity_types");
    if (k == FG_DIFF_KIND_PREDICATE && ((const fg_predicate *)a)->symmetric != ((const fg_predicate *)b)->symmetric)
        name_field(c, "symmetric");
}

static bool flags_eq(fg_diff_kind k, const void *a, const void *b)
{
    fg_change c = {0};
    changed_flags(k, a, b, &c);
    return c.nfields == 0;
}

static void diff_records(const fg_model *ma, const fg_model *mb, fg_diff_kind k, fg_changes *out)
{
    keyed_list a, b;
    list_records(ma, k, &a);
    list_records(mb, k, &b);
    const fg_record_kind *rk = record_of(k);
    size_t i = 0, j = 0;
    while (i < a.n || j < b.n) {
        int c = i == a.n ? 1 : j == b.n ? -1 : strcmp(a.items[i].key, b.items[j].key);
        if (c < 0) {
            add_change(out, FG_CHANGE_REMOVED, k, fg_xstrdup(a.items[i].key), rk, a.items[i].rec, NULL);
            i++;
        } else if (c > 0) {
            add_change(out, FG_CHANGE_ADDED, k, fg_xstrdup(b.items[j].key), rk, NULL, b.items[j].rec);
            j++;
        } else {
            if (!record_eq(rk, a.items[i].rec, b.items[j].rec) || !flags_eq(k, a.items[i].rec, b.items[j].rec)) {
                fg_change *ch = add_change(out, FG_CHANGE_CHANGED, k, fg_xstrdup(a.items[i].key), rk,
                                           a.items[i].rec, b.items[j].rec);
                changed_fields(rk, a.items[i].rec, b.items[j].rec, ch);
                changed_flags(k, a.items[i].rec, b.items[j].rec, ch);
            }
            i++, j++;
        }
    }
    keyed_release(&a);
    keyed_release(&b);
}

/* Whether view ia of a and ib of b render different DOT: 1, 0, or -1 when
 * one could not be rendered. */
static int view_differs(fg_project *a, size_t ia, fg_project *b, size_t ib, unsigned timeout_s)
{
    char *da = NULL, *db = NULL;
    size_t la = 0, lb = 0;
    if (!a->views[ia].ok || !b->views[ib].ok)
        return a->views[ia].ok != b->views[ib].ok;
    int rc = -1;
    if (fg_project_render(a, ia, FG_RENDER_DOT, timeout_s, &da, &la) == FG_OK &&
        fg_project_render(b, ib, FG_RENDER_DOT, timeout_s, &db, &lb) == FG_OK)
        rc = la != lb || memcmp(da, db, la) != 0;
    free(da);
    free(db);
    return rc;
}

/* Views are in the order of their names on both sides: merged as records. */
static int diff_views(fg_project *a, fg_project *b, unsigned timeout_s, fg_changes *out)
{
    bool compare = fg_project_valid(a) && fg_project_valid(b);
    size_t i = 0, j = 0;
    while (i < a->nviews || j < b->nviews) {
        int c = i == a->nviews ? 1 : j == b->nviews ? -1 : strcmp(a->views[i].name, b->views[j].name);
        if (c < 0) {
            add_change(out, FG_CHANGE_REMOVED, FG_DIFF_KIND_VIEW, fg_xstrdup(a->views[i].name), NULL, &a->views[i],
                       NULL);
            i++;
        } else if (c > 0) {
            add_change(out, FG_CHANGE_ADDED, FG_DIFF_KIND_VIEW, fg_xstrdup(b->views[j].name), NULL, NULL,
                       &b->views[j]);
            j++;
        } else {
            int d = compare ? view_differs(a, i, b, j, timeout_s) : 0;
            if (d < 0)
                return -1;
            if (d)
                add_change(out, FG_CHANGE_CHANGED, FG_DIFF_KIND_VIEW, fg_xstrdup(a->views[i].name), NULL,
                           &a->views[i], &b->views[j]);
            i++, j++;
        }
    }
    return 0;
}

void fg_diff_compute_records(const fg_project *a, const fg_project *b, fg_changes *out)
{
    memset(out, 0, sizeof *out);
    for (fg_diff_kind k = 0; k < FG_DIFF_KIND_VIEW; k++)
        diff_records(&a->model, &b->model, k, out);
}

int fg_diff_compute(fg_project *a, fg_project *b, unsigned timeout_s, fg_changes *out)
{
    fg_diff_compute_records(a, b, out);
    return diff_views(a, b, timeout_s, out);
}

void fg_changes_release(fg_changes *c)
{
    for (size_t i = 0; i < c->n; i++)
        free(c->items[i].key);
    free(c->items);
    memset(c, 0, sizeof *c);
}

const char *fg_diff_kind_name(fg_diff_kind k, bool plural)
{
    static const char *const names[][2] = {
        {"type", "types"}, {"predicate", "predicates"}, {"source", "sources"}, {"entity", "entities"}, {"event", "events"},
        {"relation", "relations"}, {"view", "views"},
    };
    return k < FG_DIFF_KINDS ? names[k][plural] : "?";
}

fg_result fg_diff_write(fg_project *before, fg_project *after, const fg_diff_options *o, FILE *out, size_t *changes)
{
    fg_changes c;
    *changes = 0;
    int rc = fg_diff_compute(before, after, o->timeout_s, &c);
    if (rc == 0) {
        fg_strbuf sb = FG_STRBUF_INIT;
        if (o->format == FG_DIFF_JSON)
            fg_diff_format_json(&c, o, &sb);
        else if (o->format == FG_DIFF_MARKDOWN)
            fg_diff_format_markdown(&c, o, &sb);
        else
            fg_diff_format_human(&c, o, &sb);
        if (sb.len && fwrite(sb.data, 1, sb.len, out) != sb.len)
            rc = -1;
        fg_strbuf_release(&sb);
        *changes = c.n;
    }
    fg_changes_release(&c);
    return rc == 0 ? FG_OK : FG_FAILED;
}
