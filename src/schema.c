#include "schema.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "yaml_load.h"
#include "suggest.h"
#include "ids.h"
#include "xalloc.h"

const char *const fg_relation_optional_fields[] = {"date", "role", "amount", "note", NULL};

/* Only these reach Graphviz: never fonts, URLs, stylesheets or anything
 * that changes layout engines or output files. */
static const char *const node_attrs[] = {"shape", "style", "color", "fillcolor", "fontcolor", "penwidth",
                                         "peripheries", NULL};
static const char *const edge_attrs[] = {"color", "style", "penwidth", "arrowhead", "arrowtail", "dir",
                                         "fontcolor", NULL};

static bool in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return true;
    return false;
}

bool fg_style_attr_allowed(const char *name, bool edge)
{
    return in_list(edge ? edge_attrs : node_attrs, name);
}

/* Style values are names, numbers, colours and comma lists: nothing that
 * Graphviz would read as an escape, a quote or markup. */
static bool style_value_ok(const char *v)
{
    if (!*v)
        return false;
    for (const char *p = v; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("#,. _-", *p))
            return false;
    return true;
}

static void check_style(const fg_map *style, bool edge, fg_diags *diags)
{
    for (size_t i = 0; style && i < style->n; i++) {
        const fg_text *k = &style->pairs[i].key, *v = &style->pairs[i].value;
        if (!fg_style_attr_allowed(k->str, edge)) {
            fg_suggest s;
            fg_suggest_init(&s, k->str);
            for (const char *const *a = edge ? edge_attrs : node_attrs; *a; a++)
                fg_suggest_consider(&s, *a);
            fg_diag_error(diags, k->pos, "bad-style", "style attribute '%s' is not allowed for %s%s", k->str,
                          edge ? "edges" : "nodes", fg_suggest_phrase(&s));
        } else if (!style_value_ok(v->str)) {
            fg_diag_error(diags, v->pos, "bad-style",
                          "style value '%s' may hold only letters, digits, '#', ',', '.', '_', '-' and spaces",
                          v->str);
        }
    }
}

#define TYPE(f) offsetof(fg_type, f)
static const fg_field type_fields[] = {
    {"label", FG_FIELD_STRING, true, TYPE(label), NULL, 0},
    {"style", FG_FIELD_STRMAP, false, TYPE(style), NULL, 0},
};
static const fg_record_kind entity_type = FG_RECORD_KIND("entity type", fg_type, type_fields, FG_UNSTORED);
static const fg_record_kind event_type = FG_RECORD_KIND("event type", fg_type, type_fields, FG_UNSTORED);

/* symmetric is read here: true or false. */
#define PRED(f) offsetof(fg_predicate, f)
static const fg_field predicate_fields[] = {
    {"label", FG_FIELD_STRING, true, PRED(label), NULL, 0},
    {"subject", FG_FIELD_STRINGS, true, PRED(subject), NULL, 0},
    {"object", FG_FIELD_STRINGS, true, PRED(object), NULL, 0},
    {"symmetric", FG_FIELD_STRING, false, FG_UNSTORED, NULL, 0},
    {"contradicts", FG_FIELD_STRINGS, false, PRED(contradicts), NULL, 0},
    {"requires", FG_FIELD_STRINGS, false, PRED(requires), NULL, 0},
    {"style", FG_FIELD_STRMAP, false, PRED(style), NULL, 0},
};
static const fg_record_kind predicate = FG_RECORD_KIND("predicate", fg_predicate, predicate_fields, FG_UNSTORED);

const fg_record_kind *fg_schema_type_record(void)
{
    return &entity_type;
}

const fg_record_kind *fg_schema_predicate_record(void)
{
    return &predicate;
}

/* The three sections are mappings of names to records, read here. */
#define SCHEMA(f) offsetof(fg_schema, f)
static const fg_field schema_fields[] = {
    {"entity_types", FG_FIELD_MAP, true, FG_UNSTORED, NULL, 0},
    {"event_types", FG_FIELD_MAP, true, FG_UNSTORED, NULL, 0},
    {"predicates", FG_FIELD_MAP, true, FG_UNSTORED, NULL, 0},
    {"speaker_types", FG_FIELD_STRINGS, false, SCHEMA(speaker_types), NULL, 0},
    {"base_iri", FG_FIELD_STRING, false, SCHEMA(base_iri), NULL, 0},
};
static const fg_record_kind schema = FG_RECORD_KIND("the schema", fg_schema, schema_fields, FG_UNSTORED);

static void read_types(fg_schema *s, const fg_ynode *map, bool is_event, fg_arena *arena, fg_diags *diags)
{
    const fg_record_kind *kind = is_event ? &event_type : &entity_type;
    for (size_t i = 0; i + 1 < map->n; i += 2) {
        const fg_ynode *name = map->kids[i];
        const fg_ynode *f[FG_FIELDS_MAX];
        if (name->kind != FG_YAML_SCALAR || !fg_record_read(map->kids[i + 1], kind, f, diags))
            continue;
        s->types = fg_xgrow(s->types, &s->types_cap, s->ntypes + 1, sizeof *s->types);
        fg_type *t = &s->types[s->ntypes++];
        memset(t, 0, sizeof *t);
        fg_record_store(kind, map->kids[i + 1], f, t, arena, diags);
        t->name = fg_text_of(arena, name);
        t->is_event = is_event;
        check_style(t->style, false, diags);
    }
}

static void read_predicates(fg_schema *s, const fg_ynode *map, fg_arena *arena, fg_diags *diags)
{
    size_t symmetric = fg_record_field(&predicate, "symmetric");
    for (size_t i = 0; i + 1 < map->n; i += 2) {
        const fg_ynode *name = map->kids[i];
        const fg_ynode *f[FG_FIELDS_MAX];
        if (name->kind != FG_YAML_SCALAR || !fg_record_read(map->kids[i + 1], &predicate, f, diags))
            continue;
        s->preds = fg_xgrow(s->preds, &s->preds_cap, s->npreds + 1, sizeof *s->preds);
        fg_predicate *p = &s->preds[s->npreds++];
        memset(p, 0, sizeof *p);
        fg_record_store(&predicate, map->kids[i + 1], f, p, arena, diags);
        p->name = fg_text_of(arena, name);
        const fg_ynode *sym = f[symmetric];
        if (sym) {
            if (strcmp(sym->str, "true") == 0)
                p->symmetric = true;
            else if (strcmp(sym->str, "false") != 0)
                fg_diag_error(diags, sym->pos, "wrong-kind", "'symmetric' must be true or false, not '%s'",
                              sym->str);
        }
        check_style(p->style, true, diags);
    }
}

static void check_name(const fg_text *name, const char *what, fg_diags *diags)
{
    if (!fg_id_is_valid(name->str))
        fg_diag_error(diags, name->pos, "bad-id", "%s name '%s' is not kebab-case (it becomes a CSS class)", what,
                      name->str);
}

static void index_names(fg_schema *s, fg_diags *diags)
{
    for (size_t i = 0; i < s->ntypes; i++)
        check_name(s->types[i].name, "type", diags);
    for (size_t i = 0; i < s->npreds; i++)
        check_name(s->preds[i].name, "predicate", diags);
    for (size_t i = 0; i < s->ntypes; i++) {
        fg_type *prev = fg_symtab_put(&s->type_index, s->types[i].name->str, &s->types[i]);
        if (prev) {
            fg_diag_error(diags, s->types[i].name->pos, "duplicate-id", "type '%s' is declared twice",
                          s->types[i].name->str);
            fg_diag_note(diags, prev->name->pos, "'%s' first declared here", prev->name->str);
        }
    }
    for (size_t i = 0; i < s->npreds; i++)
        fg_symtab_put(&s->pred_index, s->preds[i].name->str, &s->preds[i]);
}

static bool is_type_name(fg_schema *s, const char *name)
{
    return strcmp(name, "entity") == 0 || strcmp(name, "event") == 0 || strcmp(name, "any") == 0 ||
           fg_schema_type(s, name);
}

/* Undeclared type names in the schema's lists, each with the number of
 * places that name it: one misspelt type is reported once, at its first
 * place, not once per predicate. Values are counts (size_t, in the arena);
 * a reported name's count is set to 0. */
static void count_unknown(fg_schema *s, const fg_list *list, fg_symtab *unknown, fg_arena *arena)
{
    for (size_t i = 0; list && i < list->n; i++) {
        const char *name = list->items[i].str;
        if (is_type_name(s, name))
            continue;
        size_t *uses = fg_symtab_get(unknown, name);
        if (!uses) {
            uses = fg_arena_alloc(arena, sizeof *uses);
            *uses = 0;
            fg_symtab_put(unknown, name, uses);
        }
        (*uses)++;
    }
}

/* Returns whether every name of the list is a type (the others are reported). */
static bool check_type_list(fg_schema *s, const fg_list *list, fg_symtab *unknown, fg_diags *diags)
{
    bool ok = true;
    for (size_t i = 0; list && i < list->n; i++) {
        const char *name = list->items[i].str;
        if (is_type_name(s, name))
            continue;
        ok = false;
        size_t *count = fg_symtab_get(unknown, name), uses = *count;
        if (uses == 0)
            continue; /* reported at its first place */
        *count = 0;
        fg_suggest sg;
        const char *hint = fg_schema_suggest_type(s, name, -1, &sg);
        if (uses > 1)
            fg_diag_error(diags, list->items[i].pos, "unknown-type",
                          "unknown type '%s'%s (named %zu times: only this first place is reported)", name, hint,
                          uses);
        else
            fg_diag_error(diags, list->items[i].pos, "unknown-type", "unknown type '%s'%s", name, hint);
    }
    return ok;
}

static void check_predicate_refs(fg_schema *s, fg_predicate *p, fg_symtab *unknown, fg_diags *diags)
{
    p->subject_unknown = !check_type_list(s, p->subject, unknown, diags);
    p->object_unknown = !check_type_list(s, p->object, unknown, diags);
    for (size_t i = 0; p->contradicts && i < p->contradicts->n; i++) {
        const fg_text *c = &p->contradicts->items[i];
        fg_suggest sg;
        if (!fg_schema_predicate(s, c->str))
            fg_diag_error(diags, c->pos, "unknown-predicate", "unknown predicate '%s' in 'contradicts'%s", c->str,
                          fg_schema_suggest_predicate(s, c->str, &sg));
    }
    for (size_t i = 0; p->requires && i < p->requires->n; i++) {
        const fg_text *r = &p->requires->items[i];
        if (!in_list(fg_relation_optional_fields, r->str)) {
            fg_suggest sg;
            fg_suggest_init(&sg, r->str);
            for (const char *const *f = fg_relation_optional_fields; *f; f++)
                fg_suggest_consider(&sg, *f);
            fg_diag_error(diags, r->pos, "unknown-field",
                          "'requires' names '%s', which is not an optional relation field (date, role, amount, "
                          "note)%s",
                          r->str, fg_suggest_phrase(&sg));
        }
    }
}

void fg_schema_load(fg_schema *s, const fg_ynode *root, fg_pos file_pos, fg_arena *arena, fg_diags *diags)
{
    const fg_ynode *f[FG_FIELDS_MAX];
    if (!root) {
        fg_diag_error(diags, file_pos, "missing-field", "the schema is empty: it must declare entity_types, "
                                                        "event_types and predicates");
        return;
    }
    if (!fg_record_load(root, &schema, f, s, arena, diags))
        return;
    s->loaded = true;
    if (f[0])
        read_types(s, f[0], false, arena, diags);
    if (f[1])
        read_types(s, f[1], true, arena, diags);
    if (f[2])
        read_predicates(s, f[2], arena, diags);
    index_names(s, diags);
    fg_symtab unknown = FG_SYMTAB_INIT;
    for (size_t i = 0; i < s->npreds; i++) {
        count_unknown(s, s->preds[i].subject, &unknown, arena);
        count_unknown(s, s->preds[i].object, &unknown, arena);
    }
    count_unknown(s, s->speaker_types, &unknown, arena);
    for (size_t i = 0; i < s->npreds; i++)
        check_predicate_refs(s, &s->preds[i], &unknown, diags);
    s->speaker_types_unknown = !check_type_list(s, s->speaker_types, &unknown, diags);
    fg_symtab_release(&unknown);
}

const fg_type *fg_schema_type(fg_schema *s, const char *name)
{
    return fg_symtab_get(&s->type_index, name);
}

const fg_predicate *fg_schema_predicate(fg_schema *s, const char *name)
{
    return fg_symtab_get(&s->pred_index, name);
}

const char *fg_schema_suggest_type(const fg_schema *s, const char *word, int want_event, fg_suggest *sg)
{
    fg_suggest_init(sg, word);
    for (size_t i = 0; i < s->ntypes; i++)
        if (want_event < 0 || s->types[i].is_event == want_event)
            fg_suggest_consider(sg, s->types[i].name->str);
    return fg_suggest_phrase(sg);
}

const char *fg_schema_suggest_predicate(const fg_schema *s, const char *word, fg_suggest *sg)
{
    fg_suggest_init(sg, word);
    for (size_t i = 0; i < s->npreds; i++)
        fg_suggest_consider(sg, s->preds[i].name->str);
    return fg_suggest_phrase(sg);
}

bool fg_type_allowed(const fg_list *allowed, const fg_type *type)
{
    for (size_t i = 0; allowed && i < allowed->n; i++) {
        const char *a = allowed->items[i].str;
        if (strcmp(a, "any") == 0 || strcmp(a, type->name->str) == 0 ||
            (strcmp(a, "event") == 0 && type->is_event) || (strcmp(a, "entity") == 0 && !type->is_event))
            return true;
    }
    return false;
}

bool fg_predicates_contradict(const fg_predicate *a, const fg_predicate *b)
{
    return fg_list_has(a->contradicts, b->name->str) || fg_list_has(b->contradicts, a->name->str);
}

void fg_schema_release(fg_schema *s)
{
    free(s->types);
    free(s->preds);
    fg_symtab_release(&s->type_index);
    fg_symtab_release(&s->pred_index);
    memset(s, 0, sizeof *s);
}
