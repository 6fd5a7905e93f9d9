/* The seed documents that sources name: where they may be (relative paths
 * under seeds/, without '.' or '..' parts, not leading out of seeds/
 * through a link) and reading them, once each, into the model's quote
 * index. The only module that reads seeds, so that validation reads no
 * file and runs on projects in memory. */
#ifndef FG_SEEDS_H
#define FG_SEEDS_H
#include "diag.h"
#include "model.h"
#include "tree.h"

/* A seed document larger than this is refused. */
#define FG_SEED_MAX_FILE ((size_t)64 << 20)

/* Read the seed of every source that names one (setting its doc), unless
 * m->seeds_refused; each problem is reported at the source's file. */
void fg_seeds_load(fg_model *m, const fg_tree *t, fg_diags *diags);

#endif
