/* Validation runs in passes over the model, each linear in its size:
 * ids, sources and their seed files, entities and events, relations
 * (references, domain and range, dates, amounts, citations), duplicate and
 * contradictory relations through hash tables, and unused facts last. */
#include "validate.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "currency.h"
#include "ids.h"
#include "quote_help.h"
#include "strbuf.h"
#include "suggest.h"
#include "xalloc.h"

typedef struct ctx {
    fg_model *m;
    fg_diags *d;
} ctx;

/* ---- ids ---- */

/* A look-alike (a Cyrillic 'а' in 'france') is invisible: name it. */
static void report_bad_id(ctx *c, const fg_text *id)
{
    const unsigned char *p = (const unsigned char *)id->str;
    while (*p && *p < 0x80)
        p++;
    if (!*p) {
        fg_diag_error(c->d, id->pos, "bad-id", "id '%s' is not kebab-case (lowercase letters, digits and single "
                                               "hyphens, like 'ai-action-summit')", id->str);
        return;
    }
    uint32_t cp = *p;
    size_t n = (*p >> 5) == 6 ? 2 : (*p >> 4) == 14 ? 3 : (*p >> 3) == 30 ? 4 : 1;
    cp = n == 2 ? (*p & 0x1Fu) : n == 3 ? (*p & 0x0Fu) : n == 4 ? (*p & 0x07u) : cp;
    for (size_t i = 1; i < n && (p[i] & 0xC0) == 0x80; i++)
        cp = (cp << 6) | (p[i] & 0x3Fu);
    fg_diag_error(c->d, id->pos, "bad-id", "id '%s' is not kebab-case (lowercase letters, digits and single "
                                           "hyphens, like 'ai-action-summit'): it holds the non-ASCII character U+%04X",
                  id->str, (unsigned)cp);
}

static void register_id(ctx *c, const fg_text *id, fg_id_kind kind, size_t index)
{
    if (!id)
        return;
    /* A malformed id is still registered: references to it resolve, so
     * the one mistake is reported once. One too long is not: each place
     * that writes it is reported, and no message quotes it whole. */
    if (fg_id_check_length(c->d, id->str, id->len, id->pos, "id"))
        return;
    if (!fg_id_is_valid(id->str))
        report_bad_id(c, id);
    fg_id_entry *e = fg_arena_alloc(&c->m->arena, sizeof *e);
    e->kind = kind;
    e->index = index;
    const fg_id_entry *prev = fg_symtab_put(&c->m->ids, id->str, e);
    if (prev) {
        const fg_text *first = prev->kind == FG_ID_SOURCE ? c->m->sources[prev->index].id
                                                           : c->m->items[prev->index].id;
        fg_diag_error(c->d, id->pos, "duplicate-id", "duplicate id '%s'", id->str);
        fg_diag_note(c->d, first->pos, "'%s' first defined here", id->str);
    }
}

static void register_ids(ctx *c)
{
    fg_symtab_reserve(&c->m->ids, c->m->nsources + c->m->nitems);
    for (size_t i = 0; i < c->m->nsources; i++)
        register_id(c, c->m->sources[i].id, FG_ID_SOURCE, i);
    for (size_t i = 0; i < c->m->nitems; i++)
        register_id(c, c->m->items[i].id, FG_ID_ITEM, i);
}

/* ---- shared checks ---- */

static bool check_date(ctx *c, const fg_text *node, fg_date *out)
{
    if (!node)
        return false;
    if (fg_date_parse(node->str, out))
        return true;
    fg_diag_error(c->d, node->pos, "invalid-date",
                  "invalid date '%s': write an ISO 8601 date such as 2025, 2025-02 or 2025-02-10", node->str);
    return false;
}

static void check_url(ctx *c, const fg_text *url)
{
    if (url && !fg_url_is_valid(url->str))
        fg_diag_error(c->d, url->pos, "bad-url", "url '%s' must be an http or https address without spaces, "
                                                 "quotes or angle brackets", url->str);
}

/* Resolve a reference to an entity or event (want_event: 0 entity only,
 * 1 event only, -1 either). Returns the item index or -1 (reported). */
static int resolve_item(ctx *c, const fg_text *ref, int want_event, const char *role)
{
    if (!ref)
        return -1;
    const fg_id_entry *e = fg_model_lookup(c->m, ref->str);
    if (e && e->kind == FG_ID_ITEM && (want_event < 0 || c->m->items[e->index].is_event == want_event))
        return (int)e->index;
    const char *want = want_event < 0 ? "entity or event" : want_event ? "event" : "entity";
    if (!e && c->m->incomplete)
        return -1; /* perhaps defined in the file that could not be parsed */
    if (fg_id_check_length(c->d, ref->str, ref->len, ref->pos, role))
        return -1;
    if (e) {
        const char *is = e->kind == FG_ID_SOURCE ? "a source" : c->m->items[e->index].is_event ? "an event"
                                                                                              : "an entity";
        fg_diag_error(c->d, ref->pos, "unknown-ref", "%s '%s' is %s, not an %s", role, ref->str, is, want);
        return -1;
    }
    /* Past the diagnostics limit nobody reads the suggestion: skip the search. */
    fg_suggest sg;
    fg_diag_error(c->d, ref->pos, "unknown-ref", "unknown %s '%s' in %s%s", want, ref->str, role,
                  fg_diags_full(c->d) ? "" : fg_model_suggest_item(c->m, ref->str, want_event, &sg));
    return -1;
}

/* ---- sources ---- */

static void check_sources(ctx *c)
{
    for (size_t i = 0; i < c->m->nsources; i++) {
        fg_source *s = &c->m->sources[i];
        s->has_when = check_date(c, s->date, &s->when);
        check_url(c, s->url);
    }
}

/* ---- entities and events ---- */

/* An undeclared type name: how often items use it, and whether it was
 * reported (once, at its first use: a type misspelt in the schema would
 * otherwise be one error per entity). */
typedef struct unknown_type {
    size_t uses;
    bool reported;
} unknown_type;

static void count_unknown_types(ctx *c, fg_symtab *unknown)
{
    for (size_t i = 0; c->m->schema.loaded && i < c->m->nitems; i++) {
        const fg_text *ref = c->m->items[i].type;
        if (!ref || fg_schema_type(&c->m->schema, ref->str))
            continue;
        unknown_type *u = fg_symtab_get(unknown, ref->str);
        if (!u) {
            u = fg_arena_alloc(&c->m->arena, sizeof *u);
            u->uses = 0;
            u->reported = false;
            fg_symtab_put(unknown, ref->str, u);
        }
        u->uses++;
    }
}

static const fg_type *resolve_type(ctx *c, const fg_text *ref, bool is_event, fg_symtab *unknown)
{
    if (!ref || !c->m->schema.loaded)
        return NULL;
    const fg_type *t = fg_schema_type(&c->m->schema, ref->str);
    const char *want = is_event ? "event type" : "entity type";
    if (t && t->is_event == is_event)
        return t;
    if (t) {
        fg_diag_error(c->d, ref->pos, "unknown-type", "'%s' is an %s, not an %s", ref->str,
                      t->is_event ? "event type" : "entity type", want);
        return NULL;
    }
    unknown_type *u = fg_symtab_get(unknown, ref->str);
    if (u->reported)
        return NULL;
    u->reported = true;
    fg_strbuf uses = FG_STRBUF_INIT;
    if (u->uses > 1)
        fg_strbuf_printf(&uses, " (used %zu times: only this first use is reported)", u->uses);
    fg_suggest sg;
    const char *hint = fg_schema_suggest_type(&c->m->schema, ref->str, is_event, &sg);
    if (*hint)
        fg_diag_error(c->d, ref->pos, "unknown-type", "unknown %s '%s'%s%s", want, ref->str, hint,
                      fg_strbuf_cstr(&uses));
    else
        fg_diag_error(c->d, ref->pos, "unknown-type", "unknown %s '%s': declare it in facts/schema.yaml%s", want,
                      ref->str, fg_strbuf_cstr(&uses));
    fg_strbuf_release(&uses);
    return NULL;
}

static void check_event_dates(ctx *c, fg_item *it)
{
    fg_date a, b;
    if (it->date && (it->start || it->end)) {
        fg_diag_error(c->d, it->date->pos, "wrong-kind", "event '%s' has both 'date' and 'start'/'end': give one",
                      fg_str(it->id));
        return;
    }
    if (it->date) {
        it->has_when = check_date(c, it->date, &it->when);
        return;
    }
    if (!it->start || !it->end) {
        fg_diag_error(c->d, it->at, "missing-field", "event '%s' needs 'date', or 'start' and 'end'",
                      it->id ? it->id->str : "?");
        return;
    }
    bool ok_a = check_date(c, it->start, &a), ok_b = check_date(c, it->end, &b);
    if (!ok_a || !ok_b)
        return;
    if (b.last < a.first) {
        fg_diag_error(c->d, it->end->pos, "date-order", "event '%s' ends (%s) before it starts (%s)",
                      fg_str(it->id), it->end->str, it->start->str);
        return;
    }
    it->when.first = a.first;
    it->when.last = b.last;
    it->when.precision = a.precision < b.precision ? a.precision : b.precision;
    it->has_when = true;
}

static void check_labels(ctx *c, const fg_map *labels)
{
    for (size_t i = 0; labels && i < labels->n; i++) {
        const char *k = labels->pairs[i].key.str;
        size_t n = strlen(k);
        bool ok = n >= 2 && n <= 8;
        for (size_t j = 0; ok && j < n; j++)
            ok = isalpha((unsigned char)k[j]) || (k[j] == '-' && j > 0);
        if (!ok)
            fg_diag_error(c->d, labels->pairs[i].key.pos, "bad-language",
                          "label key '%s' must be a language code such as zh or zh-Hant", k);
    }
}

static void check_items(ctx *c)
{
    fg_symtab unknown = FG_SYMTAB_INIT;
    count_unknown_types(c, &unknown);
    for (size_t i = 0; i < c->m->nitems; i++) {
        fg_item *it = &c->m->items[i];
        it->type_def = resolve_type(c, it->type, it->is_event, &unknown);
        check_url(c, it->url);
        check_labels(c, it->labels);
        if (!it->is_event)
            continue;
        check_event_dates(c, it);
        int loc = resolve_item(c, it->location, 0, "location");
        if (loc >= 0)
            c->m->items[loc].degree++;
    }
    fg_symtab_release(&unknown);
}

/* ---- relations ---- */

static void check_ends(ctx *c, fg_relation *r)
{
    r->subj = resolve_item(c, r->subject, -1, "subject");
    r->obj = resolve_item(c, r->object, -1, "object");
    if (r->predicate && c->m->schema.loaded) {
        r->pred = fg_schema_predicate(&c->m->schema, r->predicate->str);
        if (!r->pred) {
            fg_suggest sg;
            fg_diag_error(c->d, r->predicate->pos, "unknown-predicate", "unknown predicate '%s'%s", r->predicate->str,
                          fg_schema_suggest_predicate(&c->m->schema, r->predicate->str, &sg));
        }
    }
    if (r->subj >= 0)
        c->m->items[r->subj].degree++;
    if (r->obj >= 0)
        c->m->items[r->obj].degree++;
}

static void put_type_list(fg_strbuf *sb, const fg_list *list)
{
    for (size_t i = 0; list && i < list->n; i++)
        fg_strbuf_printf(sb, "%s%s", i ? ", " : "", list->items[i].str);
}

/* "a" or "an" before word, by its first letter: type names are English
 * nouns in kebab-case ("an organisation", "a country"). */
static const char *article(const char *word)
{
    return strchr("aeiou", word[0]) && word[0] ? "an" : "a";
}

/* taker: what asks for the type (a predicate's name, or 'speaker'). */
static void check_domain(ctx *c, const char *taker, int end, const fg_list *allowed, const fg_text *ref,
                         const char *rule, const char *role)
{
    if (end < 0)
        return;
    const fg_item *it = &c->m->items[end];
    if (!it->type_def || fg_type_allowed(allowed, it->type_def))
        return;
    fg_strbuf sb = FG_STRBUF_INIT;
    put_type_list(&sb, allowed);
    fg_diag_error(c->d, ref->pos, rule, "'%s' takes %s of type %s; '%s' is %s %s", taker, role,
                  fg_strbuf_cstr(&sb), it->id->str, article(it->type_def->name->str), it->type_def->name->str);
    fg_strbuf_release(&sb);
}

static void check_relation_date(ctx *c, fg_relation *r)
{
    if (!r->date)
        return;
    r->has_when = check_date(c, r->date, &r->when);
    if (!r->has_when)
        return;
    int ends[2] = {r->subj, r->obj};
    for (int k = 0; k < 2; k++) {
        if (ends[k] < 0)
            continue;
        const fg_item *ev = &c->m->items[ends[k]];
        if (ev->is_event && ev->has_when && !fg_date_overlaps(r->when, ev->when)) {
            fg_diag_error(c->d, r->date->pos, "date-outside-event",
                          "relation dated %s, outside the dates of event '%s'", r->date->str, ev->id->str);
            fg_diag_note(c->d, (ev->date ? ev->date : ev->start)->pos, "'%s' takes place %s%s%s", ev->id->str,
                         ev->date ? ev->date->str : ev->start->str, ev->date ? "" : " to ",
                         ev->date ? "" : ev->end->str);
        }
    }
}

static bool decimal_ok(const char *s)
{
    bool digit = false, dot = false;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s))
            digit = true;
        else if (*s == '.' && !dot && digit)
            dot = true;
        else
            return false;
    }
    return digit && s[-1] != '.';
}

static void check_amount(ctx *c, const fg_amount *a)
{
    static const char *const scales[] = {"unit", "thousand", "million", "billion", "trillion", NULL};
    if (a->value && !decimal_ok(a->value->str))
        fg_diag_error(c->d, a->value->pos, "bad-amount", "amount value '%s' must be a decimal number such as 109 "
                                                         "or 1.5", a->value->str);
    if (a->scale) {
        size_t i = 0;
        while (scales[i] && strcmp(scales[i], a->scale->str) != 0)
            i++;
        if (!scales[i])
            fg_diag_error(c->d, a->scale->pos, "bad-amount",
                          "amount scale '%s' must be unit, thousand, million, billion or trillion", a->scale->str);
    }
    if (a->currency && !fg_currency_is_valid(a->currency->str))
        fg_diag_error(c->d, a->currency->pos, "bad-currency", "'%s' is not an ISO 4217 currency code (e.g. EUR, "
                                                              "USD, CNY)", a->currency->str);
}

static void check_required(ctx *c, const fg_relation *r)
{
    const fg_list *req = r->pred ? r->pred->requires : NULL;
    for (size_t i = 0; req && i < req->n; i++) {
        const char *f = req->items[i].str;
        bool have = (strcmp(f, "date") == 0 && r->date) || (strcmp(f, "role") == 0 && r->role) ||
                    (strcmp(f, "amount") == 0 && r->amount) || (strcmp(f, "note") == 0 && r->note);
        if (!have)
            fg_diag_error(c->d, r->predicate->pos, "predicate-requires", "predicate '%s' requires '%s'",
                          r->pred->name->str, f);
    }
}

static void check_citations(ctx *c, fg_relation *r)
{
    for (size_t i = 0; i < r->ncites; i++) {
        fg_cite *ct = &r->cites[i];
        const fg_id_entry *e = fg_model_lookup(c->m, ct->source->str);
        if ((!e && c->m->incomplete) || fg_id_check_length(c->d, ct->source->str, ct->source->len, ct->source->pos, "source"))
            continue;
        if (!e || e->kind != FG_ID_SOURCE) {
            fg_suggest sg;
            fg_diag_error(c->d, ct->source->pos, "unknown-ref", "unknown source '%s'%s", ct->source->str,
                          fg_diags_full(c->d) ? "" : fg_model_suggest_source(c->m, ct->source->str, &sg));
            continue;
        }
        fg_source *src = &c->m->sources[e->index];
        ct->source_idx = (int)e->index;
        src->ncited++;
        if (src->doc < 0)
            continue; /* the missing file is reported at the source */
        if (!fg_quote_locate(&c->m->quotes, src->doc, ct->quote->str, &ct->start, &ct->end))
            fg_quote_help_report(c->m, c->d, src, ct);
    }
}

/* A speaker is an entity, like a subject, of a type the schema's
 * speaker_types list (any entity when it has none). */
static void check_speakers(ctx *c, fg_relation *r)
{
    for (size_t i = 0; i < r->ncites; i++) {
        fg_cite *ct = &r->cites[i];
        size_t j = 0;
        while (j < i && r->cites[j].speaker != ct->speaker)
            j++;
        if (j < i) { /* the relation's own speaker, checked once */
            ct->speaker_idx = r->cites[j].speaker_idx;
            continue;
        }
        ct->speaker_idx = resolve_item(c, ct->speaker, 0, "speaker");
        if (ct->speaker_idx < 0)
            continue;
        c->m->items[ct->speaker_idx].degree++;
        if (c->m->schema.speaker_types && !c->m->schema.speaker_types_unknown)
            check_domain(c, "speaker", ct->speaker_idx, c->m->schema.speaker_types, ct->speaker,
                         "predicate-domain", "an entity");
    }
}

static void check_relations(ctx *c)
{
    for (size_t i = 0; i < c->m->nrels; i++) {
        fg_relation *r = &c->m->rels[i];
        check_ends(c, r);
        if (r->pred && !r->pred->subject_unknown)
            check_domain(c, r->pred->name->str, r->subj, r->pred->subject, r->subject, "predicate-domain",
                         "a subject");
        if (r->pred && !r->pred->object_unknown)
            check_domain(c, r->pred->name->str, r->obj, r->pred->object, r->object, "predicate-range",
                         "an object");
        check_relation_date(c, r);
        if (r->amount)
            check_amount(c, r->amount);
        check_required(c, r);
        check_citations(c, r);
        check_speakers(c, r);
    }
}

/* ---- duplicates and contradictions ---- */

/* Relations are found again by their ends, predicate and date through an
 * open-addressing table of relation indexes: no key strings are built.
 * Two keys: the whole relation (with a symmetric predicate's ends in a
 * canonical order) for duplicates, and the unordered pair of its ends for
 * contradictions. */
typedef enum { KEY_RELATION, KEY_PAIR } key_kind;

typedef struct rel_table {
    const fg_model *m;
    key_kind kind;
    size_t *slots; /* relation index + 1, or 0 */
    size_t cap;
} rel_table;

static void rel_ends(const fg_relation *r, key_kind kind, int *a, int *b)
{
    *a = r->subj;
    *b = r->obj;
    if ((kind == KEY_PAIR || r->pred->symmetric) && *b < *a) {
        *a = r->obj;
        *b = r->subj;
    }
}

static uint64_t rel_hash(const rel_table *t, const fg_relation *r)
{
    int a, b;
    rel_ends(r, t->kind, &a, &b);
    uint64_t h = ((uint64_t)(uint32_t)a << 32 | (uint32_t)b) * 0x9E3779B97F4A7C15ULL;
    if (t->kind == KEY_RELATION) {
        h ^= (uint64_t)(r->pred - t->m->schema.preds) * 0xC2B2AE3D27D4EB4FULL;
        if (r->date)
            h ^= fg_hash_bytes(r->date->str, r->date->len);
    }
    return h ^ (h >> 29);
}

static bool rel_equal(const rel_table *t, const fg_relation *x, const fg_relation *y)
{
    int xa, xb, ya, yb;
    rel_ends(x, t->kind, &xa, &xb);
    rel_ends(y, t->kind, &ya, &yb);
    if (xa != ya || xb != yb)
        return false;
    if (t->kind == KEY_PAIR)
        return true;
    return x->pred == y->pred && strcmp(x->date ? x->date->str : "", y->date ? y->date->str : "") == 0;
}

static void rel_table_init(rel_table *t, const fg_model *m, key_kind kind)
{
    t->m = m;
    t->kind = kind;
    t->cap = 64;
    while (t->cap < 2 * m->nrels + 2)
        t->cap *= 2;
    t->slots = fg_xcalloc(t->cap, sizeof *t->slots);
}

/* Put relation i under its key. Returns the index of the relation that was
 * there (it is replaced when replace is set), or SIZE_MAX. */
static size_t rel_table_put(rel_table *t, size_t i, bool replace)
{
    const fg_relation *r = &t->m->rels[i];
    size_t mask = t->cap - 1;
    for (size_t s = (size_t)rel_hash(t, r) & mask;; s = (s + 1) & mask) {
        if (!t->slots[s]) {
            t->slots[s] = i + 1;
            return SIZE_MAX;
        }
        size_t j = t->slots[s] - 1;
        if (rel_equal(t, r, &t->m->rels[j])) {
            if (replace)
                t->slots[s] = i + 1;
            return j;
        }
    }
}

static bool resolved(const fg_relation *r)
{
    return r->subj >= 0 && r->obj >= 0 && r->pred;
}

static void check_duplicates(ctx *c)
{
    rel_table seen;
    rel_table_init(&seen, c->m, KEY_RELATION);
    for (size_t i = 0; i < c->m->nrels; i++) {
        const fg_relation *r = &c->m->rels[i];
        if (!resolved(r))
            continue;
        size_t j = rel_table_put(&seen, i, false);
        if (j == SIZE_MAX)
            continue;
        const fg_relation *prev = &c->m->rels[j];
        fg_diag_error(c->d, r->at, "duplicate-relation", "duplicate relation '%s %s %s'%s", r->subject->str,
                      r->pred->name->str, r->object->str,
                      strcmp(prev->subject->str, r->subject->str) ? " (the same symmetric relation reversed)" : "");
        fg_diag_note(c->d, prev->at, "first stated here");
    }
    free(seen.slots);
}

/* Whether r and o, between the same two items, can contradict each other:
 * in the same direction, or in opposite directions when one of them is
 * symmetric ("china rivals france" also says "france rivals china"). */
static bool face_each_other(const fg_relation *r, const fg_relation *o)
{
    return r->subj == o->subj || r->pred->symmetric || o->pred->symmetric;
}

/* Relations between the same two items are chained so that each one is
 * compared only with those of its own pair. */
static void check_contradictions(ctx *c)
{
    rel_table heads;
    rel_table_init(&heads, c->m, KEY_PAIR);
    size_t *next = fg_xmalloc((c->m->nrels + 1) * sizeof *next);
    for (size_t i = 0; i < c->m->nrels; i++) {
        fg_relation *r = &c->m->rels[i];
        next[i] = SIZE_MAX;
        if (!resolved(r))
            continue;
        next[i] = rel_table_put(&heads, i, true);
        for (size_t j = next[i]; j != SIZE_MAX; j = next[j]) {
            const fg_relation *o = &c->m->rels[j];
            bool apart = r->has_when && o->has_when && !fg_date_overlaps(r->when, o->when);
            if (apart || !face_each_other(r, o) || !fg_predicates_contradict(r->pred, o->pred))
                continue;
            fg_diag_error(c->d, r->predicate->pos, "contradiction", "'%s %s %s' contradicts '%s %s %s'",
                          r->subject->str, r->pred->name->str, r->object->str, o->subject->str, o->pred->name->str,
                          o->object->str);
            fg_diag_note(c->d, o->predicate->pos, "'%s %s %s' stated here", o->subject->str, o->pred->name->str,
                         o->object->str);
            break;
        }
    }
    free(next);
    free(heads.slots);
}

/* ---- what nothing uses ---- */

/* Whether item i is the definition its id resolves to (not a duplicate). */
static bool is_registered(ctx *c, size_t i)
{
    const fg_id_entry *e = fg_model_lookup(c->m, c->m->items[i].id->str);
    return e && e->kind == FG_ID_ITEM && e->index == i;
}

static void check_unused(ctx *c)
{
    if (c->m->incomplete)
        return; /* the unparsed file may use them */
    for (size_t i = 0; i < c->m->nitems; i++) {
        const fg_item *it = &c->m->items[i];
        if (it->id && it->degree == 0 && is_registered(c, i))
            fg_diag_warning(c->d, it->id->pos, it->is_event ? "unused-event" : "unused-entity",
                            "%s '%s' takes part in no relation", it->is_event ? "event" : "entity", it->id->str);
    }
    for (size_t i = 0; i < c->m->nsources; i++) {
        const fg_source *s = &c->m->sources[i];
        const fg_id_entry *e = s->id ? fg_model_lookup(c->m, s->id->str) : NULL;
        if (e && e->kind == FG_ID_SOURCE && e->index == i && s->ncited == 0)
            fg_diag_warning(c->d, s->id->pos, "unused-source", "source '%s' is never cited", s->id->str);
    }
}

void fg_validate(fg_model *m, fg_diags *diags)
{
    ctx c = {m, diags};
    register_ids(&c);
    check_sources(&c);
    check_items(&c);
    check_relations(&c);
    check_duplicates(&c);
    check_contradictions(&c);
    check_unused(&c);
}
