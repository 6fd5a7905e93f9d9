/* Verbatim quote lookup in seed documents. Both the document and the quote
 * are normalised the same way: runs of white space become one space,
 * typographic single and double quotes become ' and ", and dashes become
 * '-'. Nothing else is forgiven. Each document is normalised once.
 *
 * A document longer than FG_QUOTE_INDEX_MIN is indexed on its first lookup:
 * the words of its normalised text by their first 16 bytes, so a quote that
 * starts at a word is found in time of its own length, not the document's.
 * Any other quote (one that starts inside a word, or is shorter than 16
 * bytes, or is not there), and every quote in a shorter document, is
 * searched for in the whole text: a pass over a few KB in cache is as fast
 * as the index, and needs no memory. A lookup in the index costs
 * the bytes that match for each word that shares its first 16 bytes: a few
 * in real text, however long the document. In a text that repeats itself
 * (one word over and over) the index gives up once it has compared as
 * many bytes as the text holds, so any lookup is linear in the text plus
 * the quote. */
#ifndef FG_QUOTE_H
#define FG_QUOTE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"
#include "symtab.h"

#define FG_QUOTE_INDEX_MIN ((size_t)16 << 10)

typedef struct fg_quote_doc {
    char *path;
    char *norm; /* the normalised text */
    size_t len;
    int index;
    /* The word index, built on the first lookup: nwords word starts, each
     * in a chain from heads[hash of its first 8 bytes]; entries are word
     * numbers + 1, 0 ends a chain. */
    uint32_t *heads, *next, *starts;
    size_t nheads, nwords;
    bool indexed;
} fg_quote_doc;

typedef struct fg_quote_index {
    fg_quote_doc **docs;
    size_t n, cap;
    fg_symtab by_path; /* path -> fg_quote_doc* */
    fg_strbuf scratch; /* the quote being looked up, normalised */
    size_t scans;      /* lookups that searched a whole text, for tests */
    size_t compared;   /* bytes the word index compared, for tests */
} fg_quote_index;

/* Append the normalised form of s[0..len) to out. */
void fg_quote_normalize(const char *s, size_t len, fg_strbuf *out);
/* The index of the document at path, or -1 when it is not loaded yet. */
int fg_quote_index_find(fg_quote_index *q, const char *path);
/* Add a document (text is only read). Returns its index. */
int fg_quote_index_add(fg_quote_index *q, const char *path, const char *text, size_t len);
/* Whether quote occurs in document doc once both are normalised; an empty
 * quote is never found. */
bool fg_quote_found(fg_quote_index *q, int doc, const char *quote);
void fg_quote_index_release(fg_quote_index *q);

#endif
