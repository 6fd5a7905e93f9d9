/* The fact base: sources, entities, events and relations, each holding its
 * own values (texts with their position, in the model's arena; the fact
 * files' trees are freed once read). The fields of each kind of record are
 * the tables below (model_fields.c), which drive loading and export. The
 * model owns the files, the values and every index built on them;
 * fg_model_release frees it all. */
#ifndef FG_MODEL_H
#define FG_MODEL_H
#include <stdbool.h>

#include "arena.h"
#include "date.h"
#include "field.h"
#include "files.h"
#include "quote.h"
#include "schema.h"
#include "symtab.h"
#include "value.h"

typedef struct fg_source {
    fg_pos at; /* where the record starts */
    /* date is NULL when the document gives none (note says how far it is known) */
    const fg_text *id, *file, *title, *publisher, *date, *url, *language, *note;
    size_t ncited;
    int doc; /* index of the seed document in the quote index, -1 if unreadable */
    fg_date when; /* publication date, when valid */
    bool has_when;
} fg_source;

/* An entity or an event: they share one id space and both may stand at
 * either end of a relation. */
typedef struct fg_item {
    bool is_event;
    fg_pos at;
    const fg_text *id, *type, *name, *description, *url, *note;
    const fg_list *aliases;
    const fg_map *labels;
    const fg_text *date, *start, *end, *location; /* events only */
    const fg_type *type_def; /* resolved by validation, or NULL */
    fg_date when;            /* events with valid dates: the days they cover */
    bool has_when;
    size_t degree;           /* relations that name it */
} fg_item;

/* speaker: whose words the quote is, when not the relation's subject (an
 * evidence entry's own, else the relation's). */
typedef struct fg_cite {
    const fg_text *source, *quote, *speaker; /* a relation's speaker is shared by its cites */
    int source_idx;        /* resolved by validation, or -1 */
    int speaker_idx;       /* item index, resolved by validation, or -1 */
    /* Where the quote stands in its seed: a range of characters (code
     * points, from 0; end exclusive) of the original text, or -1 while not
     * known (validation sets it where the quote was found). */
    int64_t start, end;
} fg_cite;

typedef struct fg_amount {
    fg_pos at;
    const fg_text *value, *scale, *currency;
} fg_amount;

/* A base holds hundreds of thousands of these: keep them small. */
typedef struct fg_relation {
    fg_pos at;
    uint32_t ncites;
    const fg_text *subject, *predicate, *object, *date, *role, *note;
    const fg_amount *amount;  /* NULL when not given; in the model's arena */
    fg_cite *cites;           /* in the model's arena */
    const fg_predicate *pred; /* resolved by validation, or NULL */
    int subj, obj;            /* item indexes, or -1 */
    fg_date when;
    bool has_when;
} fg_relation;

typedef enum { FG_ID_SOURCE, FG_ID_ITEM } fg_id_kind;

typedef struct fg_id_entry {
    fg_id_kind kind;
    size_t index;
} fg_id_entry;

typedef struct fg_model {
    fg_files files;
    fg_arena arena;
    fg_schema schema;
    fg_source *sources;
    size_t nsources, sources_cap;
    fg_item *items;
    size_t nitems, items_cap;
    fg_relation *rels;
    size_t nrels, rels_cap;
    fg_symtab ids; /* id -> fg_id_entry*, filled by validation */
    fg_quote_index quotes; /* the seed documents that sources name */
    size_t nfact_files;
    bool seeds_refused; /* seeds/ leads out of the project (reported): no seed is read */
    bool incomplete; /* a fact file could not be parsed: an id it may define
                      * is not reported unknown elsewhere */
    size_t quote_searches;           /* closest-passage searches made (quote_help.c) */
    size_t quote_others;             /* quotes looked up in other sources' documents (quote_help.c) */
} fg_model;

void fg_model_init(fg_model *m);
void fg_model_release(fg_model *m);
fg_source *fg_model_add_source(fg_model *m);
fg_item *fg_model_add_item(fg_model *m);
fg_relation *fg_model_add_relation(fg_model *m);
/* The entry for an id, or NULL. */
const fg_id_entry *fg_model_lookup(const fg_model *m, const char *id);
/* Suggestions for word among the ids of entities and events (want_event:
 * 0 entities, 1 events, -1 both) or of sources: sg is filled and its phrase
 * returned. */
const char *fg_model_suggest_item(const fg_model *m, const char *word, int want_event, fg_suggest *sg);
const char *fg_model_suggest_source(const fg_model *m, const char *word, fg_suggest *sg);
/* Whether a quote of r has a resolved speaker. */
bool fg_relation_has_speaker(const fg_relation *r);

/* The fields of each kind of record. */
extern const fg_record_kind fg_source_record, fg_entity_record, fg_event_record, fg_relation_record,
    fg_evidence_record, fg_amount_record;

#endif
