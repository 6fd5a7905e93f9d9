/* Reading a YAML mapping as a record of a kind (field.h): the one place
 * that reports unknown fields, wrong kinds of value and missing required
 * fields, for schema, facts and views alike, and that turns YAML values
 * into the record's own (value.h). */
#ifndef FG_RECORD_H
#define FG_RECORD_H
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "field.h"
#include "yaml_load.h"

/* Check `node` against kind's fields: out[i] (FG_FIELDS_MAX of them)
 * receives the value of field i, or NULL when absent, null, of the wrong
 * kind or invalid. Returns false when node is not a mapping (reported). */
bool fg_record_read(const fg_ynode *node, const fg_record_kind *kind, const fg_ynode **out, fg_diags *diags);
/* Write into record (zeroed by the caller) node's position and, at each
 * stored field's offset, the value out[i] copied into arena; a mapping of
 * kind field.of is read as one such record (reported in diags). Lists of
 * records are left to the caller. */
void fg_record_store(const fg_record_kind *kind, const fg_ynode *node, const fg_ynode *const *out, void *record,
                     fg_arena *arena, fg_diags *diags);
/* fg_record_read, then fg_record_store when node is a mapping. */
bool fg_record_load(const fg_ynode *node, const fg_record_kind *kind, const fg_ynode **out, void *record,
                    fg_arena *arena, fg_diags *diags);
/* The index of the field name in kind (it must be there). */
size_t fg_record_field(const fg_record_kind *kind, const char *name);
/* A copy into arena of a scalar, a list of scalars or a mapping of scalars
 * to scalars (NULL for NULL); the text is shared, not copied. */
const fg_text *fg_text_of(fg_arena *arena, const fg_ynode *scalar);
const fg_list *fg_list_of(fg_arena *arena, const fg_ynode *seq);
const fg_map *fg_map_of(fg_arena *arena, const fg_ynode *map);
/* Report node unless it has the expected kind; returns whether it has. */
bool fg_expect_kind(const fg_ynode *node, fg_field_kind kind, const char *what, fg_diags *diags);

#endif
