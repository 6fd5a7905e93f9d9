/* Model + view + selection -> a libcgraph graph and its DOT text.
 *
 * Nodes and edges are inserted in the selection's sorted order and every
 * attribute is set explicitly, so the DOT bytes depend on the facts only.
 * Every user string reaches Graphviz through agsafeset with backslashes
 * doubled (Graphviz reads \n, \l, \N in labels as escapes); fonts and
 * stylesheets never come from facts. */
#ifndef FG_RENDER_DOT_H
#define FG_RENDER_DOT_H
#include <graphviz/cgraph.h>

#include "model.h"
#include "strbuf.h"
#include "view.h"

/* The one font of every diagram: it covers Latin and CJK scripts. */
#define FG_FONT "Noto Sans CJK SC"

/* Build the view's graph; the caller closes it with agclose. */
Agraph_t *fg_render_graph(const fg_view *v, const fg_model *m, const fg_selection *sel);
/* Append g's DOT text to out. Returns 0, or -1 when writing failed. */
int fg_render_dot(Agraph_t *g, fg_strbuf *out);

#endif
