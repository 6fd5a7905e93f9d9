#include <string.h>

#include "export.h"
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

static void text(writer *w, const fg_text *t)
{
    fg_strbuf_put_json(w->out, t->str);
}

static void list(writer *w, const fg_list *l)
{
    fg_strbuf_putc(w->out, '[');
    for (uint32_t i = 0; i < l->n; i++) {
        if (i)
            fg_strbuf_putc(w->out, ',');
        text(w, &l->items[i]);
    }
    fg_strbuf_putc(w->out, ']');
}

static void map(writer *w, const fg_map *m)
{
    open_object(w);
    for (uint32_t i = 0; i < m->n; i++) {
        key(w, m->pairs[i].key.str);
        text(w, &m->pairs[i].value);
    }
    close_object(w);
}

static void record(writer *w, const fg_record_kind *kind, const void *rec);

static void fields(writer *w, const fg_record_kind *kind, const void *rec);

/* Where validation found a citation's quote in its seed (code points of
 * the original text), when it did: not a field of the facts. */
static void cite_range(writer *w, const fg_cite *c)
{
    if (c->start < 0)
        return;
    key(w, "start");
    fg_strbuf_printf(w->out, "%lld", (long long)c->start);
    key(w, "end");
    fg_strbuf_printf(w->out, "%lld", (long long)c->end);
}

/* A list of records is written even when empty: a relation's evidence. */
static void records(writer *w, const fg_field *f, const char *base)
{
    const char *items;
    uint32_t n;
    memcpy(&items, base + f->offset, sizeof items);
    memcpy(&n, base + f->count, sizeof n);
    fg_strbuf_putc(w->out, '[');
    for (uint32_t i = 0; i < n; i++) {
        if (i)
            fg_strbuf_putc(w->out, ',');
        open_object(w);
        fields(w, f->of, items + i * f->of->size);
        if (f->of == &fg_evidence_record)
            cite_range(w, (const fg_cite *)(const void *)(items + i * f->of->size));
        close_object(w);
    }
    fg_strbuf_putc(w->out, ']');
    w->first = false;
}

/* Each stored field of the record under its YAML name, in its table's
 * order; fields it does not hold are left out. */
static void fields(writer *w, const fg_record_kind *kind, const void *rec)
{
    const char *base = rec;
    for (size_t i = 0; i < kind->n; i++) {
        const fg_field *f = &kind->fields[i];
        if (f->offset == FG_UNSTORED)
            continue;
        if (f->kind == FG_FIELD_LIST && f->of) {
            key(w, f->name);
            records(w, f, base);
            continue;
        }
        const void *v;
        memcpy(&v, base + f->offset, sizeof v);
        if (!v)
            continue;
        key(w, f->name);
        switch (f->kind) {
        case FG_FIELD_STRING: text(w, v); break;
        case FG_FIELD_STRINGS: list(w, v); break;
        case FG_FIELD_STRMAP: map(w, v); break;
        case FG_FIELD_MAP: record(w, f->of, v); break;
        case FG_FIELD_LIST: break;
        }
    }
}

static void record(writer *w, const fg_record_kind *kind, const void *rec)
{
    open_object(w);
    fields(w, kind, rec);
    close_object(w);
}

static void at(writer *w, fg_pos pos)
{
    const fg_file *f = fg_files_get(&w->m->files, pos.file);
    key(w, "at");
    fg_strbuf_puts(w->out, "{\"file\":");
    fg_strbuf_put_json(w->out, f ? f->path : "");
    fg_strbuf_printf(w->out, ",\"line\":%u,\"column\":%u}", pos.line, pos.col);
}

/* A top-level record: its fields, then where it was written. */
static void entry(writer *w, size_t k, const fg_record_kind *kind, const void *rec)
{
    fg_strbuf_puts(w->out, k ? ",\n" : "\n");
    open_object(w);
    fields(w, kind, rec);
    at(w, *(const fg_pos *)((const char *)rec + kind->at));
    close_object(w);
    flush_if_large(w);
}

static void export_sources(writer *w, const fg_export_scope *sc)
{
    for (size_t i = 0; i < sc->nsources; i++)
        entry(w, i, &fg_source_record, &w->m->sources[sc->sources[i]]);
}

static void export_items(writer *w, const fg_export_scope *sc, bool events)
{
    size_t k = 0;
    for (size_t i = 0; i < sc->nitems; i++) {
        const fg_item *it = &w->m->items[sc->items[i]];
        if (it->is_event == events)
            entry(w, k++, events ? &fg_event_record : &fg_entity_record, it);
    }
}

static void export_relations(writer *w, const fg_export_scope *sc)
{
    for (size_t i = 0; i < sc->nrels; i++)
        entry(w, i, &fg_relation_record, &w->m->rels[sc->rels[i]]);
}

/* The JSON text is built in a buffer that is written to the stream and
 * emptied after each record that leaves it over 64 KiB, so a large base is
 * never held whole. */
static int write_json(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)o;
    fg_strbuf out = FG_STRBUF_INIT;
    writer w = {&out, &p->model, true, stream};
    fg_strbuf_puts(&out, "{\"sources\":[");
    export_sources(&w, sc);
    fg_strbuf_puts(&out, "],\n\"entities\":[");
    export_items(&w, sc, false);
    fg_strbuf_puts(&out, "],\n\"events\":[");
    export_items(&w, sc, true);
    fg_strbuf_puts(&out, "],\n\"relations\":[");
    export_relations(&w, sc);
    fg_strbuf_puts(&out, "]}\n");
    fwrite(out.data, 1, out.len, stream);
    fg_strbuf_release(&out);
    return ferror(stream) ? -1 : 0;
}

/* {"sources":[...],"entities":[...],"events":[...],"relations":[...]}: each
 * record holds its fields under their YAML names, in the order of its
 * table (model_fields.c), plus "at": {"file","line","column"}; each
 * evidence object also "start" and "end", the quote's range of code points
 * in the original seed text. */
const fg_exporter fg_export_json = {"json", "the validated model as one JSON document, with positions", false,
                                    write_json};
