/* Setting DOT attributes on cgraph objects: the one way every render
 * module passes a string to Graphviz. */
#ifndef FG_DOT_ATTR_H
#define FG_DOT_ATTR_H
#include <graphviz/cgraph.h>

#include "strbuf.h"

/* Set attribute name of a graph, node or edge (cgraph copies value). */
void fg_dot_set(void *obj, const char *name, const char *value);
/* The same for text from facts: backslashes doubled, so that Graphviz shows
 * them instead of reading \n, \l or \N as escapes. */
void fg_dot_set_text(void *obj, const char *name, const char *text);
/* Append s to sb with backslashes doubled, for a label that adds escapes
 * of its own after it. */
void fg_dot_put_escaped(fg_strbuf *sb, const char *s);

#endif
