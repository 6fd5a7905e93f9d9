/* Verbatim quote lookup in seed documents. Both the document and the quote
 * are normalised the same way: runs of white space become one space,
 * typographic single and double quotes become ' and ", and dashes become
 * '-'. Nothing else is forgiven. Each document is normalised once. */
#ifndef FG_QUOTE_H
#define FG_QUOTE_H
#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"
#include "symtab.h"

typedef struct fg_quote_doc {
    char *path;
    char *norm; /* the normalised text */
    int index;
} fg_quote_doc;

typedef struct fg_quote_index {
    fg_quote_doc **docs;
    size_t n, cap;
    fg_symtab by_path; /* path -> fg_quote_doc* */
    fg_strbuf scratch; /* the quote being looked up, normalised */
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
