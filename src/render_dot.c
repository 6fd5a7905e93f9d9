#include "render_dot.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clip.h"
#include "dot_attr.h"
#include "currency.h"
#include "label_wrap.h"
#include "render_groups.h"
#include "xalloc.h"

/* URLs are validated to http(s) without quotes or brackets; Graphviz 2.4x
 * writes them into SVG unescaped, so the bytes that would still break XML
 * or a reader are percent-encoded, and '&' becomes an XML entity. */
static void set_url(void *obj, const char *url)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p == '&')
            fg_strbuf_puts(&sb, "&amp;");
        else if (*p <= 0x20 || *p >= 0x7F || strchr("\"'<>\\`{}|^", *p))
            fg_strbuf_printf(&sb, "%%%02X", *p);
        else
            fg_strbuf_putc(&sb, (char)*p);
    }
    fg_dot_set(obj, "URL", sb.data);
    fg_dot_set(obj, "target", "_blank");
    fg_strbuf_release(&sb);
}

static void apply_style(void *obj, const fg_map *style)
{
    for (size_t i = 0; style && i < style->n; i++)
        fg_dot_set(obj, style->pairs[i].key.str, style->pairs[i].value.str);
}

static void declare_defaults(Agraph_t *g, const fg_view *v)
{
    const char *layout = fg_view_engine(v);
    agattr(g, AGRAPH, "fontname", FG_FONT);
    agattr(g, AGRAPH, "fontsize", "18");
    agattr(g, AGRAPH, "labelloc", "t");
    agattr(g, AGRAPH, "layout", (char *)layout);
    agattr(g, AGRAPH, "bgcolor", "white");
    agattr(g, AGRAPH, "pad", "0.3");
    if (strcmp(layout, "dot") == 0) {
        /* A timeline runs left to right whatever the view says. */
        agattr(g, AGRAPH, "rankdir", v->rankdir && !fg_view_is_timeline(v) ? (char *)v->rankdir->str : "LR");
        agattr(g, AGRAPH, "nodesep", "0.25");
        agattr(g, AGRAPH, "ranksep", "0.4");
    } else {
        /* Force-directed and radial layouts: keep labels apart, and fix
         * neato's random start so the layout repeats. */
        agattr(g, AGRAPH, "overlap", "false");
        /* Not "true" or "polyline": Graphviz 2.43's obstacle router writes
         * past its buffer when it routes parallel edges (makeMultiSpline),
         * which crashed the landscape; curved edges need no router. sfdp,
         * the layout for large views, draws straight lines: curved edges
         * take over a minute past 1,000 nodes. */
        agattr(g, AGRAPH, "splines", strcmp(layout, "sfdp") == 0 ? "line" : "curved");
        agattr(g, AGRAPH, "sep", "+12");
        if (strcmp(layout, "neato") == 0)
            agattr(g, AGRAPH, "start", "1");
        /* A timeline pins its events and axis in points (render_groups.c). */
        if (fg_view_is_timeline(v)) {
            agattr(g, AGRAPH, "inputscale", "72");
            /* Graphviz 2.43 removes overlaps by moving pinned nodes too,
             * which would take the events off their dates. */
            agattr(g, AGRAPH, "overlap", "true");
            /* Its nodes do not touch, so edges can be routed round the
             * events; esep is how far they keep from them, in points. */
            agattr(g, AGRAPH, "splines", "true");
            agattr(g, AGRAPH, "esep", "+1");
        }
    }
    agattr(g, AGNODE, "fontname", FG_FONT);
    agattr(g, AGNODE, "fontsize", "11");
    agattr(g, AGNODE, "shape", "box");
    agattr(g, AGNODE, "style", "rounded,filled");
    agattr(g, AGNODE, "fillcolor", "white");
    agattr(g, AGNODE, "color", "#555555");
    agattr(g, AGEDGE, "fontname", FG_FONT);
    agattr(g, AGEDGE, "fontsize", "9");
    agattr(g, AGEDGE, "color", "#555555");
    agattr(g, AGEDGE, "fontcolor", "#333333");
}

static void put_event_dates(fg_strbuf *sb, const fg_item *it)
{
    if (it->date)
        fg_strbuf_puts(sb, it->date->str);
    else if (it->start && it->end)
        fg_strbuf_printf(sb, "%s – %s", it->start->str, it->end->str);
}

static void put_node_tooltip(fg_strbuf *sb, const fg_item *it)
{
    fg_clip_put(sb, it->name->str, FG_CLIP_NAME);
    for (size_t i = 0; it->labels && i < it->labels->n; i++) {
        fg_strbuf_printf(sb, " (%s: ", it->labels->pairs[i].key.str);
        fg_clip_put(sb, it->labels->pairs[i].value.str, FG_CLIP_NAME);
        fg_strbuf_putc(sb, ')');
    }
    if (it->type_def) {
        fg_strbuf_putc(sb, '\n');
        fg_clip_put(sb, it->type_def->label->str, FG_CLIP_LABEL);
    }
    if (it->description) {
        fg_strbuf_putc(sb, '\n');
        fg_clip_put(sb, it->description->str, FG_CLIP_TEXT);
    }
}

/* Element ids in the SVG: the view's name, "--", then the fact's own id,
 * so that several diagrams inlined in one page never collide and a report
 * can address a node or an edge by what it is. Ids and names are
 * kebab-case, so "--" cannot occur inside them. */
static void set_id(void *obj, const char *view, const char *a, const char *b, const char *c, const char *d)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&sb, "%s--%s", view, a);
    const char *rest[] = {b, c, d};
    for (size_t i = 0; i < 3; i++)
        if (rest[i])
            fg_strbuf_printf(&sb, "--%s", rest[i]);
    fg_dot_set(obj, "id", sb.data);
    fg_strbuf_release(&sb);
}

static void add_node(Agraph_t *g, const fg_view *v, const fg_item *it)
{
    Agnode_t *n = agnode(g, (char *)it->id->str, 1);
    fg_strbuf sb = FG_STRBUF_INIT, name = FG_STRBUF_INIT;
    fg_clip_put(&name, it->name->str, FG_CLIP_NAME);
    fg_label_wrap_put(&sb, name.data, fg_view_is_timeline(v) ? FG_WRAP_TIMELINE : FG_WRAP_NODE);
    fg_strbuf_release(&name);
    if (it->is_event) {
        /* This line break is ours, added after escaping: Graphviz reads it.
         * Dates are validated, so they need no escaping. */
        fg_strbuf_puts(&sb, "\\n");
        put_event_dates(&sb, it);
    }
    fg_dot_set(n, "label", sb.data);
    fg_strbuf_reset(&sb);
    put_node_tooltip(&sb, it);
    fg_dot_set_text(n, "tooltip", sb.data);
    fg_strbuf_reset(&sb);
    /* Classes let a report restyle a kind of node; type names are kebab-case. */
    fg_strbuf_printf(&sb, "fg-%s type-%s", it->is_event ? "event" : "entity", it->type->str);
    fg_dot_set(n, "class", sb.data);
    fg_strbuf_release(&sb);
    set_id(n, v->name, it->id->str, NULL, NULL, NULL);
    if (it->type_def)
        apply_style(n, it->type_def->style);
    if (it->url)
        set_url(n, it->url->str);
}

/* "€109bn", or "109bn XYZ" for a currency without a symbol. */
static void put_amount(fg_strbuf *sb, const fg_amount *a)
{
    static const struct { const char *scale, *suffix; } suffixes[] = {
        {"thousand", "k"}, {"million", "m"}, {"billion", "bn"}, {"trillion", "tn"},
    };
    const char *suffix = "";
    for (size_t i = 0; a->scale && i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (strcmp(a->scale->str, suffixes[i].scale) == 0)
            suffix = suffixes[i].suffix;
    const char *sym = fg_currency_symbol(a->currency->str);
    if (sym)
        fg_strbuf_printf(sb, "%s%s%s", sym, a->value->str, suffix);
    else
        fg_strbuf_printf(sb, "%s%s %s", a->value->str, suffix, a->currency->str);
}

static void put_edge_tooltip(fg_strbuf *sb, const fg_model *m, const fg_relation *r)
{
    fg_clip_put(sb, m->items[r->subj].name->str, FG_CLIP_NAME);
    fg_strbuf_putc(sb, ' ');
    fg_clip_put(sb, r->pred->label->str, FG_CLIP_LABEL);
    fg_strbuf_putc(sb, ' ');
    fg_clip_put(sb, m->items[r->obj].name->str, FG_CLIP_NAME);
    if (r->date)
        fg_strbuf_printf(sb, " (%s)", r->date->str);
    for (size_t i = 0; i < r->ncites; i++) {
        const fg_source *s = &m->sources[r->cites[i].source_idx];
        fg_strbuf_puts(sb, "\n“");
        fg_clip_put(sb, r->cites[i].quote->str, FG_CLIP_TEXT);
        fg_strbuf_puts(sb, "”\n— ");
        if (r->cites[i].speaker_idx >= 0) {
            fg_clip_put(sb, m->items[r->cites[i].speaker_idx].name->str, FG_CLIP_NAME);
            fg_strbuf_puts(sb, ", in ");
        }
        fg_clip_put(sb, s->title->str, FG_CLIP_TITLE);
        fg_strbuf_puts(sb, ", ");
        fg_clip_put(sb, s->publisher->str, FG_CLIP_NAME);
        fg_strbuf_printf(sb, ", %s", s->date ? s->date->str : "undated");
    }
}

/* The first cited source that has a URL, or NULL. */
static const char *source_url(const fg_model *m, const fg_relation *r)
{
    for (size_t i = 0; i < r->ncites; i++) {
        const fg_source *s = &m->sources[r->cites[i].source_idx];
        if (s->url)
            return s->url->str;
    }
    return NULL;
}

/* The text every drawn relation carries: its label (the predicate, after
 * "says SUBJECT" when it is drawn from a speaker, and the amount) and its
 * tooltips, clipped like every repeated text. */
static void set_relation_text(Agedge_t *e, const fg_view *v, const fg_model *m, const fg_relation *r,
                              const char *said_of)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    /* An index (the whole landscape) is a map to zoom into: its edges are
     * too many for their labels to stay apart, so they carry their text
     * in their tooltips alone, and the legend tells the predicates apart. */
    if (v->is_index) {
        put_edge_tooltip(&sb, m, r);
        fg_dot_set_text(e, "tooltip", sb.data);
        fg_strbuf_release(&sb);
        return;
    }
    if (said_of) {
        fg_strbuf_puts(&sb, "says ");
        fg_clip_put(&sb, said_of, FG_CLIP_NAME);
        fg_strbuf_putc(&sb, ' ');
    }
    fg_clip_put(&sb, r->pred->label->str, FG_CLIP_LABEL);
    if (r->amount) {
        fg_strbuf_putc(&sb, ' ');
        put_amount(&sb, r->amount);
    }
    fg_strbuf label = FG_STRBUF_INIT;
    fg_label_wrap_put(&label, sb.data, FG_WRAP_EDGE);
    fg_dot_set(e, "label", fg_strbuf_cstr(&label));
    fg_strbuf_release(&label);
    fg_strbuf_reset(&sb);
    put_edge_tooltip(&sb, m, r);
    fg_dot_set_text(e, "tooltip", sb.data);
    fg_dot_set_text(e, "labeltooltip", sb.data);
    fg_strbuf_release(&sb);
}

static void add_edge(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_relation *r)
{
    Agnode_t *t = agnode(g, (char *)r->subject->str, 0);
    Agnode_t *h = agnode(g, (char *)r->object->str, 0);
    Agedge_t *e = agedge(g, t, h, NULL, 1);
    set_relation_text(e, v, m, r, NULL);
    apply_style(e, r->pred->style);
    if (r->pred->symmetric)
        fg_dot_set(e, "dir", "none");
    fg_strbuf cls = FG_STRBUF_INIT;
    fg_strbuf_printf(&cls, "fg-relation pred-%s", r->pred->name->str);
    fg_dot_set(e, "class", cls.data);
    fg_strbuf_release(&cls);
    set_id(e, v->name, r->subject->str, r->pred->name->str, r->object->str, fg_str(r->date));
    const char *url = source_url(m, r);
    if (url)
        set_url(e, url);
}

/* With speakers: true, a relation someone is recorded as saying is drawn
 * from each of its speakers to its object, "says SUBJECT PREDICATE". The
 * first speaker's edge has the relation's own id, as in any view (the
 * report's table refers to it); a further speaker's adds "--SPEAKER". */
static void add_spoken_edges(Agraph_t *g, const fg_view *v, const fg_model *m, const fg_relation *r)
{
    Agnode_t *h = agnode(g, (char *)r->object->str, 0);
    size_t drawn = 0;
    for (size_t i = 0; i < r->ncites; i++) {
        int who = r->cites[i].speaker_idx;
        size_t j = 0;
        while (j < i && r->cites[j].speaker_idx != who)
            j++;
        Agnode_t *t = who < 0 ? NULL : agnode(g, (char *)m->items[who].id->str, 0);
        if (!t || j < i)
            continue; /* unspoken, filtered out, or this speaker's edge is drawn */
        const fg_item *sp = &m->items[who];
        Agedge_t *e = agedge(g, t, h, NULL, 1);
        set_relation_text(e, v, m, r, m->items[r->subj].name->str);
        fg_strbuf sb = FG_STRBUF_INIT;
        apply_style(e, r->pred->style);
        fg_strbuf_printf(&sb, "fg-relation fg-spoken pred-%s", r->pred->name->str);
        fg_dot_set(e, "class", sb.data);
        fg_strbuf_reset(&sb);
        fg_strbuf_printf(&sb, "%s%s%s", r->date ? r->date->str : "", r->date && drawn ? "--" : "",
                         drawn ? sp->id->str : "");
        drawn++;
        set_id(e, v->name, r->subject->str, r->pred->name->str, r->object->str, sb.len ? sb.data : NULL);
        fg_strbuf_release(&sb);
        const char *url = source_url(m, r);
        if (url)
            set_url(e, url);
    }
}

/* cgraph gives a named object the address of its interned name as id, and
 * keeps subgraphs ordered by id: agwrite would print clusters and ranks in
 * an order that changes from run to run with the addresses. This id
 * discipline numbers named (sub)graphs in the order they are made, and
 * leaves nodes and edges (which cgraph orders by creation anyway) to the
 * default. Ids of named graphs are even, like the default's, so that
 * cgraph tells them from anonymous ones. Names are cgraph's own interned
 * strings (agstrdup), as the default discipline keeps them: cgraph reads a
 * flag stored before such a string to tell an HTML-like name. */
typedef struct graph_ids {
    Agraph_t *root;
    void *inner;  /* the default discipline's state */
    char **names; /* names[k] has id 2 * (k + 1); NULL once freed */
    size_t n, cap;
} graph_ids;

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
    graph_ids *s = fg_xcalloc(1, sizeof *s);
    s->root = g;
    s->inner = AgIdDisc.open(g, disc);
    return s;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    graph_ids *s = state;
    if (objtype != AGRAPH || !str)
        return AgIdDisc.map(s->inner, objtype, str, id, createflag);
    for (size_t k = 0; k < s->n; k++)
        if (s->names[k] && strcmp(s->names[k], str) == 0) {
            *id = 2 * (IDTYPE)(k + 1);
            return 1;
        }
    if (!createflag)
        return 0;
    s->names = fg_xgrow(s->names, &s->cap, s->n + 1, sizeof *s->names);
    s->names[s->n++] = agstrdup(s->root, str);
    *id = 2 * (IDTYPE)s->n;
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE id)
{
    return AgIdDisc.alloc(((graph_ids *)state)->inner, objtype, id);
}

static void ids_free(void *state, int objtype, IDTYPE id)
{
    graph_ids *s = state;
    if (objtype != AGRAPH) {
        AgIdDisc.free(s->inner, objtype, id);
    } else if (id % 2 == 0 && id / 2 - 1 < s->n && s->names[id / 2 - 1]) {
        agstrfree(s->root, s->names[id / 2 - 1]);
        s->names[id / 2 - 1] = NULL;
    }
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
    graph_ids *s = state;
    if (objtype != AGRAPH)
        return AgIdDisc.print(s->inner, objtype, id);
    return id % 2 == 0 && id / 2 - 1 < s->n ? s->names[id / 2 - 1] : NULL;
}

static void ids_close(void *state)
{
    graph_ids *s = state;
    AgIdDisc.close(s->inner);
    free(s->names); /* each name was freed with its graph */
    free(s);
}

static void ids_register(void *state, int objtype, void *obj)
{
    AgIdDisc.idregister(((graph_ids *)state)->inner, objtype, obj);
}

static Agiddisc_t graph_id_disc = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
static Agdisc_t graph_disc = {&AgMemDisc, &graph_id_disc, &AgIoDisc};

Agraph_t *fg_render_graph(const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    Agraph_t *g = agopen(v->name, Agdirected, &graph_disc);
    declare_defaults(g, v);
    if (v->as_of) {
        fg_strbuf title = FG_STRBUF_INIT;
        fg_strbuf_printf(&title, "%s (as of %s)", v->title->str, v->as_of->str);
        fg_dot_set_text(g, "label", title.data);
        fg_strbuf_release(&title);
    } else {
        fg_dot_set_text(g, "label", v->title->str);
    }
    /* Graphviz prefixes the ids it makes itself with the graph's id. */
    fg_dot_set(g, "id", v->name);
    for (size_t i = 0; i < sel->nitems; i++)
        add_node(g, v, &m->items[sel->items[i]]);
    for (size_t i = 0; i < sel->nrels; i++) {
        const fg_relation *r = &m->rels[sel->rels[i]];
        if (v->by_speaker && fg_relation_has_speaker(r))
            add_spoken_edges(g, v, m, r);
        else
            add_edge(g, v, m, r);
    }
    if (v->group_by)
        fg_render_clusters(g, v, m, sel);
    if (fg_view_is_timeline(v))
        fg_render_time_axis(g, v, m, sel);
    return g;
}

int fg_render_dot(Agraph_t *g, fg_strbuf *out)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return -1;
    int rc = agwrite(g, f);
    if (fclose(f) != 0)
        rc = -1;
    if (rc == 0)
        fg_strbuf_put(out, buf, len);
    free(buf);
    return rc == 0 ? 0 : -1;
}
