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
 * the quote.
 *
 * Offsets: a found quote is placed in the original text of its seed, in
 * code points (an invalid byte counts as one). The normalised text keeps
 * no offset per byte; it keeps a mark every MARK_STEP bytes (and after each
 * long run of white space): where that normalised byte came from in the
 * original, in bytes and code points. A position is mapped back by walking
 * the original forward from the mark before it, a few dozen bytes. */
#ifndef FG_QUOTE_H
#define FG_QUOTE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"
#include "symtab.h"

#define FG_QUOTE_INDEX_MIN ((size_t)16 << 10)

/* The normalised byte at norm was written for the character at orig (a
 * byte offset) of the original text, its code point number cp. */
typedef struct fg_quote_mark {
    uint32_t norm, orig, cp;
} fg_quote_mark;

typedef struct fg_quote_doc {
    char *path;
    char *norm; /* the normalised text */
    size_t len;
    char *orig; /* the original text, as read */
    size_t orig_len, orig_cps;
    fg_quote_mark *marks; /* in text order; none when the text is past 4 GiB */
    size_t nmarks, marks_cap;
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
/* Add a document (text is only read: a copy is kept). Returns its index. */
int fg_quote_index_add(fg_quote_index *q, const char *path, const char *text, size_t len);
/* The same, keeping text itself (malloc'd, len bytes and a NUL after them),
 * which the index frees. */
int fg_quote_index_adopt(fg_quote_index *q, const char *path, char *text, size_t len);
/* Whether quote occurs in document doc once both are normalised; an empty
 * quote is never found. */
bool fg_quote_found(fg_quote_index *q, int doc, const char *quote);
/* The same, and where its first occurrence stands in the original text:
 * code points [*start, *end), or -1 and -1 when it is not found or the
 * text is too large to keep marks. */
bool fg_quote_locate(fg_quote_index *q, int doc, const char *quote, int64_t *start, int64_t *end);
/* The original text of doc around code points [start, end): up to nchars
 * code points before it into prefix, the range into exact, up to nchars
 * after it into suffix (each appended to). False, and nothing appended,
 * when the range is not in the text. */
bool fg_quote_context(const fg_quote_index *q, int doc, int64_t start, int64_t end, size_t nchars, fg_strbuf *prefix,
                      fg_strbuf *exact, fg_strbuf *suffix);
void fg_quote_index_release(fg_quote_index *q);

#endif
