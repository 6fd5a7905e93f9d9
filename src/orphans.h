/* Outputs no view makes: a .dot, .svg, .png or .pdf in graphs/ left over
 * from a view that was renamed or deleted, or that no longer lists the
 * format, and factgraph's own temporary files left by a build killed
 * between write and rename. */
#ifndef FG_ORPHANS_H
#define FG_ORPHANS_H
#include <stdbool.h>

#include "diag.h"
#include "factgraph.h" /* fg_build_stats */
#include "project.h"

/* Report the orphans in outdir (the project's graphs/) in diags, sorted by
 * name: warnings, or with check errors counted as stale. Without check,
 * the temporary files are deleted. */
void fg_build_orphans(fg_project *p, const char *outdir, bool check, fg_diags *d, fg_build_stats *stats);

#endif
