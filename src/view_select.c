/* Selection: filters first (types, predicates, excluded ids, date window),
 * then, when the view has a focus, a breadth-first walk of at most `depth`
 * hops over the relations that passed, ignoring their direction; the view
 * shows the relations among the nodes reached. Only the ends of shown
 * relations (and the focus) are drawn, so no node stands alone unasked. */
#include <stdlib.h>
#include <string.h>

#include "view.h"
#include "xalloc.h"

static bool in_window(const fg_view *v, bool has_when, fg_date when)
{
    if (!has_when)
        return true;
    if (v->has_from && when.last < v->from_d.first)
        return false;
    if (v->has_until && when.first > v->until_d.last)
        return false;
    return true;
}

static bool item_passes(const fg_view *v, const fg_item *it)
{
    if (fg_list_has(v->exclude, it->id->str))
        return false;
    if (v->types && !fg_list_has(v->types, it->type->str) && !fg_list_has(v->types, it->is_event ? "event" : "entity"))
        return false;
    return in_window(v, it->is_event && it->has_when, it->when);
}

/* An undated relation is known from the day its earliest source appeared:
 * a view as of an earlier day leaves it out, and a source that gives no
 * date is not known to have appeared by any day. */
static bool known_by(const fg_model *m, const fg_relation *r, fg_date day)
{
    for (size_t i = 0; i < r->ncites; i++) {
        const fg_source *s = &m->sources[r->cites[i].source_idx];
        if (s->has_when && s->when.first <= day.last)
            return true;
    }
    return false;
}

static bool rel_passes(const fg_view *v, const fg_model *m, const fg_relation *r, const bool *item_ok)
{
    if (!item_ok[r->subj] || !item_ok[r->obj])
        return false;
    if (v->predicates && !fg_list_has(v->predicates, r->pred->name->str))
        return false;
    if (v->as_of && !r->has_when && !known_by(m, r, v->until_d))
        return false;
    return in_window(v, r->has_when, r->when);
}

/* Breadth-first over passing relations; dist[i] is -1 for unreached. */
static void walk_from_focus(const fg_view *v, const fg_model *m, const bool *rel_ok, int *dist)
{
    size_t n = m->nitems;
    size_t *deg = fg_xcalloc(n + 1, sizeof *deg);
    for (size_t r = 0; r < m->nrels; r++)
        if (rel_ok[r]) {
            deg[m->rels[r].subj + 1]++;
            deg[m->rels[r].obj + 1]++;
        }
    for (size_t i = 0; i < n; i++)
        deg[i + 1] += deg[i]; /* now the start of each item's neighbours */
    size_t *adj = fg_xmalloc((deg[n] + 1) * sizeof *adj);
    size_t *fill = fg_xmalloc((n + 1) * sizeof *fill);
    memcpy(fill, deg, (n + 1) * sizeof *fill);
    for (size_t r = 0; r < m->nrels; r++)
        if (rel_ok[r]) {
            adj[fill[m->rels[r].subj]++] = (size_t)m->rels[r].obj;
            adj[fill[m->rels[r].obj]++] = (size_t)m->rels[r].subj;
        }
    size_t *queue = fg_xmalloc((n + 1) * sizeof *queue);
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n; i++)
        dist[i] = -1;
    for (size_t f = 0; f < v->focus->n; f++) {
        const fg_id_entry *e = fg_model_lookup(m, v->focus->items[f].str);
        if (e && e->kind == FG_ID_ITEM && dist[e->index] < 0) {
            dist[e->index] = 0;
            queue[tail++] = e->index;
        }
    }
    while (head < tail) {
        size_t u = queue[head++];
        if (dist[u] >= v->depth_n)
            continue;
        for (size_t k = deg[u]; k < deg[u + 1]; k++)
            if (dist[adj[k]] < 0) {
                dist[adj[k]] = dist[u] + 1;
                queue[tail++] = adj[k];
            }
    }
    free(queue);
    free(fill);
    free(adj);
    free(deg);
}

/* Sort keys carry their own pointers: qsort has no context argument. */
typedef struct item_ref {
    const char *id;
    size_t index;
} item_ref;

typedef struct rel_ref {
    const fg_relation *rel;
    size_t index;
} rel_ref;

static int cmp_item(const void *pa, const void *pb)
{
    return strcmp(((const item_ref *)pa)->id, ((const item_ref *)pb)->id);
}

static int cmp_rel(const void *pa, const void *pb)
{
    const rel_ref *ra = pa, *rb = pb;
    const fg_relation *a = ra->rel, *b = rb->rel;
    int c = strcmp(a->subject->str, b->subject->str);
    if (!c)
        c = strcmp(a->predicate->str, b->predicate->str);
    if (!c)
        c = strcmp(a->object->str, b->object->str);
    if (!c)
        c = strcmp(a->date ? a->date->str : "", b->date ? b->date->str : "");
    if (!c)
        c = ra->index < rb->index ? -1 : ra->index > rb->index;
    return c;
}

static void sort_selection(const fg_model *m, fg_selection *sel)
{
    item_ref *items = fg_xmalloc((sel->nitems + 1) * sizeof *items);
    for (size_t i = 0; i < sel->nitems; i++)
        items[i] = (item_ref){m->items[sel->items[i]].id->str, sel->items[i]};
    qsort(items, sel->nitems, sizeof *items, cmp_item);
    for (size_t i = 0; i < sel->nitems; i++)
        sel->items[i] = items[i].index;
    free(items);
    rel_ref *rels = fg_xmalloc((sel->nrels + 1) * sizeof *rels);
    for (size_t i = 0; i < sel->nrels; i++)
        rels[i] = (rel_ref){&m->rels[sel->rels[i]], sel->rels[i]};
    qsort(rels, sel->nrels, sizeof *rels, cmp_rel);
    for (size_t i = 0; i < sel->nrels; i++)
        sel->rels[i] = rels[i].index;
    free(rels);
}

/* speakers: true keeps the relations someone is recorded as saying (by a
 * speaker that passes the filters), and of the others those whose subject
 * is one of their speakers (who the speaker is: an office, an affiliation). */
static void keep_spoken(const fg_model *m, const bool *item_ok, bool *rel_ok)
{
    bool *speaks = fg_xcalloc(m->nitems + 1, sizeof *speaks);
    for (size_t r = 0; r < m->nrels; r++) {
        const fg_relation *rel = &m->rels[r];
        bool heard = false;
        for (size_t i = 0; rel_ok[r] && i < rel->ncites; i++)
            if (rel->cites[i].speaker_idx >= 0 && item_ok[rel->cites[i].speaker_idx])
                heard = speaks[rel->cites[i].speaker_idx] = true;
        if (fg_relation_has_speaker(rel))
            rel_ok[r] = heard;
    }
    for (size_t r = 0; r < m->nrels; r++)
        if (rel_ok[r] && !fg_relation_has_speaker(&m->rels[r]))
            rel_ok[r] = speaks[m->rels[r].subj];
    free(speaks);
}

/* The nodes a shown relation draws: with speakers: true, a spoken one is
 * drawn from its speakers instead of its subject. */
static void mark_shown(const fg_view *v, const fg_relation *rel, const bool *item_ok, bool *shown)
{
    shown[rel->obj] = true;
    if (!v->by_speaker || !fg_relation_has_speaker(rel)) {
        shown[rel->subj] = true;
        return;
    }
    for (size_t i = 0; i < rel->ncites; i++)
        if (rel->cites[i].speaker_idx >= 0 && item_ok[rel->cites[i].speaker_idx])
            shown[rel->cites[i].speaker_idx] = true;
}

void fg_view_select(const fg_view *v, const fg_model *m, fg_selection *sel)
{
    memset(sel, 0, sizeof *sel);
    bool *item_ok = fg_xcalloc(m->nitems + 1, sizeof *item_ok);
    bool *rel_ok = fg_xcalloc(m->nrels + 1, sizeof *rel_ok);
    bool *shown = fg_xcalloc(m->nitems + 1, sizeof *shown);
    for (size_t i = 0; i < m->nitems; i++)
        item_ok[i] = item_passes(v, &m->items[i]);
    for (size_t r = 0; r < m->nrels; r++)
        rel_ok[r] = rel_passes(v, m, &m->rels[r], item_ok);
    if (v->by_speaker)
        keep_spoken(m, item_ok, rel_ok);
    int *dist = NULL;
    if (v->focus) {
        dist = fg_xmalloc((m->nitems + 1) * sizeof *dist);
        walk_from_focus(v, m, rel_ok, dist);
    }
    sel->rels = fg_xmalloc((m->nrels + 1) * sizeof *sel->rels);
    for (size_t r = 0; r < m->nrels; r++) {
        const fg_relation *rel = &m->rels[r];
        if (!rel_ok[r] || (dist && (dist[rel->subj] < 0 || dist[rel->obj] < 0)))
            continue;
        sel->rels[sel->nrels++] = r;
        mark_shown(v, rel, item_ok, shown);
    }
    for (size_t i = 0; dist && i < m->nitems; i++)
        if (dist[i] == 0 && item_ok[i])
            shown[i] = true;
    sel->items = fg_xmalloc((m->nitems + 1) * sizeof *sel->items);
    for (size_t i = 0; i < m->nitems; i++)
        if (shown[i])
            sel->items[sel->nitems++] = i;
    sort_selection(m, sel);
    free(dist);
    free(shown);
    free(rel_ok);
    free(item_ok);
}

void fg_selection_release(fg_selection *sel)
{
    free(sel->items);
    free(sel->rels);
    memset(sel, 0, sizeof *sel);
}

