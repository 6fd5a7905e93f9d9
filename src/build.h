/* The back half of the pipeline for every view: select, build the graph,
 * write DOT, lay out and write SVG; or, with check, only compare what is
 * on disk with what would be written. */
#ifndef FG_BUILD_H
#define FG_BUILD_H
#include <stdbool.h>

#include "diag.h"
#include "project.h"
#include "strbuf.h"

/* The most bytes one output of a view (its DOT or its SVG) may have. */
#define FG_VIEW_OUTPUT_MAX ((size_t)16 << 20)

typedef struct fg_build_opts {
    bool check;          /* write nothing; report missing and stale outputs */
    char **views;        /* only these views (NULL: all) */
    size_t nviews;
    unsigned timeout_s;  /* layout time budget per view; 0 for none */
    /* When set, one buffer per view of the project: svgs[i] receives the
     * SVG of view i as it is in graphs/ now, rendered in this run (never
     * read back from disk), for the report to inline. */
    fg_strbuf *svgs;
} fg_build_opts;

typedef struct fg_build_stats {
    size_t views;     /* views built or checked */
    size_t written;   /* files written */
    size_t unchanged; /* files already up to date */
    size_t stale;     /* files missing or out of date (check) */
    size_t laid_out;  /* Graphviz layouts run */
    size_t too_large; /* views refused as too large for their layout or output */
} fg_build_stats;

/* Returns 0, or -1 when an output could not be written or laid out
 * (reported in diags). Stale outputs in check mode are errors in diags. */
int fg_build(fg_project *p, const fg_build_opts *opts, fg_diags *diags, fg_build_stats *stats);

#endif
