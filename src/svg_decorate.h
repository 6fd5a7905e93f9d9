/* What a reader of an embedded diagram needs besides the graph: a legend of
 * the types and predicates the view shows, and a footer naming the sources
 * it draws on. Both are drawn below Graphviz's SVG, in plain SVG text (no
 * foreignObject), with classes a report can restyle. */
#ifndef FG_SVG_DECORATE_H
#define FG_SVG_DECORATE_H
#include "model.h"
#include "strbuf.h"
#include "view.h"

/* Append to out the SVG in svg[0..len) with the legend and footer added and
 * its size grown to hold them. Returns 0, or -1 when svg is not an SVG that
 * Graphviz wrote (out is then left alone). */
int fg_svg_decorate(const char *svg, size_t len, const fg_view *v, const fg_model *m, const fg_selection *sel,
                    fg_strbuf *out);

#endif
