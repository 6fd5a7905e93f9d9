#include "arena.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

struct fg_arena_chunk {
    fg_arena_chunk *next;
    size_t used;
    size_t size;
    unsigned char data[]; /* 8-aligned: after three words of header */
};

enum { CHUNK_SIZE = 64 * 1024, ALIGN = 8 };

/* Room for size bytes at the given alignment (a power of two, at most the
 * chunk's own), not zeroed. */
static void *take(fg_arena *a, size_t size, size_t align)
{
    fg_arena_chunk *c = a->head;
    size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
    if (!c || at > c->size || c->size - at < size) {
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
        at = 0;
    }
    void *p = c->data + at;
    c->used = at + size;
    a->total += size;
    return p;
}

void *fg_arena_alloc(fg_arena *a, size_t size)
{
    /* Every object here holds at most pointers and 64-bit integers. */
    void *p = take(a, size ? size : 1, ALIGN);
    memset(p, 0, size);
    return p;
}

void *fg_arena_alloc_uninit(fg_arena *a, size_t size)
{
    return take(a, size ? size : 1, ALIGN);
}

char *fg_arena_strndup(fg_arena *a, const char *s, size_t n)
{
    char *p = take(a, n + 1, 1); /* text needs no alignment */
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void fg_arena_adopt(fg_arena *dst, fg_arena *src)
{
    if (!src->head)
        return;
    /* src's chunks go behind dst's current chunk, which keeps filling. */
    fg_arena_chunk *tail = src->head;
    while (tail->next)
        tail = tail->next;
    if (dst->head) {
        tail->next = dst->head->next;
        dst->head->next = src->head;
    } else {
        dst->head = src->head;
    }
    dst->total += src->total;
    src->head = NULL;
    src->total = 0;
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
