/* Pan and zoom for the report's large diagrams: the SVG inline in a
 * viewport, a box that scrolls (all it is without script), and one small
 * script in the page (never in the SVG files) that adds zoom buttons,
 * Ctrl + wheel and pinch zoom, drag to pan and keys. The script only sizes
 * the SVG and scrolls the box: the drawing, its tooltips and its links are
 * left as they are. */
#ifndef FG_REPORT_ZOOM_H
#define FG_REPORT_ZOOM_H
#include <stdbool.h>

#include "strbuf.h"
#include "view.h"

/* The report's column, in CSS pixels. */
#define FG_REPORT_COLUMN_PX 1200

/* Whether the report shows the view's SVG (as build made it) in a viewport:
 * an index view always; another one when shrunk to the column its labels
 * would be under half their size (wider than twice the column). */
bool fg_report_zooms(const fg_view *v, const fg_strbuf *svg);

/* The viewport's opening (its controls, hidden until the script shows
 * them) and closing markup around the SVG of the view v. */
void fg_report_zoom_open(fg_strbuf *out, const fg_view *v);
void fg_report_zoom_close(fg_strbuf *out);

/* The viewport's style rules, for the page's style sheet. */
extern const char fg_report_zoom_style[];

/* Append the script, the text of a <script> element, to out: the same
 * bytes every time. */
void fg_report_zoom_script(fg_strbuf *out);

#endif
