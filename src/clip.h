/* How much of a text the diagrams and the report show where it is repeated:
 * a node's name stands in the tooltip of every edge that touches it, a
 * source's title under every quote from it. Past these lengths (in
 * characters) a text is cut at a character boundary and ends in "…", so
 * that what is written stays proportional to the facts (docs/limits.md). */
#ifndef FG_CLIP_H
#define FG_CLIP_H
#include <stddef.h>

#include "strbuf.h"

enum {
    FG_CLIP_NAME = 120,  /* names, labels in other languages, publishers */
    FG_CLIP_TITLE = 160, /* source titles */
    FG_CLIP_LABEL = 60,  /* type and predicate labels */
    FG_CLIP_TEXT = 1000, /* quotes and descriptions in tooltips */
};

/* Append s to sb, cut to at most max characters (the last of them "…"). */
void fg_clip_put(fg_strbuf *sb, const char *s, size_t max);

#endif
