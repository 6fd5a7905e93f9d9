#include "render_groups.h"

#include <stdint.h>
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

/* The time axis. Event nodes are pinned (neato, pos "x,y!") at the x of
 * their first day, on a scale of PT_PER_DAY, and stacked in lanes so that
 * no two labels overlap; under each label a bar spans the days the event
 * covers, so a date known to the month or year, or a start and an end,
 * is drawn as the span it is. The axis runs above the lanes, with a tick
 * and a label for every month, and the year under January's (and the
 * first month's). The actors are pinned in two rows under the lanes
 * (place_others), each near the mean date of the events it is linked to.
 * Coordinates are points (inputscale=72), y up. */
static const double PT_PER_DAY = 1.5, AXIS_Y = 40, LABEL_PAD = 24, AXIS_GAP = 3.5;
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* The name of month mo (1 to 12; validated dates give no other). */
static const char *month_name(int mo)
{
    return mo >= 1 && mo <= 12 ? month_names[mo - 1] : "?";
}

/* Days since 1970-01-01 of a yyyymmdd day (Howard Hinnant's days_from_civil). */
static long day_number(int32_t ymd)
{
    long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The widest line of a label, in points, as Graphviz will size it at
 * fontsize 11 (CJK counts double), with the node's margins. */
static double label_width(const char *label)
{
    double w = 0, best = 0;
    for (const unsigned char *p = (const unsigned char *)label; *p; p++) {
        if (p[0] == '\\' && p[1] == 'n') {
            best = w > best ? w : best;
            w = 0;
            p++;
            continue;
        }
        if ((*p & 0xC0) != 0x80)
            w += (*p >= 0xE3 ? 1.0 : 0.56) * 11;
    }
    return (w > best ? w : best) + LABEL_PAD;
}

static void pin(void *obj, double x, double y)
{
    char pos[64];
    snprintf(pos, sizeof pos, "%.1f,%.1f!", x, y);
    fg_dot_set(obj, "pos", pos);
    fg_dot_set(obj, "pin", "true");
}

/* Graphviz's size of a node, estimated from its label: polygons other
 * than a box are drawn larger than the text they hold. */
static bool is_boxy(Agnode_t *node)
{
    const char *shape = agget(node, "shape");
    return !shape || !*shape || strcmp(shape, "box") == 0 || strcmp(shape, "note") == 0 ||
           strcmp(shape, "tab") == 0 || strcmp(shape, "component") == 0 || strcmp(shape, "box3d") == 0 ||
           strcmp(shape, "plaintext") == 0;
}

/* A timeline draws a parallelogram at the size given here (fixedsize):
 * Graphviz would make it wide enough for a box the size of the label to fit
 * between its slanted sides, half as wide again as the text. */
static bool is_parallelogram(Agnode_t *node)
{
    const char *shape = agget(node, "shape");
    return shape && strcmp(shape, "parallelogram") == 0;
}

static double shape_height(Agnode_t *node)
{
    size_t lines = 1;
    for (const char *p = agget(node, "label"); (p = strstr(p, "\\n")) != NULL; p += 2)
        lines++;
    double h = (double)lines * 14 + 12;
    return is_boxy(node) || is_parallelogram(node) ? (h < 36 ? 36 : h) : h * 1.3 + 6;
}

static double shape_width(Agnode_t *node)
{
    double w = label_width(agget(node, "label"));
    /* Graphviz's parallelogram slants by about 0.8 of its height. */
    if (is_parallelogram(node))
        return w + 0.8 * shape_height(node);
    return is_boxy(node) ? w : w * 1.35 + 12;
}

/* Nodes that are not dated events (the actors) are pinned too, in rows
 * under the lanes, each as near as the row allows to the mean of the
 * events it is linked to, so that no two shapes overlap and neato only
 * routes the edges. */
typedef struct actor {
    size_t item;
    double want, w;
} actor;

static int cmp_actor(const void *a, const void *b)
{
    const actor *x = a, *y = b;
    if (x->want != y->want)
        return x->want < y->want ? -1 : 1;
    return x->item < y->item ? -1 : x->item > y->item;
}

static void place_others(Agraph_t *g, const fg_model *m, const fg_selection *sel, const double *centre,
                         const bool *placed, double top, double span)
{
    double *sum = fg_xcalloc(m->nitems + 1, sizeof *sum);
    size_t *cnt = fg_xcalloc(m->nitems + 1, sizeof *cnt);
    for (size_t i = 0; i < sel->nrels; i++) {
        const fg_relation *r = &m->rels[sel->rels[i]];
        if (placed[r->obj] && !placed[r->subj]) {
            sum[r->subj] += centre[r->obj];
            cnt[r->subj]++;
        }
        if (placed[r->subj] && !placed[r->obj]) {
            sum[r->obj] += centre[r->subj];
            cnt[r->obj]++;
        }
    }
    actor *a = fg_xmalloc((sel->nitems + 1) * sizeof *a);
    size_t n = 0;
    for (size_t i = 0; i < sel->nitems; i++) {
        size_t k = sel->items[i];
        Agnode_t *node = placed[k] ? NULL : agnode(g, (char *)m->items[k].id->str, 0);
        if (!node)
            continue;
        a[n++] = (actor){k, cnt[k] ? sum[k] / (double)cnt[k] : span / 2, shape_width(node)};
    }
    qsort(a, n, sizeof *a, cmp_actor);
    /* Two rows: each actor goes where it lands nearest what it wants,
     * pushed right past the previous one in that row. */
    enum { ROWS = 2 };
    double row_end[ROWS] = {-1e9, -1e9};
    for (size_t i = 0; i < n; i++) {
        size_t best = 0;
        double best_x = 0;
        for (size_t row = 0; row < ROWS; row++) {
            double x = a[i].want - a[i].w / 2 < row_end[row] + 16 ? row_end[row] + 16 + a[i].w / 2 : a[i].want;
            if (row == 0 || x < best_x) {
                best = row;
                best_x = x;
            }
        }
        row_end[best] = best_x + a[i].w / 2;
        pin(agnode(g, (char *)m->items[a[i].item].id->str, 0), best_x, top - 20 - (double)best * 56);
    }
    free(a);
    free(sum);
    free(cnt);
}


static Agnode_t *axis_node(Agraph_t *g, const fg_view *v, const char *key, const char *cls)
{
    fg_strbuf name = FG_STRBUF_INIT;
    /* ':' cannot occur in a fact id, so these names are nobody's. */
    fg_strbuf_printf(&name, "%s:%s", cls, key);
    Agnode_t *n = agnode(g, name.data, 1);
    fg_strbuf_reset(&name);
    fg_strbuf_printf(&name, "%s--%s--%s", v->name, cls, key);
    fg_dot_set(n, "id", name.data);
    fg_strbuf_reset(&name);
    fg_strbuf_printf(&name, "fg-%s", cls);
    fg_dot_set(n, "class", name.data);
    fg_dot_set(n, "label", "");
    fg_dot_set(n, "style", "filled");
    fg_dot_set(n, "fixedsize", "true");
    fg_dot_set(n, "penwidth", "0");
    fg_strbuf_release(&name);
    return n;
}

static void set_size(void *obj, double w_pt, double h_pt)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.3f", w_pt / 72);
    fg_dot_set(obj, "width", buf);
    snprintf(buf, sizeof buf, "%.3f", h_pt / 72);
    fg_dot_set(obj, "height", buf);
}

typedef struct dated {
    size_t item;
    long first, last; /* day numbers */
} dated;

static int cmp_dated(const void *a, const void *b)
{
    const dated *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    if (x->last != y->last)
        return x->last < y->last ? -1 : 1;
    return x->item < y->item ? -1 : x->item > y->item;
}

typedef struct node_pair {
    uint64_t lo, hi;
} node_pair;

static int cmp_pair(const void *a, const void *b)
{
    const node_pair *x = a, *y = b;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return x->hi < y->hi ? -1 : x->hi > y->hi;
}

/* Whether two edges join the same two nodes, either way round. */
static bool has_parallel_edges(Agraph_t *g)
{
    size_t n = 0, cap = (size_t)agnedges(g) + 1;
    node_pair *p = fg_xmalloc(cap * sizeof *p);
    for (Agnode_t *a = agfstnode(g); a; a = agnxtnode(g, a))
        for (Agedge_t *e = agfstout(g, a); e; e = agnxtout(g, e)) {
            uint64_t t = AGSEQ(agtail(e)), h = AGSEQ(aghead(e));
            p[n++] = (node_pair){t < h ? t : h, t < h ? h : t};
        }
    qsort(p, n, sizeof *p, cmp_pair);
    bool found = false;
    for (size_t i = 1; i < n && !found; i++)
        found = cmp_pair(&p[i - 1], &p[i]) == 0;
    free(p);
    return found;
}

void fg_render_time_axis(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    /* Graphviz 2.43's obstacle router writes past its buffer on parallel
     * edges (render_dot.c): those timelines keep curved edges. */
    if (has_parallel_edges(g))
        agset(g, "splines", "curved");
    dated *ev = fg_xmalloc((sel->nitems + 1) * sizeof *ev);
    size_t n = 0;
    for (size_t i = 0; i < sel->nitems; i++) {
        const fg_item *it = &m->items[sel->items[i]];
        if (it->is_event && it->has_when)
            ev[n++] = (dated){sel->items[i], day_number(it->when.first), day_number(it->when.last)};
    }
    if (n == 0) {
        free(ev);
        return;
    }
    qsort(ev, n, sizeof *ev, cmp_dated);
    /* The axis: from the first day of the first event's month to the last
     * day of the last event's month. */
    int32_t first_ymd = INT32_MAX, last_ymd = 0;
    for (size_t i = 0; i < n; i++) {
        const fg_item *it = &m->items[ev[i].item];
        if (it->when.first < first_ymd)
            first_ymd = it->when.first;
        if (it->when.last > last_ymd)
            last_ymd = it->when.last;
    }
    long origin = day_number(first_ymd / 100 * 100 + 1);
    int y = first_ymd / 10000, mo = first_ymd / 100 % 100;
    int end_y = last_ymd / 10000, end_mo = last_ymd / 100 % 100;
    long end_day = day_number((end_mo == 12 ? (end_y + 1) * 10000 + 100 : end_y * 10000 + (end_mo + 1) * 100) + 1);
    double span = (double)(end_day - origin) * PT_PER_DAY;
    bool first = true;
    while (y < end_y || (y == end_y && mo <= end_mo)) {
        char key[32], label[40];
        snprintf(key, sizeof key, "%04d-%02d", y, mo);
        double x = (double)(day_number(y * 10000 + mo * 100 + 1) - origin) * PT_PER_DAY;
        double next = (double)(day_number(mo == 12 ? (y + 1) * 10000 + 101 : y * 10000 + (mo + 1) * 100 + 1) - origin) *
                      PT_PER_DAY;
        /* The axis line is a piece per month, clear of the ticks by
         * AXIS_GAP: the edge router only routes round nodes that do not
         * touch. */
        Agnode_t *line = axis_node(g, v, key, "axis");
        set_size(line, next - x - 2 * AXIS_GAP, 2);
        fg_dot_set(line, "fillcolor", "#888888");
        fg_dot_set(line, "tooltip", "time");
        pin(line, (x + next) / 2, AXIS_Y);
        Agnode_t *tick = axis_node(g, v, key, "tick");
        set_size(tick, 1, mo == 1 || first ? 14 : 8);
        fg_dot_set(tick, "fillcolor", "#888888");
        fg_dot_set(tick, "tooltip", key);
        pin(tick, x, AXIS_Y);
        /* The month's label sits in the middle of its month, the year under
         * January's and the first month's. */
        Agnode_t *lab = axis_node(g, v, key, "month");
        if (mo == 1 || first)
            snprintf(label, sizeof label, "%s\\n%04d", month_name(mo), y);
        else
            snprintf(label, sizeof label, "%s", month_name(mo));
        fg_dot_set(lab, "label", label);
        fg_dot_set(lab, "shape", "plaintext");
        fg_dot_set(lab, "style", "");
        fg_dot_set(lab, "fontsize", "10");
        fg_dot_set(lab, "fontcolor", "#333333");
        fg_dot_set(lab, "tooltip", key);
        /* Narrower than the shortest month and above the ticks: clear of both. */
        set_size(lab, 28 * PT_PER_DAY * 0.8, 24);
        pin(lab, (x + next) / 2, AXIS_Y + 22);
        first = false;
        if (++mo == 13) {
            mo = 1;
            y++;
        }
    }
    /* Lanes, greedily: each event goes in the first lane where its shape
     * starts after the previous one there ends; a lane is as tall as its
     * tallest shape, with its span bar above it. */
    double *lane_end = fg_xmalloc((n + 1) * sizeof *lane_end);
    double *lane_h = fg_xcalloc(n + 1, sizeof *lane_h);
    size_t *lane_of = fg_xmalloc((n + 1) * sizeof *lane_of);
    double *width = fg_xmalloc((n + 1) * sizeof *width);
    double *centre = fg_xcalloc(m->nitems + 1, sizeof *centre);
    bool *placed = fg_xcalloc(m->nitems + 1, sizeof *placed);
    size_t nlanes = 0;
    for (size_t i = 0; i < n; i++) {
        Agnode_t *node = agnode(g, (char *)m->items[ev[i].item].id->str, 0);
        /* Graphviz sizes a cds by its text alone: its point would overlap. */
        const char *shape = agget(node, "shape");
        if (shape && strcmp(shape, "cds") == 0)
            fg_dot_set(node, "margin", "0.3,0.06");
        if (is_parallelogram(node)) {
            fg_dot_set(node, "fixedsize", "true");
            set_size(node, shape_width(node), shape_height(node));
        }
        double x0 = (double)(ev[i].first - origin) * PT_PER_DAY;
        width[i] = shape_width(node);
        size_t lane = 0;
        while (lane < nlanes && lane_end[lane] > x0)
            lane++;
        if (lane == nlanes)
            nlanes++;
        lane_end[lane] = x0 + width[i] + 14;
        lane_of[i] = lane;
        double h = shape_height(node);
        if (h > lane_h[lane])
            lane_h[lane] = h;
    }
    double *lane_y = fg_xmalloc((nlanes + 1) * sizeof *lane_y);
    double top = AXIS_Y - 14;
    for (size_t k = 0; k < nlanes; k++) {
        lane_y[k] = top - 13 - lane_h[k] / 2; /* 13: room for the bar */
        top -= lane_h[k] + 18;
    }
    for (size_t i = 0; i < n; i++) {
        const fg_item *it = &m->items[ev[i].item];
        Agnode_t *node = agnode(g, (char *)it->id->str, 0);
        double x0 = (double)(ev[i].first - origin) * PT_PER_DAY;
        double x1 = (double)(ev[i].last + 1 - origin) * PT_PER_DAY;
        double ly = lane_y[lane_of[i]];
        /* The shape, left-aligned at the event's first day. */
        pin(node, x0 + width[i] / 2, ly);
        centre[ev[i].item] = x0 + width[i] / 2;
        placed[ev[i].item] = true;
        Agnode_t *bar = axis_node(g, v, it->id->str, "span");
        double bw = x1 - x0 < 3 ? 3 : x1 - x0;
        set_size(bar, bw, 5);
        const fg_text *color = it->type_def ? fg_map_get(it->type_def->style, "color") : NULL;
        fg_dot_set(bar, "fillcolor", color ? color->str : "#555555");
        fg_strbuf tip = FG_STRBUF_INIT;
        if (it->date)
            fg_strbuf_printf(&tip, "%s: %s", it->name->str, it->date->str);
        else
            fg_strbuf_printf(&tip, "%s: %s – %s", it->name->str, it->start->str, it->end->str);
        fg_dot_set_text(bar, "tooltip", tip.data);
        fg_strbuf_release(&tip);
        pin(bar, x0 + bw / 2, ly + lane_h[lane_of[i]] / 2 + 9);
    }
    /* The actors stand under the lanes, 0.8 times as far as the lanes are tall, so
     * that an edge's label, at its middle, mostly falls under the events rather
     * than on the shapes its edge passes. */
    place_others(g, m, sel, centre, placed, top - 20 - 0.8 * (AXIS_Y - top), span);
    free(lane_y);
    free(lane_h);
    free(lane_of);
    free(width);
    free(centre);
    free(placed);
    free(lane_end);
    free(ev);
}
