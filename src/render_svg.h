/* Layout and SVG rendering with libgvc, in a child process.
 *
 * Graphviz cannot be interrupted and keeps state between layouts (in
 * Graphviz 2.4x, fdp and sfdp do not repeat in-process), so each layout
 * runs in a forked child that starts from the same state every time, can
 * be stopped after a time budget, and whose crash cannot take factgraph
 * down. The child only calls libgvc; nothing is shelled out. */
#ifndef FG_RENDER_SVG_H
#define FG_RENDER_SVG_H
#include <graphviz/gvc.h>

#include "strbuf.h"

/* Lay g out with engine and append the SVG to out. Returns 0; or -1 with
 * a message in err (layout failed, crashed, or ran past timeout_s seconds;
 * 0 means no limit). */
int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err);

#endif
