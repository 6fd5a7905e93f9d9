#include "record.h"

#include <string.h>

#include "suggest.h"

static const char *kind_name(fg_field_kind kind)
{
    switch (kind) {
    case FG_FIELD_STRING: return "a string";
    case FG_FIELD_STRINGS: return "a list of strings";
    case FG_FIELD_STRMAP: return "a mapping of strings";
    case FG_FIELD_LIST: return "a list";
    case FG_FIELD_MAP: return "a mapping";
    }
    return "a value";
}

static bool all_scalars(const fg_ynode *node, size_t step, size_t first, const char *what, fg_diags *diags)
{
    bool ok = true;
    for (size_t i = first; i < node->n; i += step) {
        const fg_ynode *k = node->kids[i];
        if (k->kind != FG_YAML_SCALAR) {
            fg_diag_error(diags, k->pos, "wrong-kind", "each item of '%s' must be a string, not a %s", what,
                          fg_yaml_kind_name(k->kind));
            ok = false;
        }
    }
    return ok;
}

bool fg_expect_kind(const fg_ynode *node, fg_field_kind kind, const char *what, fg_diags *diags)
{
    fg_yaml_kind want = kind == FG_FIELD_STRING ? FG_YAML_SCALAR
                      : kind == FG_FIELD_STRINGS || kind == FG_FIELD_LIST ? FG_YAML_SEQ
                      : FG_YAML_MAP;
    if (node->invalid)
        return false;
    if (node->kind != want) {
        fg_diag_error(diags, node->pos, "wrong-kind", "'%s' must be %s, not a %s", what, kind_name(kind),
                      fg_yaml_kind_name(node->kind));
        return false;
    }
    if (kind == FG_FIELD_STRINGS)
        return all_scalars(node, 1, 0, what, diags);
    if (kind == FG_FIELD_STRMAP) {
        for (size_t i = 0; i < node->n; i += 2)
            if (node->kids[i]->kind != FG_YAML_SCALAR || node->kids[i]->invalid)
                return false; /* reported by the loader */
        return all_scalars(node, 2, 1, what, diags);
    }
    return true;
}

static void report_unknown_field(const fg_ynode *key, const char *what, const fg_field *spec, size_t n,
                                 fg_diags *diags)
{
    fg_suggest s;
    fg_suggest_init(&s, key->str);
    for (size_t i = 0; i < n; i++)
        fg_suggest_consider(&s, spec[i].name);
    fg_diag_error(diags, key->pos, "unknown-field", "unknown field '%s' in %s%s", key->str, what,
                  fg_suggest_phrase(&s));
}

bool fg_record_read(const fg_ynode *node, const fg_record_kind *kind, const fg_ynode **out, fg_diags *diags)
{
    const char *what = kind->what;
    const fg_field *spec = kind->fields;
    size_t n = kind->n;
    for (size_t i = 0; i < n; i++)
        out[i] = NULL;
    if (node->invalid)
        return false;
    if (node->kind != FG_YAML_MAP) {
        fg_diag_error(diags, node->pos, "wrong-kind", "%s must be a mapping, not a %s", what,
                      fg_yaml_kind_name(node->kind));
        return false;
    }
    bool present[FG_FIELDS_MAX] = {false};
    bool merged = false;
    for (size_t k = 0; k + 1 < node->n; k += 2) {
        const fg_ynode *key = node->kids[k], *value = node->kids[k + 1];
        if (key->kind != FG_YAML_SCALAR || key->invalid)
            continue; /* reported by the loader */
        size_t i = 0;
        /* The first letter sorts out most names before strcmp (hot path). */
        while (i < n && (spec[i].name[0] != key->str[0] || strcmp(spec[i].name, key->str) != 0))
            i++;
        if (i == n && strcmp(key->str, "<<") == 0 && value->invalid) {
            /* A merge key with an alias, reported by the loader: the fields
             * it was meant to bring are not reported missing. */
            merged = true;
            continue;
        }
        if (i == n) {
            report_unknown_field(key, what, spec, n, diags);
            continue;
        }
        if (present[i])
            continue; /* a duplicate key, reported by the loader: the first wins */
        present[i] = true;
        if (fg_ynode_is_null(value))
            continue;
        if (fg_expect_kind(value, spec[i].kind, spec[i].name, diags))
            out[i] = value;
    }
    for (size_t i = 0; i < n && !merged; i++) {
        if (!spec[i].required || out[i])
            continue;
        if (!present[i])
            fg_diag_error(diags, node->pos, "missing-field", "%s is missing required field '%s'", what,
                          spec[i].name);
        else if (fg_ynode_is_null(fg_ynode_get(node, spec[i].name)))
            fg_diag_error(diags, fg_ynode_get(node, spec[i].name)->pos, "missing-field",
                          "required field '%s' of %s is empty", spec[i].name, what);
    }
    return true;
}

size_t fg_record_field(const fg_record_kind *kind, const char *name)
{
    size_t i = 0;
    while (i < kind->n && strcmp(kind->fields[i].name, name) != 0)
        i++;
    return i;
}

static fg_text text_of(const fg_ynode *node)
{
    return (fg_text){node->str, node->len, node->pos};
}

const fg_text *fg_text_of(fg_arena *arena, const fg_ynode *scalar)
{
    if (!scalar)
        return NULL;
    fg_text *t = fg_arena_alloc_uninit(arena, sizeof *t);
    *t = text_of(scalar);
    return t;
}

/* The header and its items in one allocation, as a node and its kids
 * were. */
const fg_list *fg_list_of(fg_arena *arena, const fg_ynode *seq)
{
    if (!seq)
        return NULL;
    fg_list *l = fg_arena_alloc_uninit(arena, sizeof *l + seq->n * sizeof(fg_text));
    fg_text *items = (fg_text *)(l + 1);
    for (uint32_t i = 0; i < seq->n; i++)
        items[i] = text_of(seq->kids[i]);
    *l = (fg_list){items, seq->n, seq->pos};
    return l;
}

const fg_map *fg_map_of(fg_arena *arena, const fg_ynode *map)
{
    if (!map)
        return NULL;
    uint32_t n = map->n / 2;
    fg_map *m = fg_arena_alloc_uninit(arena, sizeof *m + n * sizeof(fg_pair));
    fg_pair *pairs = (fg_pair *)(m + 1);
    for (size_t i = 0; i < n; i++)
        pairs[i] = (fg_pair){text_of(map->kids[2 * i]), text_of(map->kids[2 * i + 1])};
    *m = (fg_map){pairs, n, map->pos};
    return m;
}

static const void *sub_record(const fg_record_kind *kind, const fg_ynode *node, fg_arena *arena, fg_diags *diags)
{
    const fg_ynode *out[FG_FIELDS_MAX];
    if (!fg_record_read(node, kind, out, diags))
        return NULL;
    void *record = fg_arena_alloc(arena, kind->size);
    fg_record_store(kind, node, out, record, arena, diags);
    return record;
}

void fg_record_store(const fg_record_kind *kind, const fg_ynode *node, const fg_ynode *const *out, void *record,
                     fg_arena *arena, fg_diags *diags)
{
    char *base = record;
    if (kind->at != FG_UNSTORED)
        *(fg_pos *)(base + kind->at) = node->pos;
    for (size_t i = 0; i < kind->n; i++) {
        const fg_field *f = &kind->fields[i];
        if (f->offset == FG_UNSTORED || !out[i])
            continue;
        const void *value = NULL;
        switch (f->kind) {
        case FG_FIELD_STRING: value = fg_text_of(arena, out[i]); break;
        case FG_FIELD_STRINGS: value = fg_list_of(arena, out[i]); break;
        case FG_FIELD_STRMAP: value = fg_map_of(arena, out[i]); break;
        case FG_FIELD_MAP: value = f->of ? sub_record(f->of, out[i], arena, diags) : NULL; break;
        case FG_FIELD_LIST: continue; /* the caller's */
        }
        memcpy(base + f->offset, &value, sizeof value);
    }
}

bool fg_record_load(const fg_ynode *node, const fg_record_kind *kind, const fg_ynode **out, void *record,
                    fg_arena *arena, fg_diags *diags)
{
    if (!fg_record_read(node, kind, out, diags))
        return false;
    fg_record_store(kind, node, out, record, arena, diags);
    return true;
}
