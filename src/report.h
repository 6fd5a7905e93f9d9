/* One self-contained HTML page (graphs/report.html): every view's SVG
 * inline and, under each, the table of the relations it shows with their
 * quotes and sources. Built from the SVGs that build rendered in the same
 * run, never from files read back from graphs/. */
#ifndef FG_REPORT_H
#define FG_REPORT_H
#include "diag.h"
#include "build.h"
#include "project.h"
#include "strbuf.h"

/* The most bytes the page may have. */
#define FG_REPORT_MAX ((size_t)64 << 20)

/* Append the report to out: built[i] is what build made of view i (its
 * selection and SVG, as fg_build leaves them in fg_build_opts.built). Returns 0, or -1 when the page would be
 * larger than FG_REPORT_MAX (reported in diags; out is then not to be
 * written). */
int fg_report_html(fg_project *p, const fg_built_view *built, fg_strbuf *out, fg_diags *diags);

#endif
