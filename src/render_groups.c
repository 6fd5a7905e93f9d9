#include "render_groups.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dot_attr.h"
#include "strbuf.h"
#include "xalloc.h"

static Agraph_t *new_cluster(Agraph_t *g, const fg_view *v, const char *key, const char *label)
{
    fg_strbuf name = FG_STRBUF_INIT;
    fg_strbuf_printf(&name, "cluster_%s", key);
    Agraph_t *c = agsubg(g, name.data, 1);
    fg_strbuf_reset(&name);
    fg_strbuf_printf(&name, "%s--group--%s", v->name, key);
    fg_dot_set(c, "id", name.data);
    fg_dot_set_text(c, "label", label);
    fg_dot_set(c, "style", "rounded,dashed");
    fg_dot_set(c, "color", "#999999");
    fg_dot_set(c, "fontsize", "11");
    fg_dot_set(c, "fontcolor", "#555555");
    fg_strbuf_release(&name);
    return c;
}

static void cluster_by_type(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    for (size_t t = 0; t < m->schema.ntypes; t++) {
        const fg_type *type = &m->schema.types[t];
        Agraph_t *c = NULL;
        for (size_t i = 0; i < sel->nitems; i++) {
            const fg_item *it = &m->items[sel->items[i]];
            if (it->type_def != type)
                continue;
            if (!c)
                c = new_cluster(g, v, type->name->str, type->label->str);
            agsubnode(c, agnode(g, (char *)it->id->str, 0), 1);
        }
    }
}

static void cluster_by_predicate(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    /* The relations come sorted by subject, then object: a subject's first
     * object is the cluster it joins. */
    bool *placed = fg_xcalloc(m->nitems + 1, sizeof *placed);
    Agraph_t **cluster_of = fg_xcalloc(m->nitems + 1, sizeof *cluster_of);
    for (size_t i = 0; i < sel->nrels; i++) {
        const fg_relation *r = &m->rels[sel->rels[i]];
        if (strcmp(r->pred->name->str, v->group_by->str) != 0 || placed[r->subj])
            continue;
        if (!cluster_of[r->obj]) {
            const fg_item *obj = &m->items[r->obj];
            cluster_of[r->obj] = new_cluster(g, v, obj->id->str, obj->name->str);
            if (!placed[r->obj]) {
                agsubnode(cluster_of[r->obj], agnode(g, (char *)obj->id->str, 0), 1);
                placed[r->obj] = true;
            }
        }
        Agnode_t *n = agnode(g, (char *)r->subject->str, 0);
        if (n) /* not drawn when the relation is drawn from its speaker */
            agsubnode(cluster_of[r->obj], n, 1);
        placed[r->subj] = true;
    }
    free(cluster_of);
    free(placed);
}

void fg_render_clusters(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    if (strcmp(v->group_by->str, "type") == 0)
        cluster_by_type(g, v, m, sel);
    else
        cluster_by_predicate(g, v, m, sel);
}

/* "2025-02" for an event from a day or month on, "2025" for a year. */
static void tick_of(const fg_item *it, char out[8])
{
    /* Dates are validated: YYYY, YYYY-MM or YYYY-MM-DD. */
    const char *d = (it->date ? it->date : it->start)->str;
    size_t n = strlen(d) > 7 ? 7 : strlen(d);
    memcpy(out, d, n);
    out[n] = '\0';
}

static int cmp_tick(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static Agnode_t *tick_node(Agraph_t *g, const fg_view *v, const char *tick)
{
    fg_strbuf name = FG_STRBUF_INIT;
    /* ':' cannot occur in a fact id, so this name is nobody's. */
    fg_strbuf_printf(&name, "tick:%s", tick);
    Agnode_t *n = agnode(g, name.data, 1);
    fg_strbuf_reset(&name);
    fg_strbuf_printf(&name, "%s--tick--%s", v->name, tick);
    fg_dot_set(n, "id", name.data);
    fg_dot_set(n, "label", tick);
    fg_dot_set(n, "shape", "plaintext");
    fg_dot_set(n, "style", "");
    fg_dot_set(n, "fontsize", "13");
    fg_dot_set(n, "fontcolor", "#333333");
    fg_dot_set(n, "class", "fg-tick");
    fg_dot_set(n, "tooltip", tick);
    fg_strbuf_release(&name);
    return n;
}

void fg_render_time_axis(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    char(*ticks)[8] = fg_xmalloc((sel->nitems + 1) * sizeof *ticks);
    size_t n = 0;
    for (size_t i = 0; i < sel->nitems; i++) {
        const fg_item *it = &m->items[sel->items[i]];
        if (it->is_event && it->has_when)
            tick_of(it, ticks[n++]);
    }
    qsort(ticks, n, sizeof *ticks, cmp_tick);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (distinct == 0 || strcmp(ticks[i], ticks[distinct - 1]) != 0)
            memmove(ticks[distinct++], ticks[i], sizeof *ticks);
    Agnode_t *prev = NULL;
    for (size_t t = 0; t < distinct; t++) {
        Agnode_t *tick = tick_node(g, v, ticks[t]);
        /* Each tick and its events share a rank: same-month events align. */
        fg_strbuf name = FG_STRBUF_INIT;
        fg_strbuf_printf(&name, "rank:%s", ticks[t]);
        Agraph_t *rank = agsubg(g, name.data, 1);
        fg_strbuf_release(&name);
        fg_dot_set(rank, "rank", "same");
        agsubnode(rank, tick, 1);
        for (size_t i = 0; i < sel->nitems; i++) {
            const fg_item *it = &m->items[sel->items[i]];
            char mine[8];
            if (!it->is_event || !it->has_when)
                continue;
            tick_of(it, mine);
            if (strcmp(mine, ticks[t]) == 0)
                agsubnode(rank, agnode(g, (char *)it->id->str, 0), 1);
        }
        if (prev) {
            Agedge_t *e = agedge(g, prev, tick, NULL, 1);
            fg_dot_set(e, "color", "#aaaaaa");
            fg_dot_set(e, "penwidth", "2");
            fg_dot_set(e, "weight", "100");
            fg_dot_set(e, "class", "fg-axis");
            fg_dot_set(e, "tooltip", "time");
        }
        prev = tick;
    }
    free(ticks);
}
