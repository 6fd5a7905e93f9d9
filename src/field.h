/* The fields of a kind of record, as a table: name, kind of value, whether
 * it is required and where the record keeps it. One table drives the
 * reading of a record (record.c: unknown, missing and wrong-kind fields)
 * and every export of it, as git's struct option arrays drive
 * parse_options: a new field is one line. */
#ifndef FG_FIELD_H
#define FG_FIELD_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef enum {
    FG_FIELD_STRING,  /* a scalar, kept as const fg_text * */
    FG_FIELD_STRINGS, /* a list of scalars, kept as const fg_list * */
    FG_FIELD_STRMAP,  /* a mapping of scalars to scalars, kept as const fg_map * */
    FG_FIELD_LIST,    /* a list of anything; with `of`, of records */
    FG_FIELD_MAP,     /* a mapping of anything; with `of`, one record */
} fg_field_kind;

/* The offset of a field the record kind's own code reads (it has rules of
 * its own), and that exports leave out. */
#define FG_UNSTORED SIZE_MAX

/* More than any record kind has. */
#define FG_FIELDS_MAX 32

typedef struct fg_record_kind fg_record_kind;

typedef struct fg_field {
    const char *name;
    fg_field_kind kind;
    bool required;
    size_t offset; /* of the value's pointer in the record, or FG_UNSTORED */
    /* A MAP with `of` is kept as a pointer to one record of that kind; a
     * LIST with `of` as a pointer to an array of them (filled by the
     * record kind's own code) and its uint32_t count at `count`. */
    const fg_record_kind *of;
    size_t count;
} fg_field;

struct fg_record_kind {
    const char *what; /* in messages: "entity" */
    const fg_field *fields;
    size_t n;
    size_t size; /* of one record */
    size_t at;   /* of the record's fg_pos, or FG_UNSTORED */
};

#define FG_RECORD_KIND(what, type, fields, at) \
    {(what), (fields), sizeof(fields) / sizeof((fields)[0]), sizeof(type), (at)}

#endif
