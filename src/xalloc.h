/* Allocation wrappers that abort with one message when memory runs out,
 * so that error paths elsewhere deal only with user errors. */
#ifndef FG_XALLOC_H
#define FG_XALLOC_H
#include <stddef.h>

void *fg_xmalloc(size_t size);
void *fg_xcalloc(size_t count, size_t size);
void *fg_xrealloc(void *ptr, size_t size);
/* Grow an array of *cap elements of elem_size so that it holds at least need. */
void *fg_xgrow(void *ptr, size_t *cap, size_t need, size_t elem_size);
char *fg_xstrdup(const char *s);
char *fg_xstrndup(const char *s, size_t n);

#endif
