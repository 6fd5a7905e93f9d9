/* One self-contained HTML page (graphs/report.html): every view's SVG
 * inline and, under each, the table of the relations it shows with their
 * quotes and sources. Built from the SVGs that build rendered in the same
 * run, never from files read back from graphs/. */
#ifndef FG_REPORT_H
#define FG_REPORT_H
#include "diag.h"
#include "project.h"
#include "strbuf.h"

/* The most bytes the page may have. */
#define FG_REPORT_MAX ((size_t)64 << 20)

/* Append the report to out: svgs[i] is the SVG of view i (as fg_build
 * leaves it in fg_build_opts.svgs). Returns 0, or -1 when the page would be
 * larger than FG_REPORT_MAX (reported in diags; out is then not to be
 * written). */
int fg_report_html(fg_project *p, const fg_strbuf *svgs, fg_strbuf *out, fg_diags *diags);

#endif
