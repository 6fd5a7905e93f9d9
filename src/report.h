/* One self-contained HTML page (graphs/report.html): every view's SVG
 * inline and, under each, the table of the relations it shows with their
 * quotes and sources. Built from the SVGs that build wrote. */
#ifndef FG_REPORT_H
#define FG_REPORT_H
#include "diag.h"
#include "project.h"
#include "strbuf.h"

/* Append the report to out. Every view must have been built: its SVG is
 * read from graphs/. Returns 0, or -1 when an SVG cannot be read
 * (reported in diags). */
int fg_report_html(fg_project *p, fg_strbuf *out, fg_diags *diags);

#endif
