/* What an export writes: the whole model, or one view's selection (the
 * items and relations it draws, and the sources they cite). Every exporter
 * walks a scope, so `export --view NAME` costs each format nothing. */
#ifndef FG_EXPORT_H
#define FG_EXPORT_H
#include <stdbool.h>
#include <stddef.h>

#include "factgraph.h"
#include "model.h"
#include "project.h"

struct fg_export_scope {
    const fg_model *m;
    size_t *sources, nsources; /* model indexes, in model order */
    size_t *items, nitems;
    size_t *rels, nrels;
};

/* The scope of options o: the view named o->view (which must exist and be
 * loaded), or the whole model. Released with fg_export_scope_release. */
void fg_export_scope_init(fg_export_scope *s, fg_project *p, const fg_export_options *o);
void fg_export_scope_release(fg_export_scope *s);

#endif
