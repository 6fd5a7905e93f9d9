#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct fg_arena_chunk {
    fg_arena_chunk *next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char data[];
};

enum { CHUNK_SIZE = 64 * 1024 };

void *fg_arena_alloc(fg_arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    fg_arena_chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        /* Large requests get a chunk of their own so that small ones keep
         * filling the current chunk. */
        size_t cap = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
        fg_arena_chunk *n = fg_xmalloc(sizeof *n + cap);
        n->used = 0;
        n->size = cap;
        if (c && cap != CHUNK_SIZE) {
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            a->head = n;
        }
        c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    a->total += size;
    memset(p, 0, size);
    return p;
}

char *fg_arena_strndup(fg_arena *a, const char *s, size_t n)
{
    char *p = fg_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void fg_arena_release(fg_arena *a)
{
    fg_arena_chunk *c = a->head;
    while (c) {
        fg_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}
