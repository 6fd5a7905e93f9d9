/* The validated model as GraphML, for Gephi, yEd, networkx and igraph:
 * typed keys declared before the graph, every entity and event a node,
 * every relation an edge carrying its predicate, date and evidence.
 *
 * A relation with several citations keeps them in order: its quotes
 * separated by a blank line, its sources and speakers by "; ". Text is
 * escaped as XML character data; the facts hold no control character but
 * tab and line feed, which XML keeps. */
#include <string.h>

#include "export.h"
#include "factgraph.h"
#include "project.h"

/* One key: its id (also the attribute name), for nodes or edges. */
typedef struct graphml_key {
    const char *id, *domain;
} graphml_key;

static const graphml_key keys[] = {
    {"kind", "node"},      {"type", "node"},       {"name", "node"},  {"label_zh", "node"},
    {"description", "node"}, {"date", "node"},     {"start", "node"}, {"end", "node"},
    {"url", "node"},       {"predicate", "edge"},  {"label", "edge"}, {"edge_date", "edge"},
    {"role", "edge"},      {"quote", "edge"},      {"source", "edge"}, {"speaker", "edge"},
    {"note", "edge"},
};

typedef struct writer {
    fg_strbuf out;
    FILE *stream;
} writer;

/* Hand the buffer on to the stream once it is large. */
static void flush_if_large(writer *w)
{
    if (w->out.len >= ((size_t)64 << 10)) {
        fwrite(w->out.data, 1, w->out.len, w->stream);
        fg_strbuf_reset(&w->out);
    }
}

static void data(writer *w, const char *key, const char *text)
{
    if (!text)
        return;
    fg_strbuf_printf(&w->out, "      <data key=\"%s\">", key);
    fg_strbuf_put_xml(&w->out, text);
    fg_strbuf_puts(&w->out, "</data>\n");
}

static void put_node(writer *w, const fg_item *it)
{
    fg_strbuf_puts(&w->out, "    <node id=\"");
    fg_strbuf_put_xml(&w->out, it->id->str);
    fg_strbuf_puts(&w->out, "\">\n");
    data(w, "kind", it->is_event ? "event" : "entity");
    data(w, "type", it->type->str);
    data(w, "name", it->name->str);
    data(w, "label_zh", fg_str(fg_map_get(it->labels, "zh")));
    data(w, "description", fg_str(it->description));
    data(w, "date", fg_str(it->date));
    data(w, "start", fg_str(it->start));
    data(w, "end", fg_str(it->end));
    data(w, "url", fg_str(it->url));
    fg_strbuf_puts(&w->out, "    </node>\n");
}

/* The citations' field (quote, source id or speaker id) joined by sep. */
static void put_cites(writer *w, const char *key, const fg_relation *r, int which, const char *sep)
{
    fg_strbuf joined = FG_STRBUF_INIT;
    size_t n = 0;
    for (size_t i = 0; i < r->ncites; i++) {
        const fg_cite *c = &r->cites[i];
        const char *text = which == 0 ? c->quote->str : which == 1 ? c->source->str : fg_str(c->speaker);
        if (!text)
            continue;
        if (n++)
            fg_strbuf_puts(&joined, sep);
        fg_strbuf_puts(&joined, text);
    }
    if (n)
        data(w, key, joined.data);
    fg_strbuf_release(&joined);
}

static void put_edge(writer *w, const fg_model *m, size_t i)
{
    const fg_relation *r = &m->rels[i];
    fg_strbuf_printf(&w->out, "    <edge id=\"r%zu\" source=\"", i);
    fg_strbuf_put_xml(&w->out, r->subject->str);
    fg_strbuf_puts(&w->out, "\" target=\"");
    fg_strbuf_put_xml(&w->out, r->object->str);
    fg_strbuf_puts(&w->out, "\">\n");
    data(w, "predicate", r->predicate->str);
    data(w, "label", r->pred->label->str);
    data(w, "edge_date", fg_str(r->date));
    data(w, "role", fg_str(r->role));
    put_cites(w, "quote", r, 0, "\n\n");
    put_cites(w, "source", r, 1, "; ");
    put_cites(w, "speaker", r, 2, "; ");
    data(w, "note", fg_str(r->note));
    fg_strbuf_puts(&w->out, "    </edge>\n");
}

static int write_graphml(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)o;
    const fg_model *m = &p->model;
    writer w = {FG_STRBUF_INIT, stream};
    fg_strbuf_puts(&w.out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                           "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                           "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        /* edge_date is "date" to the reader, apart from the nodes' date. */
        const char *name = strcmp(keys[i].id, "edge_date") == 0 ? "date" : keys[i].id;
        fg_strbuf_printf(&w.out, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"string\"/>\n",
                         keys[i].id, keys[i].domain, name);
    }
    fg_strbuf_puts(&w.out, "  <graph id=\"factgraph\" edgedefault=\"directed\">\n");
    for (size_t i = 0; i < sc->nitems; i++) {
        put_node(&w, &m->items[sc->items[i]]);
        flush_if_large(&w);
    }
    for (size_t i = 0; i < sc->nrels; i++) {
        put_edge(&w, m, sc->rels[i]);
        flush_if_large(&w);
    }
    fg_strbuf_puts(&w.out, "  </graph>\n</graphml>\n");
    fwrite(w.out.data, 1, w.out.len, stream);
    fg_strbuf_release(&w.out);
    return ferror(stream) ? -1 : 0;
}

const fg_exporter fg_export_graphml = {"graphml", "nodes and edges with typed keys, for Gephi, yEd, networkx and igraph",
                                       false, write_graphml};
