#include "export.h"

#include <stdlib.h>
#include <string.h>

#include "view.h"
#include "xalloc.h"

static size_t *all_indexes(size_t n)
{
    size_t *ix = fg_xmalloc((n + 1) * sizeof *ix);
    for (size_t i = 0; i < n; i++)
        ix[i] = i;
    return ix;
}

static int cmp_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The sources the scope's relations cite, each once, in model order. */
static void cited_sources(fg_export_scope *s)
{
    bool *cited = fg_xcalloc(s->m->nsources + 1, sizeof *cited);
    for (size_t i = 0; i < s->nrels; i++) {
        const fg_relation *r = &s->m->rels[s->rels[i]];
        for (size_t c = 0; c < r->ncites; c++)
            if (r->cites[c].source_idx >= 0)
                cited[r->cites[c].source_idx] = true;
    }
    s->sources = fg_xmalloc((s->m->nsources + 1) * sizeof *s->sources);
    for (size_t i = 0; i < s->m->nsources; i++)
        if (cited[i])
            s->sources[s->nsources++] = i;
    free(cited);
}

void fg_export_scope_init(fg_export_scope *s, fg_project *p, const fg_export_options *o)
{
    memset(s, 0, sizeof *s);
    s->m = &p->model;
    const fg_view *v = o && o->view ? fg_project_view(p, o->view) : NULL;
    if (!v) {
        s->sources = all_indexes(s->nsources = p->model.nsources);
        s->items = all_indexes(s->nitems = p->model.nitems);
        s->rels = all_indexes(s->nrels = p->model.nrels);
        return;
    }
    fg_selection sel;
    fg_view_select(v, &p->model, &sel);
    /* Exports keep the model's order (files, then lines), not the
     * drawing's: a view's export reads like a part of the whole one. */
    s->items = sel.items;
    s->nitems = sel.nitems;
    s->rels = sel.rels;
    s->nrels = sel.nrels;
    if (s->nitems > 1)
        qsort(s->items, s->nitems, sizeof *s->items, cmp_index);
    if (s->nrels > 1)
        qsort(s->rels, s->nrels, sizeof *s->rels, cmp_index);
    cited_sources(s);
}

void fg_export_scope_release(fg_export_scope *s)
{
    free(s->sources);
    free(s->items);
    free(s->rels);
    memset(s, 0, sizeof *s);
}
