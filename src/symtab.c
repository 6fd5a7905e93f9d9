#include "symtab.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

uint64_t fg_hash_update(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* FNV-1a is fast and good enough for identifiers. */
uint64_t fg_hash_bytes(const void *data, size_t len)
{
    return fg_hash_update(FG_HASH_INIT, data, len);
}

static fg_symtab_slot *find_slot(const fg_symtab *t, const char *key, uint64_t hash)
{
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        if (t->stats)
            t->stats->probes++;
        fg_symtab_slot *s = &t->slots[i];
        if (!s->key || (s->hash == hash && strcmp(s->key, key) == 0))
            return s;
    }
}

/* Rehash into a table of cap slots (a power of two, above the count). */
static void rehash(fg_symtab *t, size_t cap)
{
    fg_symtab old = *t;
    t->cap = cap;
    t->slots = fg_xcalloc(t->cap, sizeof *t->slots);
    for (size_t i = 0; i < old.cap; i++) {
        if (old.slots[i].key)
            *find_slot(t, old.slots[i].key, old.slots[i].hash) = old.slots[i];
    }
    free(old.slots);
}

static void grow(fg_symtab *t)
{
    rehash(t, t->cap ? t->cap * 2 : 64);
}

void fg_symtab_reserve(fg_symtab *t, size_t n)
{
    size_t cap = t->cap ? t->cap : 64;
    while (cap < 2 * n)
        cap *= 2;
    if (cap > t->cap)
        rehash(t, cap);
}

void *fg_symtab_get(const fg_symtab *t, const char *key)
{
    if (!t->cap)
        return NULL;
    fg_symtab_slot *s = find_slot(t, key, fg_hash_bytes(key, strlen(key)));
    return s->key ? s->value : NULL;
}

void *fg_symtab_put(fg_symtab *t, const char *key, void *value)
{
    /* Keep the load factor under 1/2 so probe runs stay short. */
    if ((t->count + 1) * 2 > t->cap)
        grow(t);
    uint64_t hash = fg_hash_bytes(key, strlen(key));
    fg_symtab_slot *s = find_slot(t, key, hash);
    if (s->key)
        return s->value;
    s->key = key;
    s->hash = hash;
    s->value = value;
    t->count++;
    return NULL;
}

void *fg_symtab_set(fg_symtab *t, const char *key, void *value)
{
    void *old = fg_symtab_put(t, key, value);
    if (old)
        find_slot(t, key, fg_hash_bytes(key, strlen(key)))->value = value;
    return old;
}

void fg_symtab_release(fg_symtab *t)
{
    free(t->slots);
    memset(t, 0, sizeof *t);
}
