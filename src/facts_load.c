#include "facts_load.h"

#include <string.h>

#include "record.h"
#include "suggest.h"

/* The file's nodes are freed once its records are read (project.c): a
 * record holds copies of its values in the model's arena (their text is
 * there already). */
static void load_source(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    const fg_ynode *f[FG_FIELDS_MAX];
    if (!fg_record_read(node, &fg_source_record, f, diags))
        return;
    fg_record_store(&fg_source_record, node, f, fg_model_add_source(m), &m->arena, diags);
}

static void load_item(fg_model *m, const fg_ynode *node, const fg_record_kind *kind, fg_diags *diags)
{
    const fg_ynode *f[FG_FIELDS_MAX];
    if (!fg_record_read(node, kind, f, diags))
        return;
    fg_item *it = fg_model_add_item(m);
    it->is_event = kind == &fg_event_record;
    fg_record_store(kind, node, f, it, &m->arena, diags);
}

static void load_entity(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    load_item(m, node, &fg_entity_record, diags);
}

static void load_event(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    load_item(m, node, &fg_event_record, diags);
}

static fg_cite *add_cite(fg_model *m, fg_relation *r, size_t cap)
{
    if (!r->cites)
        r->cites = fg_arena_alloc(&m->arena, cap * sizeof *r->cites);
    fg_cite *c = &r->cites[r->ncites++];
    c->source_idx = -1;
    c->speaker_idx = -1;
    c->start = c->end = -1;
    return c;
}

static void load_evidence(fg_model *m, fg_relation *r, const fg_ynode *list, fg_diags *diags)
{
    for (size_t i = 0; i < list->n; i++) {
        const fg_ynode *f[FG_FIELDS_MAX];
        if (!fg_record_read(list->kids[i], &fg_evidence_record, f, diags) || !f[0] || !f[1])
            continue; /* reported */
        fg_record_store(&fg_evidence_record, list->kids[i], f, add_cite(m, r, list->n), &m->arena, diags);
    }
}

/* Whether the mapping has key with a non-null value. */
static bool given(const fg_ynode *map, const char *key)
{
    const fg_ynode *v = fg_ynode_get(map, key);
    return v && !fg_ynode_is_null(v);
}

/* The citation: source + quote, or a list of evidence, not both. A field
 * given with a value that was already reported (wrong kind, an alias) is
 * not reported again as missing. */
static void load_citation(fg_model *m, fg_relation *r, const fg_ynode *node, const fg_ynode *source,
                          const fg_ynode *quote, const fg_ynode *evidence, fg_diags *diags)
{
    bool src = given(node, "source"), quo = given(node, "quote"), evi = given(node, "evidence");
    if ((src && !source) || (quo && !quote) || (evi && !evidence))
        return;
    if (evidence && (source || quote)) {
        fg_diag_error(diags, evidence->pos, "missing-citation",
                      "a relation cites either 'source' and 'quote' or 'evidence', not both");
    } else if (evidence) {
        load_evidence(m, r, evidence, diags);
        if (evidence->n == 0)
            fg_diag_error(diags, evidence->pos, "missing-citation", "'evidence' is empty: cite at least one source");
    } else if (source && quote) {
        fg_cite *c = add_cite(m, r, 1);
        c->source = fg_text_of(&m->arena, source);
        c->quote = fg_text_of(&m->arena, quote);
    } else if (source || quote) {
        fg_diag_error(diags, (source ? source : quote)->pos, "missing-citation", "'%s' is given without '%s'",
                      source ? "source" : "quote", source ? "quote" : "source");
    } else if (!src && !quo && !evi) {
        fg_diag_error(diags, node->pos, "missing-citation",
                      "relation '%s %s %s' cites no source: add 'source' and 'quote', or 'evidence'",
                      r->subject ? r->subject->str : "?", r->predicate ? r->predicate->str : "?",
                      r->object ? r->object->str : "?");
    }
}

static void load_relation(fg_model *m, const fg_ynode *node, fg_diags *diags)
{
    const fg_record_kind *kind = &fg_relation_record;
    const fg_ynode *f[FG_FIELDS_MAX];
    if (!fg_record_read(node, kind, f, diags))
        return;
    fg_relation *r = fg_model_add_relation(m);
    fg_record_store(kind, node, f, r, &m->arena, diags);
    load_citation(m, r, node, f[fg_record_field(kind, "source")], f[fg_record_field(kind, "quote")],
                  f[fg_record_field(kind, "evidence")], diags);
    /* The relation's speaker speaks each quote that names no speaker. */
    const fg_text *speaker = fg_text_of(&m->arena, f[fg_record_field(kind, "speaker")]);
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
