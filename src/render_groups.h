/* Subgraphs that place nodes: clusters (group_by) and the time axis of a
 * timeline. They run after every node is in the graph, in the selection's
 * sorted order, so the DOT stays deterministic. */
#ifndef FG_RENDER_GROUPS_H
#define FG_RENDER_GROUPS_H
#include <graphviz/cgraph.h>

#include "model.h"
#include "view.h"

/* group_by: type puts each type's nodes in a cluster; group_by: PREDICATE
 * puts each object of that predicate in a cluster with its subjects. A
 * node joins one cluster only: the first by id. */
void fg_render_clusters(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel);
/* A left-to-right axis of months (or years, for dates that give only a
 * year), with every dated event in the rank of its (start) month. */
void fg_render_time_axis(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel);

#endif
