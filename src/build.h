/* The back half of the pipeline for every view: select, build the graph,
 * write DOT, lay out and write SVG; or, with check, only compare what is
 * on disk with what would be written. */
#ifndef FG_BUILD_H
#define FG_BUILD_H
#include <stdbool.h>
#include <stdio.h>

#include "diag.h"
#include "factgraph.h" /* fg_build_stats */
#include "project.h"
#include "strbuf.h"

/* The most bytes one output of a view (its DOT or its SVG) may have. */
#define FG_VIEW_OUTPUT_MAX ((size_t)16 << 20)

typedef struct fg_build_opts {
    bool check;          /* write nothing; report missing and stale outputs */
    char **views;        /* only these views (NULL: all) */
    size_t nviews;
    unsigned timeout_s;  /* layout time budget per view; 0 for none */
    unsigned jobs;       /* layouts and drawings run at once; 0: one per processor, at most 8 */
    /* When set, one per view of the project: built[i] receives what view i
     * selected and its SVG as it is in graphs/ now, rendered in this run
     * (never read back from disk), for the report. */
    struct fg_built_view *built;
    FILE *verbose;       /* when set, a line per view: its smallest text at report width */
} fg_build_opts;

/* What build made of one view, for the report. */
typedef struct fg_built_view {
    bool done;         /* built: sel and svg are set */
    fg_selection sel;
    fg_strbuf svg;
} fg_built_view;

void fg_built_view_release(fg_built_view *b);


/* Returns 0, or -1 when an output could not be written or laid out
 * (reported in diags). Stale outputs in check mode are errors in diags. */
int fg_build(fg_project *p, const fg_build_opts *opts, fg_diags *diags, fg_build_stats *stats);
/* The most nodes layout engine draws in reasonable time: a larger view is
 * refused (view-too-large). */
size_t fg_build_node_limit(const char *engine);
/* The DOT (svg false) or the stamped SVG of view v, as build would write
 * it, appended to out; writes no file. Returns 0, or -1 (reported). */
int fg_build_render_view(fg_project *p, const fg_view *v, bool svg, unsigned timeout_s, fg_strbuf *out,
                         fg_diags *diags);

#endif
