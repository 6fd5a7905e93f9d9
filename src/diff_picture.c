/* The diff picture: one view drawn over the union of two versions.
 *
 * The view is rendered on each side by render_dot.c, as build renders it
 * (the newer side's definition selects on both). The older side's nodes
 * and edges that the newer one lacks are then copied into the newer
 * graph with every attribute they were given, and into the clusters they
 * were in, so that nothing of the renderer is repeated here. Last, each
 * node and edge of a fact is marked: a class, and a few attributes over
 * the ones its type or predicate gave it. Nodes are known by their name
 * (an item's id), edges by their element id (render_dot.c's set_id:
 * VIEW--SUBJECT--PREDICATE--OBJECT[--DATE][--SPEAKER]); a fact's fields
 * changed when diff.c says so. Both graphs are made in the selections'
 * sorted order and merged in that order, so the bytes repeat. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "diff.h"
#include "dot_attr.h"
#include "output.h"
#include "project.h"
#include "render_dot.h"
#include "render_svg.h"
#include "svg_decorate.h"
#include "symtab.h"
#include "xalloc.h"

/* Okabe-Ito hues of facts/schema.yaml's palette: bluish green, which the
 * schema gives to signing and attending (agreement), and a grey lighter
 * than any line of the schema. Every hue is some line's already, so a
 * changed fact keeps its colours and width (they say what it is) and
 * only its text turns vermillion, a colour no label has. */
#define AGREEMENT_COLOUR "#009E73"
#define CHANGED_COLOUR "#D55E00"
#define FADED_COLOUR "#999999"
/* Graphviz reads a fourth byte as opacity: 60%. */
#define FADED_ALPHA "99"

typedef enum { MARK_SAME, MARK_ADDED, MARK_REMOVED, MARK_CHANGED } mark_kind;

static const char *const mark_names[] = {"same", "added", "removed", "changed"};

static const fg_legend_mark legend_marks[] = {
    {"added", "added (bold)", AGREEMENT_COLOUR, "bold", "1", NULL},
    {"removed", "removed (faded, dashed)", FADED_COLOUR, "dashed", "0.6", NULL},
    {"changed", "changed, the fields named", CHANGED_COLOUR, "solid", "1", "(changed: quote)"},
};

typedef struct picture {
    Agraph_t *g;   /* the newer side's graph: it receives the older side's */
    Agraph_t *old; /* the older side's */
    const fg_model *ma, *mb;
    const char *after; /* the newer side's name, for the tooltips */
    fg_symtab changed_items; /* id -> fg_change */
    fg_symtab changed_rels;  /* edge id -> fg_change */
    fg_symtab old_edges;     /* edge id -> Agedge_t of old */
    fg_symtab new_edges;     /* edge id -> Agedge_t of g, as render_dot.c made it */
    fg_symtab copied;        /* node name -> Agnode_t of g, copied from old */
    char **keys;             /* the keys of changed_rels, to free */
    size_t nkeys, keys_cap;
} picture;

static const char *attr(void *obj, const char *name)
{
    const char *v = agget(obj, (char *)name);
    return v ? v : "";
}

static bool is_fact_node(const picture *p, const char *name)
{
    const fg_id_entry *e = fg_model_lookup(p->mb, name);
    if (!e)
        e = fg_model_lookup(p->ma, name);
    return e && e->kind == FG_ID_ITEM;
}

/* The edge id render_dot.c gives a relation's (first) edge. */
static char *relation_edge_id(const char *view, const fg_relation *r)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&sb, "%s--%s--%s--%s", view, r->subject->str, r->predicate->str, r->object->str);
    if (r->date)
        fg_strbuf_printf(&sb, "--%s", r->date->str);
    return fg_strbuf_detach(&sb);
}

static void index_changes(picture *p, const char *view, const fg_changes *c)
{
    for (size_t i = 0; i < c->n; i++) {
        const fg_change *ch = &c->items[i];
        if (ch->change != FG_CHANGE_CHANGED)
            continue;
        if (ch->kind == FG_DIFF_KIND_ENTITY || ch->kind == FG_DIFF_KIND_EVENT) {
            fg_symtab_put(&p->changed_items, ch->key, (void *)ch);
        } else if (ch->kind == FG_DIFF_KIND_RELATION) {
            char *key = relation_edge_id(view, ch->after);
            p->keys = fg_xgrow(p->keys, &p->keys_cap, p->nkeys + 1, sizeof *p->keys);
            p->keys[p->nkeys++] = key;
            fg_symtab_put(&p->changed_rels, key, (void *)ch);
        }
    }
}

/* Whether the relation r of model m has a citation spoken by speaker. */
static bool spoken_by(const fg_model *m, const fg_relation *r, const char *speaker)
{
    for (size_t i = 0; r && i < r->ncites; i++) {
        int who = r->cites[i].speaker_idx;
        if (who >= 0 && strcmp(m->items[who].id->str, speaker) == 0)
            return true;
    }
    return false;
}

/* The change of the relation an edge draws: its id, or, for a further
 * speaker's edge of a relation (ID--SPEAKER), the id without the speaker.
 * The last segment may also be a relation's date (s--p--o--DATE is
 * another relation than s--p--o): it is cut only when it names one of the
 * relation's speakers, on either side. */
static const fg_change *edge_change(const picture *p, const char *id)
{
    const fg_change *ch = fg_symtab_get(&p->changed_rels, id);
    const char *cut = NULL; /* the last "--": ids are kebab-case */
    for (const char *q = strstr(id, "--"); q; q = strstr(q + 2, "--"))
        cut = q;
    if (ch || !cut)
        return ch;
    char *base = fg_xstrndup(id, (size_t)(cut - id));
    ch = fg_symtab_get(&p->changed_rels, base);
    free(base);
    const char *speaker = cut + 2;
    if (ch && !spoken_by(p->mb, ch->after, speaker) && !spoken_by(p->ma, ch->before, speaker))
        return NULL;
    return ch;
}

static void index_edges(Agraph_t *g, fg_symtab *t)
{
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            if (*attr(e, "id"))
                fg_symtab_put(t, attr(e, "id"), e);
}

/* Every attribute obj was given (not left at its default), onto to. */
static void copy_attrs(Agraph_t *from_g, int kind, void *from, void *to)
{
    for (Agsym_t *s = agnxtattr(from_g, kind, NULL); s; s = agnxtattr(from_g, kind, s)) {
        const char *v = agxget(from, s);
        if (strcmp(v, s->defval) != 0)
            agsafeset(to, s->name, (char *)v, s->defval);
    }
}

/* The style with its line kind (solid, dashed, dotted, bold) replaced by
 * line: a removed fact is dashed whatever its predicate draws. With
 * keep_dashes only solid and bold are replaced: an added fact keeps its
 * predicate's dashes or dots. */
static void set_line(void *obj, const char *line, bool keep_dashes)
{
    static const char *const lines[] = {"solid", "dashed", "dotted", "bold"};
    char *style = fg_xstrdup(attr(obj, "style"));
    fg_strbuf sb = FG_STRBUF_INIT;
    for (char *save = NULL, *tok = strtok_r(style, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        bool is_line = false;
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
            if (strcmp(tok, lines[i]) == 0 && (!keep_dashes || i == 0 || i == 3))
                is_line = true;
        if (!is_line)
            fg_strbuf_printf(&sb, "%s,", tok);
    }
    fg_strbuf_puts(&sb, line);
    fg_dot_set(obj, "style", sb.data);
    fg_strbuf_release(&sb);
    free(style);
}

static void add_class(void *obj, mark_kind k)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&sb, "%s fg-%s", attr(obj, "class"), mark_names[k]);
    fg_dot_set(obj, "class", sb.data);
    fg_strbuf_release(&sb);
}

/* A first line for the tooltips (already escaped for Graphviz: only the
 * revision's name needs it). */
static void prefix_tooltip(void *obj, const char *what, const char *rev, const fg_change *ch, bool edge)
{
    fg_strbuf head = FG_STRBUF_INIT, sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&head, "%s in %s", what, rev);
    for (size_t i = 0; ch && i < ch->nfields; i++)
        fg_strbuf_printf(&head, "%s%s", i ? ", " : ": ", ch->fields[i]);
    fg_dot_put_escaped(&sb, head.data);
    fg_strbuf_printf(&sb, "\\n%s", attr(obj, "tooltip"));
    fg_dot_set(obj, "tooltip", sb.data);
    if (edge)
        fg_dot_set(obj, "labeltooltip", sb.data);
    fg_strbuf_release(&sb);
    fg_strbuf_release(&head);
}

/* "(changed: quote, source)" under the label: the fields are names from
 * the tables, and the line break is Graphviz's escape. An edge drawn
 * without a label (an index view's) gets the mark alone: it is the only
 * sign of the change besides the tooltip. */
static void suffix_label(void *obj, const fg_change *ch)
{
    if (!ch)
        return; /* nothing to name */
    fg_strbuf sb = FG_STRBUF_INIT;
    const char *label = attr(obj, "label");
    fg_strbuf_printf(&sb, "%s%s(changed: ", label, *label ? "\\n" : "");
    for (size_t i = 0; i < ch->nfields; i++)
        fg_strbuf_printf(&sb, "%s%s", i ? ", " : "", ch->fields[i]);
    fg_strbuf_putc(&sb, ')');
    fg_dot_set(obj, "label", sb.data);
    fg_strbuf_release(&sb);
}

/* A filled node keeps a faded tint of its fill. */
static void fade_fill(void *obj)
{
    const char *fill = attr(obj, "fillcolor");
    fg_strbuf sb = FG_STRBUF_INIT;
    if (fill[0] == '#' && strlen(fill) == 7)
        fg_strbuf_printf(&sb, "%s%s", fill, FADED_ALPHA);
    else
        fg_strbuf_puts(&sb, "white");
    fg_dot_set(obj, "fillcolor", sb.data);
    fg_strbuf_release(&sb);
}

static void mark(const picture *p, void *obj, mark_kind k, const fg_change *ch, bool edge)
{
    add_class(obj, k);
    switch (k) {
    case MARK_SAME: return;
    case MARK_ADDED:
        fg_dot_set(obj, "color", AGREEMENT_COLOUR);
        fg_dot_set(obj, "fontcolor", AGREEMENT_COLOUR);
        fg_dot_set(obj, "penwidth", "2.5");
        set_line(obj, "bold", true);
        prefix_tooltip(obj, "added", p->after, NULL, edge);
        return;
    case MARK_REMOVED:
        fg_dot_set(obj, "color", FADED_COLOUR FADED_ALPHA);
        fg_dot_set(obj, "fontcolor", FADED_COLOUR);
        fg_dot_set(obj, "penwidth", "1");
        set_line(obj, "dashed", false);
        if (!edge)
            fade_fill(obj);
        prefix_tooltip(obj, "removed", p->after, NULL, edge);
        return;
    case MARK_CHANGED:
        fg_dot_set(obj, "fontcolor", CHANGED_COLOUR);
        suffix_label(obj, ch);
        prefix_tooltip(obj, "changed", p->after, ch, edge);
        return;
    }
}

/* What render_dot.c drew from the newer side: on both sides, or added. */
static void mark_newer(picture *p)
{
    for (Agnode_t *n = agfstnode(p->g); n; n = agnxtnode(p->g, n)) {
        const char *name = agnameof(n);
        if (!is_fact_node(p, name))
            continue;
        const fg_change *ch = fg_symtab_get(&p->changed_items, name);
        mark_kind k = !agnode(p->old, (char *)name, 0) ? MARK_ADDED : ch ? MARK_CHANGED : MARK_SAME;
        mark(p, n, k, ch, false);
    }
    for (Agnode_t *n = agfstnode(p->g); n; n = agnxtnode(p->g, n))
        for (Agedge_t *e = agfstout(p->g, n); e; e = agnxtout(p->g, e)) {
            const char *id = attr(e, "id");
            if (!*id)
                continue;
            const fg_change *ch = edge_change(p, id);
            mark_kind k = !fg_symtab_get(&p->old_edges, id) ? MARK_ADDED : ch ? MARK_CHANGED : MARK_SAME;
            mark(p, e, k, ch, true);
        }
}

/* The older side's nodes and edges that the newer one lacks. */
static void copy_removed(picture *p)
{
    for (Agnode_t *n = agfstnode(p->old); n; n = agnxtnode(p->old, n)) {
        if (agnode(p->g, agnameof(n), 0))
            continue;
        Agnode_t *c = agnode(p->g, agnameof(n), 1);
        copy_attrs(p->old, AGNODE, n, c);
        fg_symtab_put(&p->copied, agnameof(c), c);
        if (is_fact_node(p, agnameof(n)))
            mark(p, c, MARK_REMOVED, NULL, false);
    }
    for (Agnode_t *n = agfstnode(p->old); n; n = agnxtnode(p->old, n))
        for (Agedge_t *e = agfstout(p->old, n); e; e = agnxtout(p->old, e)) {
            const char *id = attr(e, "id");
            if (!*id || fg_symtab_get(&p->new_edges, id))
                continue;
            Agedge_t *c = agedge(p->g, agnode(p->g, agnameof(agtail(e)), 0), agnode(p->g, agnameof(aghead(e)), 0),
                                 NULL, 1);
            copy_attrs(p->old, AGEDGE, e, c);
            mark(p, c, MARK_REMOVED, NULL, true);
        }
}

/* A copied node joins the clusters (and ranks) it was in, made in the
 * newer graph when it has none of that name. */
static void copy_membership(picture *p, Agraph_t *from, Agraph_t *to)
{
    for (Agraph_t *s = agfstsubg(from); s; s = agnxtsubg(s)) {
        Agraph_t *t = agsubg(to, agnameof(s), 0);
        for (Agnode_t *n = agfstnode(s); n; n = agnxtnode(s, n)) {
            Agnode_t *c = fg_symtab_get(&p->copied, agnameof(n));
            if (!c)
                continue;
            if (!t) {
                t = agsubg(to, agnameof(s), 1);
                copy_attrs(p->old, AGRAPH, s, t);
            }
            agsubnode(t, c, 1);
        }
        if (t)
            copy_membership(p, s, t);
    }
}

static void picture_release(picture *p)
{
    fg_symtab_release(&p->changed_items);
    fg_symtab_release(&p->changed_rels);
    fg_symtab_release(&p->old_edges);
    fg_symtab_release(&p->new_edges);
    fg_symtab_release(&p->copied);
    for (size_t i = 0; i < p->nkeys; i++)
        free(p->keys[i]);
    free(p->keys);
}

/* Merge the older side's graph into the newer's and mark both. */
static void merge(Agraph_t *g, Agraph_t *old, fg_project *a, fg_project *b, const fg_view *v,
                  const fg_diff_picture_options *o)
{
    picture p = {.g = g, .old = old, .ma = &a->model, .mb = &b->model, .after = o->after};
    fg_changes changes;
    fg_diff_compute_records(a, b, &changes);
    index_changes(&p, v->name, &changes);
    index_edges(old, &p.old_edges);
    index_edges(g, &p.new_edges);
    mark_newer(&p);
    copy_removed(&p);
    copy_membership(&p, old, g);
    picture_release(&p);
    fg_changes_release(&changes);
}

/* Lay out and decorate: the marks, then the types, predicates and
 * sources of both sides, as the newer side's schema and sources have
 * them. */
static int draw_svg(GVC_t *gvc, Agraph_t *g, fg_project *owner, const fg_view *dv, const fg_model *m,
                    const fg_selection *sel, const fg_model *old_m, const fg_selection *old_sel, unsigned timeout_s,
                    fg_strbuf *out)
{
    const fg_decoration_marks marks = {legend_marks, sizeof legend_marks / sizeof legend_marks[0], old_m, old_sel};
    fg_strbuf svg = FG_STRBUF_INIT, err = FG_STRBUF_INIT;
    int rc = fg_render_svg(gvc, g, fg_view_engine(dv), timeout_s, &svg, &err);
    if (rc != 0)
        fg_diag_error(&owner->diags, dv->title->pos, "layout-failed", "view '%s': %s", dv->name, err.data);
    else if ((rc = fg_svg_decorate_marked(svg.data, svg.len, dv, m, sel, &marks, out)) != 0)
        fg_diag_error(&owner->diags, dv->title->pos, "layout-failed",
                      "view '%s': Graphviz wrote an SVG without a size", dv->name);
    fg_strbuf_release(&svg);
    fg_strbuf_release(&err);
    return rc;
}

/* The union is refused past the node limit of the view's layout, as
 * build refuses a view (the union of two views that fit may not). */
static bool fits_layout(Agraph_t *g, fg_project *owner, const fg_view *v)
{
    const char *engine = fg_view_engine(v);
    size_t n = (size_t)agnnodes(g), limit = fg_build_node_limit(engine);
    if (n <= limit)
        return true;
    fg_diag_error(&owner->diags, v->title->pos, "view-too-large",
                  "view '%s' drawn over both versions has %zu nodes, more than layout %s draws in reasonable time "
                  "(%zu): narrow it with focus and depth, types, predicates or a date window",
                  v->name, n, engine, limit);
    return false;
}

/* Into path through a temporary file beside it, as an export is written:
 * a reader never sees half a picture. */
static int write_picture(fg_project *owner, const char *path, const fg_strbuf *drawn)
{
    fg_atomic_file a;
    fg_strbuf err = FG_STRBUF_INIT;
    int rc = fg_atomic_open(&a, path, &err);
    if (rc == 0 && fwrite(drawn->data, 1, drawn->len, a.f) != drawn->len) {
        fg_strbuf_printf(&err, "cannot write %s: %s", path, strerror(errno));
        fg_atomic_abort(&a);
        rc = -1;
    } else if (rc == 0) {
        rc = fg_atomic_commit(&a, &err);
    }
    if (rc != 0)
        fg_diag_error(&owner->diags, (fg_pos){FG_NOFILE, 0, 0}, "io", "%s", err.data);
    fg_strbuf_release(&err);
    return rc;
}

fg_result fg_diff_picture(fg_project *before, fg_project *after, const fg_diff_picture_options *o, char **out,
                          size_t *len)
{
    *out = NULL;
    *len = 0;
    if (!fg_project_valid(before) || !fg_project_valid(after))
        return FG_INVALID;
    fg_project *owner = after;
    fg_view *v = fg_project_view(after, o->view);
    if (!v) {
        owner = before;
        v = fg_project_view(before, o->view);
    }
    if (!v || !v->ok)
        return FG_INVALID;
    /* The diagram's title names the two sides. */
    fg_strbuf title = FG_STRBUF_INIT;
    fg_strbuf_printf(&title, "%s: %s → %s", v->title->str, o->before, o->after);
    fg_text title_text = {title.data, (uint32_t)title.len, v->title->pos};
    fg_view dv = *v;
    dv.title = &title_text;
    /* Made first, as build makes it: it changes the DOT of graphs made after it. */
    GVC_t *gvc = gvContext();
    fg_selection sel_before, sel_after;
    fg_view_select(&dv, &before->model, &sel_before);
    fg_view_select(&dv, &after->model, &sel_after);
    Agraph_t *g = fg_render_graph(&dv, &after->model, &sel_after);
    Agraph_t *old = fg_render_graph(&dv, &before->model, &sel_before);
    merge(g, old, before, after, &dv, o);
    fg_strbuf drawn = FG_STRBUF_INIT;
    int rc = -1;
    if (fits_layout(g, owner, &dv))
        rc = o->format == FG_RENDER_DOT ? fg_render_dot(g, &drawn)
                                        : draw_svg(gvc, g, owner, &dv, &after->model, &sel_after, &before->model,
                                                   &sel_before, o->timeout_s, &drawn);
    agclose(old);
    agclose(g);
    fg_selection_release(&sel_before);
    fg_selection_release(&sel_after);
    gvFreeContext(gvc);
    fg_strbuf_release(&title);
    if (rc == 0 && o->output)
        rc = write_picture(owner, o->output, &drawn);
    if (rc != 0) {
        fg_strbuf_release(&drawn);
        return FG_FAILED;
    }
    *len = drawn.len;
    *out = fg_strbuf_detach(&drawn);
    return FG_OK;
}
