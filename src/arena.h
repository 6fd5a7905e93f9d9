/* A bump allocator: many small allocations, one free. Used for the YAML
 * trees and everything the model derives from them. */
#ifndef FG_ARENA_H
#define FG_ARENA_H
#include <stddef.h>

typedef struct fg_arena_chunk fg_arena_chunk;
typedef struct fg_arena {
    fg_arena_chunk *head;
    size_t total; /* bytes handed out, for statistics */
} fg_arena;

#define FG_ARENA_INIT {NULL, 0}

/* Zero-filled memory aligned for any object; lives until fg_arena_release. */
void *fg_arena_alloc(fg_arena *a, size_t size);
/* The same, not zeroed: for objects the caller fills in whole. */
void *fg_arena_alloc_uninit(fg_arena *a, size_t size);
/* A NUL-terminated copy of n bytes of s. */
char *fg_arena_strndup(fg_arena *a, const char *s, size_t n);
/* Move every allocation of src into dst (src is left empty): what was
 * allocated in a per-file arena then lives as long as dst. */
void fg_arena_adopt(fg_arena *dst, fg_arena *src);
void fg_arena_release(fg_arena *a);

#endif
