/* The values a record holds once read: texts with their position, lists of
 * texts and mappings of texts to texts. They live in the model's arena,
 * and so does their text; nothing here knows YAML. */
#ifndef FG_VALUE_H
#define FG_VALUE_H
#include <stdbool.h>
#include <stdint.h>

#include "files.h"

/* 24 bytes: a relation holds a handful, and a base hundreds of thousands
 * of relations. */
typedef struct fg_text {
    const char *str; /* NUL-terminated, never holds a NUL */
    uint32_t len;    /* bytes in str */
    fg_pos pos;
} fg_text;

typedef struct fg_list {
    const fg_text *items;
    uint32_t n;
    fg_pos pos; /* of the list itself */
} fg_list;

typedef struct fg_pair {
    fg_text key, value;
} fg_pair;

typedef struct fg_map {
    const fg_pair *pairs; /* in the order written */
    uint32_t n;
    fg_pos pos;
} fg_map;

/* The text of an optional value, or NULL. */
const char *fg_str(const fg_text *text);
/* Whether list (NULL: none) holds s. */
bool fg_list_has(const fg_list *list, const char *s);
/* The value of key in map (NULL: none), or NULL. */
const fg_text *fg_map_get(const fg_map *map, const char *key);

#endif
