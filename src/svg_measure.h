/* How large the text of a rendered SVG is when a reader sees it at report
 * width, for build's verbose output (docs/fact-format.md, "Readable at
 * 1,200 px"). tests/cli/readability.sh measures the committed SVGs in a
 * browser, overlaps included; this is the quick figure without one. */
#ifndef FG_SVG_MEASURE_H
#define FG_SVG_MEASURE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* The width the readability rule scales every diagram to, in pixels, and
 * the smallest text it allows there. */
#define FG_READABLE_WIDTH_PX 1200.0
#define FG_READABLE_MIN_PX 9.0

/* The smallest text of svg[0..len) in pixels when the SVG is drawn
 * width_px wide: each <text>'s font-size times the scale(...) transforms
 * of the groups around it, times width_px over the viewBox's width.
 * Returns -1 when the SVG has no viewBox or no sized text. */
double fg_svg_smallest_text(const char *svg, size_t len, double width_px);
/* One line on f: "factgraph: VIEW: smallest text N px at 1200 px wide",
 * and whether that is exempt (an index) or too small. */
void fg_svg_print_text_size(FILE *f, const char *view, bool is_index, const char *svg, size_t len);

#endif
