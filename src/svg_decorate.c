/* The decoration is laid out here, in points (Graphviz's SVG uses a
 * viewBox in points at scale 1): rows of legend entries that wrap at the
 * drawing's width, then one line per source. Text widths are estimated
 * from the number of characters (CJK ones count double), which is enough
 * to keep entries apart. */
#include "svg_decorate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render_dot.h"
#include "xalloc.h"

enum { ITEM_H = 18, SWATCH_W = 24, EDGE_SWATCH_W = 32, SWATCH_H = 12, GAP = 6, MARGIN = 14, MIN_WIDTH = 360 };
static const double FONT = 10.0, SMALL = 9.0;

typedef struct layout {
    fg_strbuf *out;
    double width;  /* of the whole drawing */
    double x, y;   /* where the next legend entry goes */
} layout;

static double text_width(const char *s, double size)
{
    double w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;
        /* Lead bytes of 3- and 4-byte sequences: mostly CJK in this domain. */
        w += *p >= 0xE3 ? 1.0 : 0.56;
    }
    return w * size;
}

/* A style attribute of a type or predicate, or def. */
static const char *style_of(const fg_map *style, const char *name, const char *def)
{
    const fg_text *v = fg_map_get(style, name);
    return v ? v->str : def;
}

static const char *dash_of(const char *style)
{
    if (strstr(style, "dashed"))
        return " stroke-dasharray=\"5,2\"";
    if (strstr(style, "dotted"))
        return " stroke-dasharray=\"1,5\"";
    return "";
}

static void put_text(layout *l, double x, double y, double size, const char *cls, const char *text)
{
    fg_strbuf_printf(l->out, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" font-family=\"%s\" font-size=\"%.2f\">", cls,
                     x, y, FG_FONT, size);
    fg_strbuf_put_xml(l->out, text);
    fg_strbuf_puts(l->out, "</text>\n");
}

/* Move to the next entry's place, wrapping when it would not fit. */
static void place(layout *l, double w)
{
    if (l->x > MARGIN && l->x + w > l->width - MARGIN) {
        l->x = MARGIN;
        l->y += ITEM_H;
    }
}

/* Polygon outlines of Graphviz shapes, on a unit box (0..1 across, 0..1
 * down), for the legend's swatches. */
static const struct {
    const char *shape;
    const char *points;
} outlines[] = {
    {"hexagon", "0,.5 .2,0 .8,0 1,.5 .8,1 .2,1"},
    {"octagon", ".15,0 .85,0 1,.3 1,.7 .85,1 .15,1 0,.7 0,.3"},
    {"doubleoctagon", ".15,0 .85,0 1,.3 1,.7 .85,1 .15,1 0,.7 0,.3"},
    {"tripleoctagon", ".15,0 .85,0 1,.3 1,.7 .85,1 .15,1 0,.7 0,.3"},
    {"parallelogram", ".25,0 1,0 .75,1 0,1"},
    {"house", "0,.4 .5,0 1,.4 1,1 0,1"},
    {"cds", "0,0 .8,0 1,.5 .8,1 0,1"},
    {"note", "0,0 .8,0 1,.25 1,1 0,1"},
    {"diamond", "0,.5 .5,0 1,.5 .5,1"},
};

/* One outline of a shape in the box x, y, w, h; the caller closes the
 * element with its fill and stroke. */
static void put_outline(fg_strbuf *o, const char *shape, const char *style, double x, double y, double w, double h)
{
    if (strcmp(shape, "ellipse") == 0 || strcmp(shape, "oval") == 0 || strcmp(shape, "circle") == 0) {
        fg_strbuf_printf(o, "<ellipse cx=\"%.2f\" cy=\"%.2f\" rx=\"%.2f\" ry=\"%.2f\"", x + w / 2, y + h / 2, w / 2,
                         h / 2);
        return;
    }
    for (size_t i = 0; i < sizeof outlines / sizeof outlines[0]; i++) {
        if (strcmp(shape, outlines[i].shape) != 0)
            continue;
        fg_strbuf_puts(o, "<polygon points=\"");
        for (const char *p = outlines[i].points; *p;) {
            double px = strtod(p, (char **)&p);
            p++; /* the comma */
            double py = strtod(p, (char **)&p);
            fg_strbuf_printf(o, "%.2f,%.2f%s", x + px * w, y + py * h, *p ? " " : "");
            while (*p == ' ')
                p++;
        }
        fg_strbuf_putc(o, '"');
        return;
    }
    fg_strbuf_printf(o, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" rx=\"%d\"", x, y, w, h,
                     strstr(style, "rounded") ? 4 : 0);
}

/* How many outlines Graphviz draws: peripheries, or the shape's own. */
static int peripheries_of(const fg_type *t, const char *shape)
{
    const fg_text *p = fg_map_get(t->style, "peripheries");
    if (p) {
        /* Validated as a style value; anything but 1 to 3 is drawn as the
         * nearest of them. */
        long n = strtol(p->str, NULL, 10);
        return n < 1 ? 1 : n > 3 ? 3 : (int)n;
    }
    return strcmp(shape, "tripleoctagon") == 0 ? 3 : strcmp(shape, "doubleoctagon") == 0 ? 2 : 1;
}

static void put_type_entry(layout *l, const fg_type *t, const char *view)
{
    const char *shape = style_of(t->style, "shape", "box");
    const char *style = style_of(t->style, "style", "rounded,filled");
    const char *fill = strstr(style, "filled") ? style_of(t->style, "fillcolor", "white") : "none";
    const char *stroke = style_of(t->style, "color", "#555555");
    const char *pen = style_of(t->style, "penwidth", "1");
    int n = peripheries_of(t, shape);
    double w = SWATCH_W + GAP + text_width(t->label->str, FONT) + 2 * GAP;
    place(l, w);
    double cy = l->y - SWATCH_H / 2.0 + 1;
    fg_strbuf_printf(l->out, "<g id=\"%s--legend--%s\" class=\"fg-legend-entry type-%s\">\n", view, t->name->str,
                     t->name->str);
    /* The outer outlines 2.5 points apart around the filled inner one, as
     * Graphviz draws a bloc's double box. */
    for (int k = n - 1; k >= 0; k--) {
        double in = 2.5 * (n - 1 - k);
        put_outline(l->out, shape, style, l->x + in, cy - SWATCH_H / 2.0 + in, SWATCH_W - 2 * in,
                    SWATCH_H - 2 * in);
        fg_strbuf_printf(l->out, " fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n", k == 0 ? fill : "none",
                         stroke, pen, dash_of(style));
    }
    put_text(l, l->x + SWATCH_W + GAP, l->y, FONT, "fg-legend-label", t->label->str);
    fg_strbuf_puts(l->out, "</g>\n");
    l->x += w;
}

/* Graphviz's arrow names: up to four shapes from the tip back, each
 * optionally "o" (open) and "l" or "r" (a half, drawn whole here). */
static const char *const arrow_shapes[] = {"normal", "inv", "tee", "vee", "diamond", "box", "dot", "crow", "none",
                                           NULL};
static const struct {
    const char *alias, *name;
} arrow_aliases[] = {
    {"empty", "onormal"}, {"invempty", "oinv"}, {"ediamond", "odiamond"}, {"open", "vee"}, {"halfopen", "lvee"},
};

enum { ARROW_LEN = 7 };
static const double ARROW_HALF = 3.5;

/* One arrow shape with its tip at tx, pointing in direction d (1 to the
 * right, -1 to the left), drawn with the elements Graphviz's SVG uses for
 * it (a polygon, a polygon and a stem, an ellipse), so that the legend
 * and an edge can be compared element by element. Returns its length. */
static double put_arrow_shape(fg_strbuf *o, const char *shape, bool open, double tx, double cy, double d,
                              const char *color, const char *pen)
{
    const double L = ARROW_LEN, w = ARROW_HALF;
    const char *fill = open ? "none" : color;
    if (strcmp(shape, "none") == 0)
        return 0;
    if (strcmp(shape, "dot") == 0) {
        fg_strbuf_printf(o, "<ellipse cx=\"%.2f\" cy=\"%.2f\" rx=\"%.2f\" ry=\"%.2f\" fill=\"%s\" stroke=\"%s\" "
                            "stroke-width=\"%s\"/>\n",
                         tx - d * w, cy, w, w, fill, color, pen);
        return 2 * w;
    }
    double pts[4][2];
    size_t n = 3;
    double len = L;
    if (strcmp(shape, "inv") == 0) {
        double p[][2] = {{tx, cy - w}, {tx - d * L, cy}, {tx, cy + w}};
        memcpy(pts, p, sizeof p);
    } else if (strcmp(shape, "vee") == 0) {
        double p[][2] = {{tx - d * L, cy - w}, {tx, cy}, {tx - d * L, cy + w}, {tx - d * L * 0.6, cy}};
        memcpy(pts, p, sizeof p);
        n = 4;
    } else if (strcmp(shape, "crow") == 0) {
        double p[][2] = {{tx, cy - w}, {tx - d * L, cy}, {tx, cy + w}, {tx - d * L * 0.4, cy}};
        memcpy(pts, p, sizeof p);
        n = 4;
    } else if (strcmp(shape, "diamond") == 0) {
        double p[][2] = {{tx, cy}, {tx - d * L / 2, cy - w}, {tx - d * L, cy}, {tx - d * L / 2, cy + w}};
        memcpy(pts, p, sizeof p);
        n = 4;
    } else if (strcmp(shape, "tee") == 0 || strcmp(shape, "box") == 0) {
        /* A bar (or a square) at the tip, and the stem Graphviz draws as
         * a polyline through it. */
        bool tee = shape[0] == 't';
        double x0 = tx - d * (tee ? 2.0 : 2 * w), x1 = tee ? tx - d * 0.5 : tx;
        double p[][2] = {{x0, cy - w - 0.5}, {x1, cy - w - 0.5}, {x1, cy + w + 0.5}, {x0, cy + w + 0.5}};
        memcpy(pts, p, sizeof p);
        n = 4;
        len = tee ? 4 : L;
    } else { /* normal */
        double p[][2] = {{tx - d * L, cy - w}, {tx, cy}, {tx - d * L, cy + w}};
        memcpy(pts, p, sizeof p);
    }
    fg_strbuf_puts(o, "<polygon points=\"");
    for (size_t i = 0; i < n; i++)
        fg_strbuf_printf(o, "%.2f,%.2f ", pts[i][0], pts[i][1]);
    fg_strbuf_printf(o, "%.2f,%.2f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>\n", pts[0][0], pts[0][1], fill,
                     color, pen);
    if (strcmp(shape, "tee") == 0 || strcmp(shape, "box") == 0)
        fg_strbuf_printf(o, "<polyline points=\"%.2f,%.2f %.2f,%.2f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"/>\n",
                         tx, cy, tx - d * len, cy, color, pen);
    return len;
}

/* A whole arrow name (several shapes from the tip back); returns how far
 * back from the tip the line starts. */
static double put_arrow(fg_strbuf *o, const char *name, double tx, double cy, double d, const char *color,
                        const char *pen)
{
    for (size_t i = 0; i < sizeof arrow_aliases / sizeof arrow_aliases[0]; i++)
        if (strcmp(name, arrow_aliases[i].alias) == 0)
            name = arrow_aliases[i].name;
    double back = 0;
    for (int k = 0; k < 4 && *name; k++) {
        bool open = false;
        if (*name == 'o') {
            open = true;
            name++;
        }
        if (*name == 'l' || *name == 'r')
            name++;
        size_t s = 0;
        while (arrow_shapes[s] && strncmp(name, arrow_shapes[s], strlen(arrow_shapes[s])) != 0)
            s++;
        if (!arrow_shapes[s]) /* Graphviz draws "normal" for a name it does not know */
            s = 0, name = "";
        else
            name += strlen(arrow_shapes[s]);
        back += put_arrow_shape(o, arrow_shapes[s], open, tx - d * back, cy, d, color, pen);
    }
    return back;
}

/* The swatch draws what an edge of the predicate draws: its colour, pen
 * width and dashes, and the arrowheads at the ends its direction gives
 * (render_dot.c draws a symmetric predicate with dir=none). */
static void put_predicate_entry(layout *l, const fg_predicate *p, const char *view)
{
    const char *style = style_of(p->style, "style", "solid");
    const char *color = style_of(p->style, "color", "#555555");
    const char *pen = style_of(p->style, "penwidth", strstr(style, "bold") ? "2" : "1");
    const char *dir = p->symmetric ? "none" : style_of(p->style, "dir", "forward");
    bool head = strcmp(dir, "forward") == 0 || strcmp(dir, "both") == 0;
    bool tail = strcmp(dir, "back") == 0 || strcmp(dir, "both") == 0;
    double sw = EDGE_SWATCH_W;
    double w = sw + GAP + text_width(p->label->str, FONT) + 2 * GAP;
    place(l, w);
    double cy = l->y - SWATCH_H / 2.0 + 1;
    fg_strbuf_printf(l->out, "<g id=\"%s--legend--%s\" class=\"fg-legend-entry pred-%s\">\n", view, p->name->str,
                     p->name->str);
    fg_strbuf arrows = FG_STRBUF_INIT;
    double x0 = l->x, x1 = l->x + sw;
    if (head)
        x1 -= put_arrow(&arrows, style_of(p->style, "arrowhead", "normal"), l->x + sw, cy, 1, color, pen);
    if (tail)
        x0 += put_arrow(&arrows, style_of(p->style, "arrowtail", "normal"), l->x, cy, -1, color, pen);
    fg_strbuf_printf(l->out,
                     "<path d=\"M%.2f,%.2f L%.2f,%.2f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n", x0,
                     cy, x1, cy, color, pen, dash_of(style));
    fg_strbuf_put(l->out, arrows.data ? arrows.data : "", arrows.len);
    fg_strbuf_release(&arrows);
    put_text(l, l->x + sw + GAP, l->y, FONT, "fg-legend-label", p->label->str);
    fg_strbuf_puts(l->out, "</g>\n");
    l->x += w;
}

static void put_mark_entry(layout *l, const fg_legend_mark *k, const char *view)
{
    const char *pen = strstr(k->style, "bold") ? "2" : "1";
    double sw = k->sample ? text_width(k->sample, FONT) : SWATCH_W;
    double w = sw + GAP + text_width(k->label, FONT) + 2 * GAP;
    place(l, w);
    double cy = l->y - SWATCH_H / 2.0 + 1;
    fg_strbuf_printf(l->out, "<g id=\"%s--legend--%s\" class=\"fg-legend-entry fg-%s\">\n", view, k->name, k->name);
    if (k->sample) {
        fg_strbuf_printf(l->out, "<text class=\"fg-legend-sample\" x=\"%.2f\" y=\"%.2f\" font-family=\"%s\" "
                                 "font-size=\"%.2f\" fill=\"%s\">",
                         l->x, l->y, FG_FONT, FONT, k->color);
        fg_strbuf_put_xml(l->out, k->sample);
        fg_strbuf_puts(l->out, "</text>\n");
    } else {
        put_outline(l->out, "box", "rounded", l->x, cy - SWATCH_H / 2.0, SWATCH_W, SWATCH_H);
        fg_strbuf_printf(l->out, " fill=\"white\" stroke=\"%s\" stroke-width=\"%s\" stroke-opacity=\"%s\"%s/>\n",
                         k->color, pen, k->opacity, dash_of(k->style));
    }
    put_text(l, l->x + sw + GAP, l->y, FONT, "fg-legend-label", k->label);
    fg_strbuf_puts(l->out, "</g>\n");
    l->x += w;
}

/* The types and predicates the other side of a diff picture shows, as
 * far as m's schema has them. */
static void show_other(const fg_model *m, const fg_decoration_marks *dm, bool *type_shown, bool *pred_shown)
{
    const fg_model *o = dm->other;
    for (size_t i = 0; i < dm->other_sel->nitems; i++) {
        const fg_type *t = fg_symtab_get(&m->schema.type_index, o->items[dm->other_sel->items[i]].type->str);
        if (t)
            type_shown[t - m->schema.types] = true;
    }
    for (size_t i = 0; i < dm->other_sel->nrels; i++) {
        const fg_predicate *p = fg_symtab_get(&m->schema.pred_index, o->rels[dm->other_sel->rels[i]].predicate->str);
        if (p)
            pred_shown[p - m->schema.preds] = true;
    }
}

/* The marks, then types and predicates in schema order, each once, as
 * the view shows them. */
static void put_legend(layout *l, const fg_view *v, const fg_model *m, const fg_selection *sel,
                       const fg_decoration_marks *dm)
{
    bool *type_shown = fg_xcalloc(m->schema.ntypes + 1, sizeof *type_shown);
    bool *pred_shown = fg_xcalloc(m->schema.npreds + 1, sizeof *pred_shown);
    for (size_t i = 0; i < sel->nitems; i++)
        type_shown[m->items[sel->items[i]].type_def - m->schema.types] = true;
    for (size_t i = 0; i < sel->nrels; i++)
        pred_shown[m->rels[sel->rels[i]].pred - m->schema.preds] = true;
    if (dm && dm->other)
        show_other(m, dm, type_shown, pred_shown);
    put_text(l, MARGIN, l->y, FONT + 1, "fg-legend-title", "Legend");
    l->x = MARGIN + 50;
    for (size_t i = 0; dm && i < dm->n; i++)
        put_mark_entry(l, &dm->marks[i], v->name);
    if (dm && dm->n) { /* the marks on a row of their own */
        l->x = MARGIN + 50;
        l->y += ITEM_H;
    }
    for (size_t i = 0; i < m->schema.ntypes; i++)
        if (type_shown[i])
            put_type_entry(l, &m->schema.types[i], v->name);
    for (size_t i = 0; i < m->schema.npreds; i++)
        if (pred_shown[i])
            put_predicate_entry(l, &m->schema.preds[i], v->name);
    free(type_shown);
    free(pred_shown);
    l->y += ITEM_H + 4;
}

/* The sources of m that the other side of a diff picture cites. */
static size_t cite_other(const fg_model *m, const fg_decoration_marks *dm, bool *cited)
{
    size_t n = 0;
    for (size_t i = 0; i < dm->other_sel->nrels; i++) {
        const fg_relation *r = &dm->other->rels[dm->other_sel->rels[i]];
        for (size_t c = 0; c < r->ncites; c++) {
            const fg_id_entry *e = fg_model_lookup(m, r->cites[c].source->str);
            if (e && e->kind == FG_ID_SOURCE && !cited[e->index]) {
                cited[e->index] = true;
                n++;
            }
        }
    }
    return n;
}

/* One line per source that a shown relation cites, in the order of the
 * sources' ids. */
static void put_sources(layout *l, const fg_model *m, const fg_selection *sel, const fg_decoration_marks *dm)
{
    bool *cited = fg_xcalloc(m->nsources + 1, sizeof *cited);
    size_t n = 0;
    for (size_t i = 0; i < sel->nrels; i++) {
        const fg_relation *r = &m->rels[sel->rels[i]];
        for (size_t c = 0; c < r->ncites; c++)
            if (!cited[r->cites[c].source_idx]) {
                cited[r->cites[c].source_idx] = true;
                n++;
            }
    }
    if (dm && dm->other)
        n += cite_other(m, dm, cited);
    put_text(l, MARGIN, l->y, SMALL + 1, "fg-sources-title", n == 1 ? "Source" : "Sources");
    l->y += ITEM_H - 4;
    for (size_t i = 0; i < m->nsources; i++) {
        if (!cited[i])
            continue;
        const fg_source *s = &m->sources[i];
        fg_strbuf line = FG_STRBUF_INIT;
        fg_strbuf_printf(&line, "%s — %s, %s", s->title->str, s->publisher->str,
                         s->date ? s->date->str : "undated");
        put_text(l, MARGIN, l->y, SMALL, "fg-source", line.data);
        double w = text_width(line.data, SMALL) + 2 * MARGIN;
        if (w > l->width)
            l->width = w;
        fg_strbuf_release(&line);
        l->y += ITEM_H - 4;
    }
    free(cited);
}

/* Ids of the SVG's own elements end in "---NAME": a fact's id cannot
 * start with '-', so no node or edge ("VIEW--ID...") has them. */
static void put_title_desc(fg_strbuf *out, const fg_view *v, const fg_model *m, const fg_selection *sel)
{
    fg_strbuf_printf(out, "\n<title id=\"%s---title\">", v->name);
    fg_strbuf_put_xml(out, v->title->str);
    if (v->as_of)
        fg_strbuf_printf(out, " (as of %s)", v->as_of->str);
    fg_strbuf_printf(out, "</title>\n<desc id=\"%s---desc\">", v->name);
    if (v->description) {
        fg_strbuf_put_xml(out, v->description->str);
        fg_strbuf_putc(out, ' ');
    }
    size_t events = 0;
    for (size_t i = 0; i < sel->nitems; i++)
        events += m->items[sel->items[i]].is_event;
    fg_strbuf_printf(out, "A diagram of %zu %s and %zu %s, linked by %zu %s", sel->nitems - events,
                     sel->nitems - events == 1 ? "entity" : "entities", events, events == 1 ? "event" : "events",
                     sel->nrels, sel->nrels == 1 ? "relation" : "relations");
    bool *shown = fg_xcalloc(m->schema.npreds + 1, sizeof *shown);
    for (size_t i = 0; i < sel->nrels; i++)
        shown[m->rels[sel->rels[i]].pred - m->schema.preds] = true;
    const char *sep = ": ";
    for (size_t i = 0; i < m->schema.npreds; i++)
        if (shown[i]) {
            fg_strbuf_puts(out, sep);
            fg_strbuf_put_xml(out, m->schema.preds[i].label->str);
            sep = ", ";
        }
    free(shown);
    fg_strbuf_puts(out, fg_view_is_timeline(v) ? ", along a time axis" : "");
    fg_strbuf_puts(out, ". Each node and edge has a title with its name or its quote and source; a legend and "
                        "the list of sources follow the drawing.</desc>");
}

/* Graphviz writes <svg width="Wpt" height="Hpt" viewBox="0.00 0.00 W H" ...>. */
static int read_size(const char *svg, const char **start, const char **end, double *w, double *h)
{
    *start = strstr(svg, "<svg width=\"");
    if (!*start)
        return -1;
    const char *vb = strstr(*start, "viewBox=\"");
    *end = vb ? strchr(vb + 9, '"') : NULL;
    if (!*end)
        return -1;
    /* Four numbers: x, y, width, height. */
    char *p = (char *)vb + 9;
    double box[4];
    for (int i = 0; i < 4; i++) {
        char *next;
        box[i] = strtod(p, &next);
        if (next == p)
            return -1;
        p = next;
    }
    *w = box[2];
    *h = box[3];
    (*end)++;
    return 0;
}

int fg_svg_view_box(const char *svg, double *w, double *h)
{
    const char *start, *end;
    return read_size(svg, &start, &end, w, h);
}


int fg_svg_decorate(const char *svg, size_t len, const fg_view *v, const fg_model *m, const fg_selection *sel,
                    fg_strbuf *out)
{
    return fg_svg_decorate_marked(svg, len, v, m, sel, NULL, out);
}

int fg_svg_decorate_marked(const char *svg, size_t len, const fg_view *v, const fg_model *m,
                           const fg_selection *sel, const fg_decoration_marks *marks, fg_strbuf *out)
{
    const char *head, *head_end;
    double w, h;
    const char *close = len >= 7 ? strstr(svg, "</svg>") : NULL;
    if (read_size(svg, &head, &head_end, &w, &h) != 0 || !close)
        return -1;
    fg_strbuf body = FG_STRBUF_INIT;
    layout l = {&body, w > MIN_WIDTH ? w : MIN_WIDTH, MARGIN, 16};
    put_legend(&l, v, m, sel, marks);
    put_sources(&l, m, sel, marks);
    double total_h = h + l.y;
    fg_strbuf_put(out, svg, (size_t)(head - svg));
    /* Responsive: as wide as its container, never wider than its natural
     * size; no height, so that the viewBox's proportions set it (inline
     * in HTML), or the window does (opened alone, the drawing fitted in). */
    if (v->is_responsive)
        fg_strbuf_printf(out, "<svg width=\"100%%\" style=\"max-width: %.0fpt\"", l.width);
    else
        fg_strbuf_printf(out, "<svg width=\"%.0fpt\" height=\"%.0fpt\"", l.width, total_h);
    fg_strbuf_printf(out, "\n viewBox=\"0.00 0.00 %.2f %.2f\"", l.width, total_h);
    const char *gt = strchr(head_end, '>');
    if (!gt || gt > close) {
        fg_strbuf_release(&body);
        return -1;
    }
    gt++;
    /* The accessible name and description come first, as assistive
     * technology expects; the nodes and edges keep Graphviz's titles, so
     * graphics-document (not img, which would hide them). */
    fg_strbuf_printf(out, " role=\"graphics-document\" aria-labelledby=\"%s---title %s---desc\"", v->name, v->name);
    fg_strbuf_put(out, head_end, (size_t)(gt - head_end));
    put_title_desc(out, v, m, sel);
    /* Graphviz's drawing, centred when the key is wider than it. */
    fg_strbuf_printf(out, "\n<g class=\"fg-drawing\" transform=\"translate(%.2f 0)\">", (l.width - w) / 2);
    fg_strbuf_put(out, gt, (size_t)(close - gt));
    fg_strbuf_puts(out, "</g>\n");
    fg_strbuf_printf(out, "<g id=\"%s--key\" class=\"fg-key\" transform=\"translate(0 %.2f)\">\n", v->name, h);
    fg_strbuf_printf(out, "<rect x=\"0\" y=\"0\" width=\"%.2f\" height=\"%.2f\" fill=\"white\" stroke=\"none\"/>\n",
                     l.width, l.y);
    fg_strbuf_printf(out, "<line x1=\"%d\" y1=\"2\" x2=\"%.2f\" y2=\"2\" stroke=\"#cccccc\"/>\n", MARGIN,
                     l.width - MARGIN);
    fg_strbuf_put(out, body.data, body.len);
    fg_strbuf_puts(out, "</g>\n");
    fg_strbuf_put(out, close, len - (size_t)(close - svg));
    fg_strbuf_release(&body);
    return 0;
}

/* The decoration of a blank drawing: every text, style and option the
 * decoration adds (title, description, legend, sources, responsive), and
 * nothing of the layout. */
void fg_svg_decoration_key(const fg_view *v, const fg_model *m, const fg_selection *sel, fg_strbuf *out)
{
    static const char blank[] = "<svg width=\"100pt\" height=\"100pt\"\n viewBox=\"0.00 0.00 100.00 100.00\">\n</svg>\n";
    fg_svg_decorate(blank, sizeof blank - 1, v, m, sel, out);
}
