/* The back half of the pipeline for every view: select, build the graph,
 * write DOT, lay out and write SVG; or, with check, only compare what is
 * on disk with what would be written. */
#ifndef FG_BUILD_H
#define FG_BUILD_H
#include <stdbool.h>

#include "diag.h"
#include "project.h"

typedef struct fg_build_opts {
    bool check;          /* write nothing; report missing and stale outputs */
    char **views;        /* only these views (NULL: all) */
    size_t nviews;
    unsigned timeout_s;  /* layout time budget per view; 0 for none */
} fg_build_opts;

typedef struct fg_build_stats {
    size_t views;     /* views built or checked */
    size_t written;   /* files written */
    size_t unchanged; /* files already up to date */
    size_t stale;     /* files missing or out of date (check) */
    size_t laid_out;  /* Graphviz layouts run */
    size_t too_large; /* views refused as too large for their layout */
} fg_build_stats;

/* Returns 0, or -1 when an output could not be written or laid out
 * (reported in diags). Stale outputs in check mode are errors in diags. */
int fg_build(fg_project *p, const fg_build_opts *opts, fg_diags *diags, fg_build_stats *stats);
/* Where the digest comment starts in an SVG, or NULL. */
const char *fg_svg_find_digest(const char *svg);

#endif
