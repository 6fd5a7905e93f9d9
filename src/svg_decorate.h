/* What a reader of an embedded diagram needs besides the graph: a legend of
 * the types and predicates the view shows, and a footer naming the sources
 * it draws on. Both are drawn below Graphviz's SVG, in plain SVG text (no
 * foreignObject), with classes a report can restyle. */
#ifndef FG_SVG_DECORATE_H
#define FG_SVG_DECORATE_H
#include "model.h"
#include "strbuf.h"
#include "view.h"

/* The width and height of the viewBox of the SVG svg (NUL-terminated),
 * Graphviz's or fg_svg_decorate's, in points. Returns 0, or -1 when it has
 * none. */
int fg_svg_view_box(const char *svg, double *w, double *h);

/* The view's options that change its SVG but not its DOT, for the
 * digest that tells build when to render the SVG again (digest.h): "" for
 * none, or their names ("responsive"). A static string. */
const char *fg_svg_options(const fg_view *v);

/* Append to out the SVG in svg[0..len) with the legend and footer added and
 * its size grown to hold them; with the view's responsive, a relative
 * width (100%, at most the natural size) and no height, the viewBox
 * unchanged. Returns 0, or -1 when svg is not an SVG that
 * Graphviz wrote (out is then left alone). */
int fg_svg_decorate(const char *svg, size_t len, const fg_view *v, const fg_model *m, const fg_selection *sel,
                    fg_strbuf *out);

#endif
