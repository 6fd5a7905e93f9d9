/* Comparing two versions of a project: the records added, removed and
 * changed, matched by their keys (an id; for a relation its subject,
 * predicate, object and date; for a type or predicate of the schema its
 * name), and the views whose DOT changes. diff.c
 * computes the changes, diff_format.c writes them. */
#ifndef FG_DIFF_H
#define FG_DIFF_H
#include <stdbool.h>

#include "factgraph.h"
#include "field.h"
#include "strbuf.h"

typedef enum { FG_CHANGE_REMOVED, FG_CHANGE_ADDED, FG_CHANGE_CHANGED } fg_change_kind;

/* In the order changes are listed. */
typedef enum {
    FG_DIFF_KIND_TYPE, /* of facts/schema.yaml: entity and event types */
    FG_DIFF_KIND_PREDICATE,
    FG_DIFF_KIND_SOURCE,
    FG_DIFF_KIND_ENTITY,
    FG_DIFF_KIND_EVENT,
    FG_DIFF_KIND_RELATION,
    FG_DIFF_KIND_VIEW,
    FG_DIFF_KINDS
} fg_diff_kind;

typedef struct fg_change {
    fg_change_kind change;
    fg_diff_kind kind;
    char *key; /* "france", "france hosted paris-summit 2025-02-10" */
    /* The records of each side (NULL on the side that lacks it), of kind
     * record; for a view, its fg_view and no record kind. */
    const fg_record_kind *record;
    const void *before, *after;
    const char *fields[FG_FIELDS_MAX]; /* the fields that differ, names from the tables */
    size_t nfields;
} fg_change;

typedef struct fg_changes {
    fg_change *items; /* sorted by kind, then key */
    size_t n, cap;
} fg_changes;

/* The changes from a to b; views are compared (their DOT rendered) only
 * when both validated. Returns 0, or -1 when a view could not be rendered
 * (in the diagnostics of its project). */
int fg_diff_compute(fg_project *a, fg_project *b, unsigned timeout_s, fg_changes *out);
/* The same without the views: the records only, nothing rendered. */
void fg_diff_compute_records(const fg_project *a, const fg_project *b, fg_changes *out);
void fg_changes_release(fg_changes *c);

/* The singular and plural names of a kind: "entity", "entities". */
const char *fg_diff_kind_name(fg_diff_kind k, bool plural);
/* The pointer rec keeps for field f (a text, list, map or record), or NULL
 * when the field is absent or not stored. */
const void *fg_diff_field_value(const fg_field *f, const void *rec);

void fg_diff_format_human(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out);
void fg_diff_format_json(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out);
void fg_diff_format_markdown(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out);

#endif
