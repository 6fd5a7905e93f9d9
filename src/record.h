/* Reading a YAML mapping as a record with a fixed set of fields: the one
 * place that reports unknown fields, wrong kinds of value and missing
 * required fields, for schema, facts and views alike. */
#ifndef FG_RECORD_H
#define FG_RECORD_H
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "yaml_load.h"

typedef enum {
    FG_FIELD_STRING,  /* a scalar */
    FG_FIELD_STRINGS, /* a list of scalars */
    FG_FIELD_STRMAP,  /* a mapping of scalars to scalars */
    FG_FIELD_LIST,    /* a list of anything */
    FG_FIELD_MAP,     /* a mapping of anything */
} fg_field_kind;

typedef struct fg_field_spec {
    const char *name;
    fg_field_kind kind;
    bool required;
} fg_field_spec;

/* Check `node` against spec[0..n): out[i] receives the value of spec[i], or
 * NULL when absent, null, of the wrong kind or invalid. `what` names the
 * record in messages ("entity"). Returns false when node is not a mapping
 * (reported). */
bool fg_record_read(const fg_ynode *node, const char *what, const fg_field_spec *spec, size_t n,
                    const fg_ynode **out, fg_diags *diags);
/* Report node unless it has the expected kind; returns whether it has. */
bool fg_expect_kind(const fg_ynode *node, fg_field_kind kind, const char *what, fg_diags *diags);

#endif
