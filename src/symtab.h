/* A hash table from strings to pointers (open addressing, linear probing).
 * Keys are not copied: they must outlive the table. */
#ifndef FG_SYMTAB_H
#define FG_SYMTAB_H
#include <stddef.h>
#include <stdint.h>

typedef struct fg_symtab_slot {
    const char *key;
    uint64_t hash;
    void *value;
} fg_symtab_slot;

/* What a test of linearity counts: slots visited by every lookup and
 * insert. Only tests set a table's stats; lookups stay const. */
typedef struct fg_symtab_stats {
    size_t probes;
} fg_symtab_stats;

typedef struct fg_symtab {
    fg_symtab_slot *slots;
    size_t cap;   /* a power of two, or 0 */
    size_t count;
    fg_symtab_stats *stats; /* NULL but in tests */
} fg_symtab;

#define FG_SYMTAB_INIT {NULL, 0, 0, NULL}

#define FG_HASH_INIT 1469598103934665603ULL
/* FNV-1a, 64 bits: fold data into h (start from FG_HASH_INIT). */
uint64_t fg_hash_update(uint64_t h, const void *data, size_t len);
uint64_t fg_hash_bytes(const void *data, size_t len);
/* The value stored under key, or NULL. */
void *fg_symtab_get(const fg_symtab *t, const char *key);
/* Store value under key unless the key is present. Returns the value that
 * was already there (and stores nothing), or NULL when it was inserted. */
void *fg_symtab_put(fg_symtab *t, const char *key, void *value);
/* Store value under key, replacing any value there. Returns the old value
 * or NULL. */
void *fg_symtab_set(fg_symtab *t, const char *key, void *value);
/* Make room for n keys in all, so that filling the table never rehashes. */
void fg_symtab_reserve(fg_symtab *t, size_t n);
void fg_symtab_release(fg_symtab *t);

#endif
