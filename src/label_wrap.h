/* Wrapping the labels of nodes and edges so that a diagram stays narrow
 * enough to read at report width (docs/fact-format.md, "Readable at
 * 1,200 px"). A line holds at most a given number of columns: a character
 * counts one, a wide one (CJK, Hangul, full-width forms) two. Lines break
 * at spaces, and between two CJK characters, which have no spaces between
 * words; never before closing CJK punctuation (，。、）》」), after an
 * opening bracket or quote (（「《“(), before a combining mark or a
 * variation selector (which take no column), or on either side of a
 * zero-width joiner. A word longer
 * than a line stands on a line of its own, unbroken. Of the wrappings
 * with the fewest lines, the one with the shortest longest line is taken,
 * so that lines come out even. */
#ifndef FG_LABEL_WRAP_H
#define FG_LABEL_WRAP_H
#include <stddef.h>

#include "strbuf.h"

enum {
    FG_WRAP_NODE = 26,     /* names of entities and events */
    FG_WRAP_TIMELINE = 24, /* event names on a timeline, where lanes are tight */
    FG_WRAP_EDGE = 18,     /* edge labels: a predicate, "says SUBJECT", an amount */
};

/* Append text to sb for a DOT label: backslashes doubled (as
 * fg_dot_put_escaped does) and a Graphviz "\n" at each break, so that no
 * line holds more than width columns unless one word does, in as few
 * lines as that allows, as even as they can be. Runs of spaces
 * become one; spaces at a break are dropped. */
void fg_label_wrap_put(fg_strbuf *sb, const char *text, size_t width);

#endif
