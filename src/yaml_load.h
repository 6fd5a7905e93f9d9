/* YAML -> a small tree of scalars, sequences and mappings, each with its
 * 1-based position. The only module that includes <yaml.h>.
 *
 * It is stricter than libyaml: anchors and aliases, duplicate keys,
 * non-scalar keys, several documents in one file, NUL characters in
 * scalars and nesting deeper than FG_YAML_MAX_DEPTH are errors. Every
 * scalar is kept as a string: YAML 1.1 typing is never applied. */
#ifndef FG_YAML_LOAD_H
#define FG_YAML_LOAD_H
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "files.h"

/* Deep enough for any fact or view file; libyaml itself has no limit and
 * slows down quadratically past about 10,000 levels. */
#define FG_YAML_MAX_DEPTH 64

/* A fact or view file larger than this is refused unread: the repository's
 * largest is 9 KB, and a generated base of 1,000 relations a file is 300 KB. */
#define FG_YAML_MAX_FILE ((size_t)64 << 20)
/* A longer scalar is refused: quotes are sentences, names are short. */
#define FG_YAML_MAX_SCALAR ((size_t)64 << 10)

typedef enum { FG_YAML_SCALAR, FG_YAML_SEQ, FG_YAML_MAP } fg_yaml_kind;

/* 32 bytes: a fact base has a few dozen nodes per relation, so their size
 * is most of factgraph's memory. A scalar uses str and len, a sequence or
 * mapping kids and n; never read the other pair. */
typedef struct fg_ynode fg_ynode;
struct fg_ynode {
    fg_pos pos;
    uint8_t kind;      /* fg_yaml_kind */
    bool invalid;      /* stands in for a rejected alias: say nothing more of it */
    bool plain;        /* scalar written without quotes */
    union {
        uint32_t len;  /* scalar: bytes in str */
        uint32_t n;    /* number of kids (twice the pairs for a mapping) */
    };
    union {
        const char *str; /* scalar text, NUL-terminated, never holds a NUL */
        fg_ynode **kids; /* sequence: items; mapping: key, value, key, value ... */
    };
};

/* Parse one file (already registered as files[index]). Returns the root
 * node, or NULL for an empty file or when parsing failed (the errors are
 * in diags). Nodes and their text live in `arena`. */
fg_ynode *fg_yaml_load(const fg_file *file, uint32_t index, fg_arena *arena, fg_diags *diags);
/* The same with the nodes in `nodes` and the text of every scalar in
 * `texts`: a tree that is dropped once its records are read (record.h),
 * whose values share the text. */
fg_ynode *fg_yaml_load_split(const fg_file *file, uint32_t index, fg_arena *nodes, fg_arena *texts,
                             fg_diags *diags);

/* True for the scalars that mean "no value": empty, ~ and null, unquoted. */
bool fg_ynode_is_null(const fg_ynode *node);
/* The value of key `key` in a mapping, or NULL. */
const fg_ynode *fg_ynode_get(const fg_ynode *map, const char *key);
const char *fg_yaml_kind_name(fg_yaml_kind kind);

#endif
