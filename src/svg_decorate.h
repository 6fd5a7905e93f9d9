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

/* Append to out what the decoration adds to an SVG for this view (its
 * title and description, legend, sources and the responsive option), as
 * it would decorate a blank drawing: what changes the SVG but not the DOT,
 * for the digest that tells build when to render the SVG again
 * (digest.h). */
void fg_svg_decoration_key(const fg_view *v, const fg_model *m, const fg_selection *sel, fg_strbuf *out);

/* Append to out the SVG in svg[0..len) with the legend and footer added and
 * its size grown to hold them; with the view's responsive, a relative
 * width (100%, at most the natural size) and no height, the viewBox
 * unchanged. Returns 0, or -1 when svg is not an SVG that
 * Graphviz wrote (out is then left alone). */
int fg_svg_decorate(const char *svg, size_t len, const fg_view *v, const fg_model *m, const fg_selection *sel,
                    fg_strbuf *out);

/* A legend entry that is no type or predicate: what a mark on a diff
 * picture means (diff_picture.c). It is drawn first, as a box in the
 * mark's colour, dashes, width and opacity (or as a sample of text in its
 * colour), then its label, in a group with the id
 * VIEW--legend--NAME and the classes fg-legend-entry fg-NAME. */
typedef struct fg_legend_mark {
    const char *name;    /* "added" */
    const char *label;   /* "added (bold)" */
    const char *color;   /* "#rrggbb" */
    const char *style;   /* as Graphviz's: "bold", "dashed", "solid" */
    const char *opacity; /* "1", "0.5" */
    const char *sample;  /* NULL, or a text drawn in color instead of the box */
} fg_legend_mark;

/* What a diff picture adds to the decoration (diff_picture.c): its marks,
 * first in the legend on a row of their own, and the other side's
 * selection, whose types, predicates and cited sources join the legend and
 * the sources when m has them (they are matched by name). */
typedef struct fg_decoration_marks {
    const fg_legend_mark *marks;
    size_t n;
    const fg_model *other;
    const fg_selection *other_sel;
} fg_decoration_marks;

/* fg_svg_decorate with marks (NULL: none). */
int fg_svg_decorate_marked(const char *svg, size_t len, const fg_view *v, const fg_model *m,
                           const fg_selection *sel, const fg_decoration_marks *marks, fg_strbuf *out);

#endif
