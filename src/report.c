#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "clip.h"
#include "report_zoom.h"
#include "sha256.h"
#include "view.h"
#include "xalloc.h"

/* The body's width, the column's, follows from FG_REPORT_COLUMN_PX
 * (report_zoom.h). */
static const char style[] =
    "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;margin:2em auto;"
    "color:#222;padding:0 1em}\n"
    "h1{font-size:1.6em}h2{font-size:1.3em;margin-top:2.5em;border-bottom:1px solid #ccc}\n"
    "figure{margin:1em 0;overflow-x:auto}figure svg{max-width:100%;height:auto}\n"
    ".fg-table{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.85em}\n"
    "caption{text-align:left;font-weight:bold;padding:.3em 0}\n"
    ":focus-visible{outline:3px solid #0072B2;outline-offset:2px}\n"
    "th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}\n"
    "th{background:#f4f4f4}blockquote{margin:0 0 .3em;font-style:italic}cite{color:#555;font-size:.9em}\n"
    "nav li{margin:.2em 0}\n";

/* The SVG element alone: the XML declaration, the stamp, the doctype and
 * comments before it have no place inside HTML. */
static void put_svg(const fg_strbuf *svg, fg_strbuf *out)
{
    const char *at = svg->data ? strstr(svg->data, "<svg") : NULL;
    if (at)
        fg_strbuf_put(out, at, svg->len - (size_t)(at - svg->data));
}

/* Names and titles repeat on every row: clipped as in the diagrams. The
 * quote, the evidence itself, is shown whole. */
static void put_xml_clipped(fg_strbuf *out, const char *s, size_t max)
{
    fg_strbuf clipped = FG_STRBUF_INIT;
    fg_clip_put(&clipped, s, max);
    fg_strbuf_put_xml(out, clipped.data);
    fg_strbuf_release(&clipped);
}

static void put_evidence(fg_strbuf *out, const fg_model *m, const fg_relation *r)
{
    for (size_t i = 0; i < r->ncites; i++) {
        const fg_source *s = &m->sources[r->cites[i].source_idx];
        fg_strbuf_puts(out, "<blockquote>“");
        fg_strbuf_put_xml(out, r->cites[i].quote->str);
        fg_strbuf_puts(out, "”</blockquote><cite>");
        if (r->cites[i].speaker_idx >= 0) {
            fg_strbuf_puts(out, "<span class=\"fg-speaker\">");
            put_xml_clipped(out, m->items[r->cites[i].speaker_idx].name->str, FG_CLIP_NAME);
            fg_strbuf_puts(out, "</span>, in ");
        }
        if (s->url) {
            /* Validated: http or https, no quotes or brackets. */
            fg_strbuf_puts(out, "<a href=\"");
            fg_strbuf_put_xml(out, s->url->str);
            fg_strbuf_puts(out, "\">");
        }
        put_xml_clipped(out, s->title->str, FG_CLIP_TITLE);
        if (s->url)
            fg_strbuf_puts(out, "</a>");
        fg_strbuf_puts(out, ", ");
        put_xml_clipped(out, s->publisher->str, FG_CLIP_NAME);
        fg_strbuf_puts(out, ", ");
        fg_strbuf_put_xml(out, s->date ? s->date->str : "undated");
        fg_strbuf_puts(out, "</cite>");
    }
}

static void put_relation_row(fg_strbuf *out, const fg_view *v, const fg_model *m, const fg_relation *r)
{
    /* "---row": no edge or node id ("VIEW--ID...") can be one. */
    fg_strbuf_printf(out, "<tr id=\"%s---row--%s--%s--%s%s%s\"><td>", v->name, r->subject->str, r->pred->name->str,
                     r->object->str, r->date ? "--" : "", r->date ? r->date->str : "");
    put_xml_clipped(out, m->items[r->subj].name->str, FG_CLIP_NAME);
    fg_strbuf_puts(out, "</td><td>");
    put_xml_clipped(out, r->pred->label->str, FG_CLIP_LABEL);
    fg_strbuf_puts(out, "</td><td>");
    put_xml_clipped(out, m->items[r->obj].name->str, FG_CLIP_NAME);
    fg_strbuf_puts(out, "</td><td>");
    if (r->date)
        fg_strbuf_put_xml(out, r->date->str);
    fg_strbuf_puts(out, "</td><td>");
    put_evidence(out, m, r);
    fg_strbuf_puts(out, "</td></tr>\n");
}

static void put_view(fg_project *p, const fg_view *v, const fg_built_view *built, fg_strbuf *out)
{
    const fg_selection *sel = &built->sel;
    /* Ids of the page's own elements end in "---NAME", like the SVG's
     * title (svg_decorate.c): the SVG's graph already has the id NAME. */
    fg_strbuf_printf(out, "<section id=\"%s---view\" class=\"fg-view\" aria-labelledby=\"%s---heading\">\n"
                          "<h2 id=\"%s---heading\">",
                     v->name, v->name, v->name);
    fg_strbuf_put_xml(out, v->title->str);
    fg_strbuf_puts(out, "</h2>\n");
    if (v->description) {
        fg_strbuf_puts(out, "<p>");
        fg_strbuf_put_xml(out, v->description->str);
        fg_strbuf_puts(out, "</p>\n");
    }
    fg_strbuf_puts(out, "<figure>\n");
    bool zoom = fg_report_zooms(v, &built->svg);
    if (zoom)
        fg_report_zoom_open(out, v);
    put_svg(&built->svg, out);
    if (zoom)
        fg_report_zoom_close(out);
    /* A table wider than the page scrolls in a region a keyboard can
     * reach (tabindex) and a screen reader names (its caption). */
    fg_strbuf_printf(out, "</figure>\n<div class=\"fg-table\" role=\"region\" tabindex=\"0\" "
                          "aria-labelledby=\"%s---caption\">\n<table class=\"fg-relations\">\n"
                          "<caption id=\"%s---caption\">",
                     v->name, v->name);
    fg_strbuf_put_xml(out, v->title->str);
    fg_strbuf_printf(out, ": the %zu %s shown, with their evidence</caption>\n<thead><tr><th scope=\"col\">Subject"
                          "</th><th scope=\"col\">Relation</th><th scope=\"col\">Object</th><th scope=\"col\">"
                          "Date</th><th scope=\"col\">Evidence</th></tr></thead>\n<tbody>\n",
                     sel->nrels, sel->nrels == 1 ? "relation" : "relations");
    for (size_t i = 0; i < sel->nrels; i++)
        put_relation_row(out, v, &p->model, &p->model.rels[sel->rels[i]]);
    fg_strbuf_puts(out, "</tbody>\n</table>\n</div>\n</section>\n");
}

/* The page may run its own script and nothing else: should markup ever
 * get into it from the facts, no script of theirs would run, and nothing
 * is fetched (default-src 'none'). The script is allowed by its hash,
 * computed here from the bytes written, so the two cannot drift apart.
 * Styles stay 'unsafe-inline': a responsive SVG carries a style attribute
 * (svg_decorate.c), and with nothing fetched a style cannot send anything
 * anywhere. */
static void put_head(fg_strbuf *out, const fg_strbuf *script)
{
    fg_strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ");
    if (script->len) {
        char hash[45];
        fg_sha256_base64(script->data, script->len, hash);
        fg_strbuf_printf(out, "script-src 'sha256-%s'; ", hash);
    }
    fg_strbuf_printf(out, "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                          "<meta name=\"generator\" content=\"factgraph %s\">\n<title>Diagrams and evidence</title>\n"
                          "<style>\n",
                     FG_VERSION);
    fg_strbuf_puts(out, style);
    fg_strbuf_printf(out, "body{max-width:%dpx}\n%s</style>\n</head>\n<body>\n<main>\n<h1>Diagrams and evidence</h1>\n",
                     FG_REPORT_COLUMN_PX, fg_report_zoom_style);
}

int fg_report_html(fg_project *p, const fg_built_view *built, fg_strbuf *out, fg_diags *diags)
{
    bool zoom = false;
    for (size_t i = 0; i < p->nviews; i++)
        zoom = zoom || (built[i].done && fg_report_zooms(&p->views[i], &built[i].svg));
    fg_strbuf script = FG_STRBUF_INIT;
    if (zoom)
        fg_report_zoom_script(&script);
    put_head(out, &script);
    fg_strbuf_printf(out, "<p>%zu relations from %zu sources. Hover an edge to read the sentence that supports "
                          "it; the table under each diagram lists them all.</p>\n<nav aria-labelledby=\"fg---contents\">\n"
                          "<h2 id=\"fg---contents\">Contents</h2>\n<ul>\n",
                     p->model.nrels, p->model.nsources);
    for (size_t i = 0; i < p->nviews; i++) {
        if (!p->views[i].ok)
            continue;
        fg_strbuf_printf(out, "<li><a href=\"#%s---view\">", p->views[i].name);
        fg_strbuf_put_xml(out, p->views[i].title->str);
        fg_strbuf_puts(out, "</a></li>\n");
    }
    fg_strbuf_puts(out, "</ul></nav>\n");
    for (size_t i = 0; i < p->nviews; i++)
        if (built[i].done)
            put_view(p, &p->views[i], &built[i], out);
    fg_strbuf_puts(out, "</main>\n");
    if (script.len) {
        fg_strbuf_puts(out, "<script>");
        fg_strbuf_put(out, script.data, script.len);
        fg_strbuf_puts(out, "</script>\n");
    }
    fg_strbuf_release(&script);
    fg_strbuf_puts(out, "</body>\n</html>\n");
    if (out->len > FG_REPORT_MAX) {
        fg_diag_error(diags, (fg_pos){FG_NOFILE, 0, 0}, "output-too-large",
                      "graphs/report.html would be %zu MiB, more than the limit of %zu MiB: not written",
                      (out->len + (1u << 20) - 1) >> 20, (size_t)FG_REPORT_MAX >> 20);
        return -1;
    }
    return 0;
}
