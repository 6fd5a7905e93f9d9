#include "facts_load.h"

#include <string.h>

#include "record.h"
#include "suggest.h"

/* The file's nodes are freed once its records are read (project.c): the
 * nodes a record keeps are copied into the model's arena (their text is
 * there already); of the record's own mapping only its position is kept. */
static const fg_ynode *keep(fg_model *m, const fg_ynode *node)
{
    return fg_ynode_copy(&m->arena, node);
}

static void load_source(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"id", FG_FIELD_STRING, true},        {"file", FG_FIELD_STRING, true},
        {"title", FG_FIELD_STRING, true},     {"publisher", FG_FIELD_STRING, true},
        {"date", FG_FIELD_STRING, false},     {"url", FG_FIELD_STRING, false},
        {"language", FG_FIELD_STRING, false}, {"note", FG_FIELD_STRING, false},
    };
    const fg_ynode *f[8];
    if (!fg_record_read(node, "source", spec, 8, f, diags))
        return;
    fg_source *s = fg_model_add_source(m);
    s->at = node->pos;
    s->id = keep(m, f[0]);
    s->file = keep(m, f[1]);
    s->title = keep(m, f[2]);
    s->publisher = keep(m, f[3]);
    s->date = keep(m, f[4]);
    s->url = keep(m, f[5]);
    s->language = keep(m, f[6]);
    s->note = keep(m, f[7]);
}

static void load_entity(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"id", FG_FIELD_STRING, true},           {"type", FG_FIELD_STRING, true},
        {"name", FG_FIELD_STRING, true},         {"aliases", FG_FIELD_STRINGS, false},
        {"labels", FG_FIELD_STRMAP, false},      {"description", FG_FIELD_STRING, false},
        {"url", FG_FIELD_STRING, false},         {"note", FG_FIELD_STRING, false},
    };
    const fg_ynode *f[8];
    if (!fg_record_read(node, "entity", spec, 8, f, diags))
        return;
    fg_item *it = fg_model_add_item(m);
    it->at = node->pos;
    it->id = keep(m, f[0]);
    it->type = keep(m, f[1]);
    it->name = keep(m, f[2]);
    it->aliases = keep(m, f[3]);
    it->labels = keep(m, f[4]);
    it->description = keep(m, f[5]);
    it->url = keep(m, f[6]);
    it->note = keep(m, f[7]);
}

static void load_event(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"id", FG_FIELD_STRING, true},           {"type", FG_FIELD_STRING, true},
        {"name", FG_FIELD_STRING, true},         {"date", FG_FIELD_STRING, false},
        {"start", FG_FIELD_STRING, false},       {"end", FG_FIELD_STRING, false},
        {"location", FG_FIELD_STRING, false},    {"description", FG_FIELD_STRING, false},
        {"aliases", FG_FIELD_STRINGS, false},    {"labels", FG_FIELD_STRMAP, false},
        {"url", FG_FIELD_STRING, false},         {"note", FG_FIELD_STRING, false},
    };
    const fg_ynode *f[12];
    if (!fg_record_read(node, "event", spec, 12, f, diags))
        return;
    fg_item *it = fg_model_add_item(m);
    it->is_event = true;
    it->at = node->pos;
    it->id = keep(m, f[0]);
    it->type = keep(m, f[1]);
    it->name = keep(m, f[2]);
    it->date = keep(m, f[3]);
    it->start = keep(m, f[4]);
    it->end = keep(m, f[5]);
    it->location = keep(m, f[6]);
    it->description = keep(m, f[7]);
    it->aliases = keep(m, f[8]);
    it->labels = keep(m, f[9]);
    it->url = keep(m, f[10]);
    it->note = keep(m, f[11]);
}

static fg_cite *add_cite(fg_model *m, fg_relation *r, size_t cap)
{
    if (!r->cites)
        r->cites = fg_arena_alloc(&m->arena, cap * sizeof *r->cites);
    fg_cite *c = &r->cites[r->ncites++];
    c->source_idx = -1;
    c->speaker_idx = -1;
    return c;
}

static void load_evidence(fg_model *m, fg_relation *r, const fg_ynode *list, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"source", FG_FIELD_STRING, true},
        {"quote", FG_FIELD_STRING, true},
        {"speaker", FG_FIELD_STRING, false},
    };
    for (size_t i = 0; i < list->n; i++) {
        const fg_ynode *f[3];
        if (!fg_record_read(list->kids[i], "evidence", spec, 3, f, diags) || !f[0] || !f[1])
            continue; /* reported */
        fg_cite *c = add_cite(m, r, list->n);
        c->source = keep(m, f[0]);
        c->quote = keep(m, f[1]);
        c->speaker = keep(m, f[2]);
    }
}

static void load_amount(fg_model *m, fg_relation *r, const fg_ynode *node, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"value", FG_FIELD_STRING, true},
        {"scale", FG_FIELD_STRING, false},
        {"currency", FG_FIELD_STRING, true},
    };
    const fg_ynode *f[3];
    /* Kept whole: export writes the mapping as it was given. */
    node = keep(m, node);
    if (!fg_record_read(node, "amount", spec, 3, f, diags))
        return;
    fg_amount *a = fg_arena_alloc(&m->arena, sizeof *a);
    a->node = node;
    a->value = f[0];
    a->scale = f[1];
    a->currency = f[2];
    r->amount = a;
}

/* Whether the mapping has key with a non-null value. */
static bool given(const fg_ynode *map, const char *key)
{
    const fg_ynode *v = fg_ynode_get(map, key);
    return v && !fg_ynode_is_null(v);
}

static void load_relation(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    static const fg_field_spec spec[] = {
        {"subject", FG_FIELD_STRING, true},     {"predicate", FG_FIELD_STRING, true},
        {"object", FG_FIELD_STRING, true},      {"source", FG_FIELD_STRING, false},
        {"quote", FG_FIELD_STRING, false},      {"evidence", FG_FIELD_LIST, false},
        {"date", FG_FIELD_STRING, false},       {"role", FG_FIELD_STRING, false},
        {"amount", FG_FIELD_MAP, false},        {"note", FG_FIELD_STRING, false},
        {"speaker", FG_FIELD_STRING, false},
    };
    const fg_ynode *f[11];
    if (!fg_record_read(node, "relation", spec, 11, f, diags))
        return;
    fg_relation *r = fg_model_add_relation(m);
    r->at = node->pos;
    r->subject = keep(m, f[0]);
    r->predicate = keep(m, f[1]);
    r->object = keep(m, f[2]);
    r->date = keep(m, f[6]);
    r->role = keep(m, f[7]);
    r->note = keep(m, f[9]);
    if (f[8])
        load_amount(m, r, f[8], diags);
    /* The citation: source + quote, or a list of evidence, not both. A
     * field given with a value that was already reported (wrong kind, an
     * alias) is not reported again as missing. */
    bool src = given(node, "source"), quote = given(node, "quote"), evidence = given(node, "evidence");
    if ((src && !f[3]) || (quote && !f[4]) || (evidence && !f[5]))
        return;
    if (f[5] && (f[3] || f[4])) {
        fg_diag_error(diags, f[5]->pos, "missing-citation",
                      "a relation cites either 'source' and 'quote' or 'evidence', not both");
    } else if (f[5]) {
        load_evidence(m, r, f[5], diags);
        if (f[5]->n == 0)
            fg_diag_error(diags, f[5]->pos, "missing-citation", "'evidence' is empty: cite at least one source");
    } else if (f[3] && f[4]) {
        fg_cite *c = add_cite(m, r, 1);
        c->source = keep(m, f[3]);
        c->quote = keep(m, f[4]);
    } else if (f[3] || f[4]) {
        fg_diag_error(diags, (f[3] ? f[3] : f[4])->pos, "missing-citation", "'%s' is given without '%s'",
                      f[3] ? "source" : "quote", f[3] ? "quote" : "source");
    } else if (!src && !quote && !evidence) {
        fg_diag_error(diags, node->pos, "missing-citation",
                      "relation '%s %s %s' cites no source: add 'source' and 'quote', or 'evidence'",
                      f[0] ? f[0]->str : "?", f[1] ? f[1]->str : "?", f[2] ? f[2]->str : "?");
    }
    /* The relation's speaker speaks each quote that names no speaker. */
    const fg_ynode *speaker = keep(m, f[10]);
    for (uint32_t i = 0; speaker && i < r->ncites; i++)
        if (!r->cites[i].speaker)
            r->cites[i].speaker = speaker;
}

typedef void (*load_fn)(fg_model *, const fg_ynode *, fg_diags *);

static const struct {
    const char *name;
    load_fn load;
} sections[] = {
    {"sources", load_source},
    {"entities", load_entity},
    {"events", load_event},
    {"relations", load_relation},
};

static void report_unknown_section(const fg_ynode *key, fg_diags *diags)
{
    fg_suggest sg;
    fg_suggest_init(&sg, key->str);
    for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
        fg_suggest_consider(&sg, sections[i].name);
    const char *hint = fg_suggest_phrase(&sg);
    if (*hint)
        fg_diag_error(diags, key->pos, "unknown-section", "unknown section '%s'%s", key->str, hint);
    else
        fg_diag_error(diags, key->pos, "unknown-section",
                      "unknown section '%s': a fact file holds sources, entities, events and relations", key->str);
}

void fg_facts_load(fg_model *m, const fg_ynode *root, fg_diags *diags)
{
    if (!root || fg_ynode_is_null(root))
        return;
    if (root->kind != FG_YAML_MAP) {
        if (!root->invalid)
            fg_diag_error(diags, root->pos, "wrong-kind", "a fact file must be a mapping of sections, not a %s",
                          fg_yaml_kind_name(root->kind));
        return;
    }
    for (size_t k = 0; k + 1 < root->n; k += 2) {
        const fg_ynode *key = root->kids[k], *value = root->kids[k + 1];
        if (key->kind != FG_YAML_SCALAR)
            continue;
        size_t s = 0;
        while (s < sizeof sections / sizeof sections[0] && strcmp(sections[s].name, key->str) != 0)
            s++;
        if (s == sizeof sections / sizeof sections[0]) {
            report_unknown_section(key, diags);
            continue;
        }
        if (fg_ynode_is_null(value) || !fg_expect_kind(value, FG_FIELD_LIST, key->str, diags))
            continue;
        for (size_t i = 0; i < value->n; i++)
            sections[s].load(m, value->kids[i], diags);
    }
}
