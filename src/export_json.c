#include <string.h>

#include "factgraph.h"
#include "project.h"

typedef struct writer {
    fg_strbuf *out;
    const fg_model *m;
    bool first;   /* no comma before the next member */
    FILE *stream; /* where out goes once it is large, or NULL */
} writer;

/* After a record: hand a large buffer on to the stream. */
static void flush_if_large(writer *w)
{
    if (w->stream && w->out->len >= ((size_t)64 << 10)) {
        fwrite(w->out->data, 1, w->out->len, w->stream);
        fg_strbuf_reset(w->out);
    }
}

static void key(writer *w, const char *name)
{
    if (!w->first)
        fg_strbuf_putc(w->out, ',');
    w->first = false;
    fg_strbuf_put_json(w->out, name);
    fg_strbuf_putc(w->out, ':');
}

static void open_object(writer *w)
{
    fg_strbuf_putc(w->out, '{');
    w->first = true;
}

static void close_object(writer *w)
{
    fg_strbuf_putc(w->out, '}');
    w->first = false;
}

/* A scalar, a list of scalars or a mapping of scalars, as JSON. */
static void value(writer *w, const fg_ynode *n)
{
    if (n->kind == FG_YAML_SCALAR) {
        fg_strbuf_put_json(w->out, n->str);
    } else if (n->kind == FG_YAML_SEQ) {
        fg_strbuf_putc(w->out, '[');
        for (size_t i = 0; i < n->n; i++) {
            if (i)
                fg_strbuf_putc(w->out, ',');
            value(w, n->kids[i]);
        }
        fg_strbuf_putc(w->out, ']');
    } else {
        open_object(w);
        for (size_t i = 0; i + 1 < n->n; i += 2) {
            key(w, n->kids[i]->str);
            value(w, n->kids[i + 1]);
        }
        close_object(w);
    }
}

static void field(writer *w, const char *name, const fg_ynode *n)
{
    if (!n)
        return;
    key(w, name);
    value(w, n);
}

static void at(writer *w, fg_pos pos)
{
    const fg_file *f = fg_files_get(&w->m->files, pos.file);
    key(w, "at");
    fg_strbuf_puts(w->out, "{\"file\":");
    fg_strbuf_put_json(w->out, f ? f->path : "");
    fg_strbuf_printf(w->out, ",\"line\":%u,\"column\":%u}", pos.line, pos.col);
}

static void export_sources(writer *w)
{
    for (size_t i = 0; i < w->m->nsources; i++) {
        const fg_source *s = &w->m->sources[i];
        fg_strbuf_puts(w->out, i ? ",\n" : "\n");
        open_object(w);
        field(w, "id", s->id);
        field(w, "file", s->file);
        field(w, "title", s->title);
        field(w, "publisher", s->publisher);
        field(w, "date", s->date);
        field(w, "url", s->url);
        field(w, "language", s->language);
        field(w, "note", s->note);
        at(w, s->at);
        close_object(w);
        flush_if_large(w);
    }
}

static void export_items(writer *w, bool events)
{
    size_t k = 0;
    for (size_t i = 0; i < w->m->nitems; i++) {
        const fg_item *it = &w->m->items[i];
        if (it->is_event != events)
            continue;
        fg_strbuf_puts(w->out, k++ ? ",\n" : "\n");
        open_object(w);
        field(w, "id", it->id);
        field(w, "type", it->type);
        field(w, "name", it->name);
        field(w, "date", it->date);
        field(w, "start", it->start);
        field(w, "end", it->end);
        field(w, "location", it->location);
        field(w, "aliases", it->aliases);
        field(w, "labels", it->labels);
        field(w, "description", it->description);
        field(w, "url", it->url);
        field(w, "note", it->note);
        at(w, it->at);
        close_object(w);
        flush_if_large(w);
    }
}

static void export_relations(writer *w)
{
    for (size_t i = 0; i < w->m->nrels; i++) {
        const fg_relation *r = &w->m->rels[i];
        fg_strbuf_puts(w->out, i ? ",\n" : "\n");
        open_object(w);
        field(w, "subject", r->subject);
        field(w, "predicate", r->predicate);
        field(w, "object", r->object);
        field(w, "date", r->date);
        field(w, "role", r->role);
        if (r->amount)
            field(w, "amount", r->amount->node);
        field(w, "note", r->note);
        key(w, "evidence");
        fg_strbuf_putc(w->out, '[');
        for (size_t c = 0; c < r->ncites; c++) {
            if (c)
                fg_strbuf_putc(w->out, ',');
            open_object(w);
            field(w, "source", r->cites[c].source);
            field(w, "quote", r->cites[c].quote);
            field(w, "speaker", r->cites[c].speaker);
            close_object(w);
        }
        fg_strbuf_putc(w->out, ']');
        w->first = false;
        at(w, r->at);
        close_object(w);
        flush_if_large(w);
    }
}

/* The JSON text is built in a buffer that is written to the stream and
 * emptied after each record that leaves it over 64 KiB, so a large base is
 * never held whole. */
static int write_json(fg_project *p, FILE *stream)
{
    fg_strbuf out = FG_STRBUF_INIT;
    writer w = {&out, &p->model, true, stream};
    fg_strbuf_puts(&out, "{\"sources\":[");
    export_sources(&w);
    fg_strbuf_puts(&out, "],\n\"entities\":[");
    export_items(&w, false);
    fg_strbuf_puts(&out, "],\n\"events\":[");
    export_items(&w, true);
    fg_strbuf_puts(&out, "],\n\"relations\":[");
    export_relations(&w);
    fg_strbuf_puts(&out, "]}\n");
    fwrite(out.data, 1, out.len, stream);
    fg_strbuf_release(&out);
    return ferror(stream) ? -1 : 0;
}

/* {"sources":[...],"entities":[...],"events":[...],"relations":[...]}: each
 * record holds its YAML fields under their YAML names, in schema order,
 * plus "at": {"file","line","column"}. */
const fg_exporter fg_export_json = {"json", "the validated model as one JSON document, with positions", write_json};
