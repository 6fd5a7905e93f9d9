/* The vocabulary from facts/schema.yaml: entity and event types, predicates
 * with their domain and range, contradictions, required fields and styles. */
#ifndef FG_SCHEMA_H
#define FG_SCHEMA_H
#include <stdbool.h>

#include "arena.h"
#include "diag.h"
#include "field.h"
#include "suggest.h"
#include "symtab.h"
#include "value.h"

/* Read from the YAML tree, with the tables of schema.c, into values in the
 * model's arena: the schema's tree is not kept. */
typedef struct fg_type {
    const fg_text *name, *label;
    const fg_map *style;
    bool is_event;
} fg_type;

typedef struct fg_predicate {
    const fg_text *name, *label;
    const fg_list *subject, *object, *contradicts, *requires;
    const fg_map *style;
    bool symmetric;
    /* A type in subject or object is not declared (reported at the schema):
     * relations are not checked against that list, so that one typo is
     * one error, not one per relation. */
    bool subject_unknown, object_unknown;
} fg_predicate;

typedef struct fg_schema {
    fg_type *types;
    size_t ntypes, types_cap;
    fg_predicate *preds;
    size_t npreds, preds_cap;
    fg_symtab type_index; /* name -> fg_type* */
    fg_symtab pred_index; /* name -> fg_predicate* */
    const fg_list *speaker_types; /* the types a quote's speaker may have, or NULL: any entity */
    const fg_text *base_iri;      /* where the RDF exports name things (docs/rdf.md), or NULL */
    bool speaker_types_unknown;   /* it names an undeclared type (reported): speakers are not checked */
    bool loaded;
} fg_schema;

/* Fields a predicate may require of its relations. */
extern const char *const fg_relation_optional_fields[];

struct fg_ynode; /* yaml_load.h: only the loaders see YAML */

/* Read the schema from its YAML root, reporting every problem; its values
 * go into arena. */
void fg_schema_load(fg_schema *s, const struct fg_ynode *root, fg_pos file_pos, fg_arena *arena, fg_diags *diags);
const fg_type *fg_schema_type(fg_schema *s, const char *name);
const fg_predicate *fg_schema_predicate(fg_schema *s, const char *name);
/* Suggestions for word among the types (want_event: 0 entity types, 1 event
 * types, -1 both) or the predicates: sg is filled and its phrase returned. */
const char *fg_schema_suggest_type(const fg_schema *s, const char *word, int want_event, fg_suggest *sg);
const char *fg_schema_suggest_predicate(const fg_schema *s, const char *word, fg_suggest *sg);
/* Whether a thing of `type` may stand where `allowed` (a list of type names,
 * "entity", "event" or "any") is asked for. */
bool fg_type_allowed(const fg_list *allowed, const fg_type *type);
/* Whether a and b contradict each other (declared on either side). */
bool fg_predicates_contradict(const fg_predicate *a, const fg_predicate *b);
/* Whether the style attribute name is passed to Graphviz for nodes or edges. */
bool fg_style_attr_allowed(const char *name, bool edge);
/* The fields of a type (entity or event: the same table) and of a
 * predicate, for comparing schemas (diff.c). */
const fg_record_kind *fg_schema_type_record(void);
const fg_record_kind *fg_schema_predicate_record(void);
void fg_schema_release(fg_schema *s);

#endif
