/* The validated model as the CSV files of `neo4j-admin database import
 * full`: a directory with sources.csv, items.csv and quotes.csv (nodes),
 * relations.csv and evidence.csv (relationships). docs/exports.md gives
 * the layout and the command that loads it.
 *
 * Every text is a double-quoted field with its quotes doubled; an absent
 * value is an empty unquoted field, which the importer leaves unset. Texts
 * keep their line feeds (a name or a quote may hold one), so the import
 * needs --multiline-fields=true. Only ids and labels, which never hold a
 * ';', are written as arrays: quotes, whose words may, are single strings.
 * Each file is streamed into a temporary file and renamed into place. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "date.h"
#include "export.h"
#include "factgraph.h"
#include "output.h"
#include "project.h"
#include "xalloc.h"

enum { F_SOURCES, F_ITEMS, F_QUOTES, F_RELATIONS, F_EVIDENCE, F_COUNT };

static const char *const file_names[F_COUNT] = {"sources.csv", "items.csv", "quotes.csv", "relations.csv",
                                                "evidence.csv"};

typedef struct csv_writer {
    fg_atomic_file files[F_COUNT];
    fg_strbuf row;
    bool first; /* no comma before the next field */
} csv_writer;

static void sep(csv_writer *w)
{
    if (!w->first)
        fg_strbuf_putc(&w->row, ',');
    w->first = false;
}

/* A text field, or an empty one for NULL. */
static void text(csv_writer *w, const char *s)
{
    sep(w);
    if (!s)
        return;
    fg_strbuf_putc(&w->row, '"');
    for (const char *q; (q = strchr(s, '"')); s = q + 1) {
        fg_strbuf_put(&w->row, s, (size_t)(q - s) + 1);
        fg_strbuf_putc(&w->row, '"');
    }
    fg_strbuf_puts(&w->row, s);
    fg_strbuf_putc(&w->row, '"');
}

/* A field written as it is: numbers, ids, labels (nothing to quote). */
static void raw(csv_writer *w, const char *s)
{
    sep(w);
    fg_strbuf_puts(&w->row, s);
}

static void end_row(csv_writer *w, int file)
{
    fg_strbuf_putc(&w->row, '\n');
    fwrite(w->row.data, 1, w->row.len, w->files[file].f);
    fg_strbuf_reset(&w->row);
    w->first = true;
}

/* A date as two properties: NAME:date when it is a full date (Neo4j's
 * date type has no month or year precision), NAME_text as written. */
static void date(csv_writer *w, const fg_text *t)
{
    fg_date d;
    sep(w);
    if (t && fg_date_parse(t->str, &d) && d.precision == 3)
        fg_strbuf_puts(&w->row, t->str);
    text(w, fg_str(t));
}

/* Neo4j's style for labels: "research-lab" is ResearchLab. */
static void put_pascal(fg_strbuf *sb, const char *s)
{
    bool up = true;
    for (; *s; s++) {
        if (*s == '-' || *s == '_') {
            up = true;
            continue;
        }
        fg_strbuf_putc(sb, up && *s >= 'a' && *s <= 'z' ? (char)(*s - 'a' + 'A') : *s);
        up = false;
    }
}

/* And for relationship types: "declined-to-sign" is DECLINED_TO_SIGN. */
static void put_upper_snake(fg_strbuf *sb, const char *s)
{
    for (; *s; s++)
        fg_strbuf_putc(sb, *s == '-' ? '_' : *s >= 'a' && *s <= 'z' ? (char)(*s - 'a' + 'A') : *s);
}

static void header(csv_writer *w, int file, const char *fields)
{
    fg_strbuf_puts(&w->row, fields);
    end_row(w, file);
}

/* ---- nodes ---- */

static void put_source(csv_writer *w, const fg_source *s)
{
    raw(w, s->id->str);
    raw(w, "Source");
    text(w, s->title->str);
    text(w, s->publisher->str);
    date(w, s->date);
    text(w, fg_str(s->url));
    text(w, fg_str(s->language));
    text(w, s->file->str);
    text(w, fg_str(s->note));
    end_row(w, F_SOURCES);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The label languages of the scope's items, sorted, each once: one column
 * each, label_zh and so on. */
static const char **label_keys(const fg_model *m, const fg_export_scope *sc, size_t *n)
{
    size_t cap = 0;
    for (size_t i = 0; i < sc->nitems; i++) {
        const fg_map *l = m->items[sc->items[i]].labels;
        cap += l ? l->n : 0;
    }
    const char **keys = fg_xmalloc((cap + 1) * sizeof *keys);
    size_t k = 0;
    for (size_t i = 0; i < sc->nitems; i++) {
        const fg_map *l = m->items[sc->items[i]].labels;
        for (uint32_t j = 0; l && j < l->n; j++)
            keys[k++] = l->pairs[j].key.str;
    }
    qsort(keys, k, sizeof *keys, cmp_str);
    *n = 0;
    for (size_t i = 0; i < k; i++)
        if (*n == 0 || strcmp(keys[*n - 1], keys[i]) != 0)
            keys[(*n)++] = keys[i];
    return keys;
}

static void items_header(csv_writer *w, const char **keys, size_t nkeys)
{
    fg_strbuf_puts(&w->row, "id:ID,:LABEL,kind,type,name,aliases:string[]");
    for (size_t i = 0; i < nkeys; i++)
        fg_strbuf_printf(&w->row, ",label_%s", keys[i]);
    header(w, F_ITEMS, ",description,date:date,date_text,start:date,start_text,end:date,end_text,location,url,note");
}

static void put_item(csv_writer *w, const fg_item *it, const char **keys, size_t nkeys)
{
    raw(w, it->id->str);
    sep(w);
    fg_strbuf_puts(&w->row, it->is_event ? "Event;" : "Entity;");
    put_pascal(&w->row, it->type->str);
    text(w, it->is_event ? "event" : "entity");
    text(w, it->type->str);
    text(w, it->name->str);
    sep(w);
    if (it->aliases) {
        /* Aliases are names: one with a ';' would be split in two. */
        fg_strbuf joined = FG_STRBUF_INIT;
        for (uint32_t i = 0; i < it->aliases->n; i++) {
            if (i)
                fg_strbuf_putc(&joined, ';');
            fg_strbuf_puts(&joined, it->aliases->items[i].str);
        }
        w->first = true;
        text(w, fg_strbuf_cstr(&joined));
        fg_strbuf_release(&joined);
    }
    for (size_t i = 0; i < nkeys; i++)
        text(w, fg_str(fg_map_get(it->labels, keys[i])));
    text(w, fg_str(it->description));
    date(w, it->date);
    date(w, it->start);
    date(w, it->end);
    text(w, fg_str(it->location));
    text(w, fg_str(it->url));
    text(w, fg_str(it->note));
    end_row(w, F_ITEMS);
}

/* ---- relationships, and the quotes that support them ---- */

/* A quote's node id: "r12.0" for relation 12's first citation. The dot
 * keeps it apart from every fact id, which is kebab-case. */
static void quote_id(csv_writer *w, size_t rel, uint32_t cite)
{
    sep(w);
    fg_strbuf_printf(&w->row, "r%zu.%u", rel, cite);
}

static void put_relation(csv_writer *w, const fg_model *m, size_t index, const bool *in_scope)
{
    const fg_relation *r = &m->rels[index];
    raw(w, r->subject->str);
    raw(w, r->object->str);
    sep(w);
    put_upper_snake(&w->row, r->predicate->str);
    sep(w);
    fg_strbuf_printf(&w->row, "r%zu", index);
    text(w, r->predicate->str);
    text(w, r->pred->label->str);
    date(w, r->date);
    text(w, fg_str(r->role));
    text(w, r->amount ? r->amount->value->str : NULL);
    text(w, r->amount ? fg_str(r->amount->scale) : NULL);
    text(w, r->amount ? r->amount->currency->str : NULL);
    text(w, fg_str(r->note));
    /* The quotes in one text, a blank line between two, as GraphML has
     * them; each is also a Quote node of its own. */
    fg_strbuf quotes = FG_STRBUF_INIT;
    for (uint32_t i = 0; i < r->ncites; i++) {
        if (i)
            fg_strbuf_puts(&quotes, "\n\n");
        fg_strbuf_puts(&quotes, r->cites[i].quote->str);
    }
    text(w, fg_strbuf_cstr(&quotes));
    fg_strbuf_release(&quotes);
    sep(w);
    for (uint32_t i = 0; i < r->ncites; i++)
        fg_strbuf_printf(&w->row, "%s%s", i ? ";" : "", r->cites[i].source->str);
    sep(w);
    for (uint32_t i = 0; i < r->ncites; i++)
        fg_strbuf_printf(&w->row, "%sr%zu.%u", i ? ";" : "", index, i);
    end_row(w, F_RELATIONS);

    for (uint32_t i = 0; i < r->ncites; i++) {
        const fg_cite *c = &r->cites[i];
        quote_id(w, index, i);
        raw(w, "Quote");
        text(w, c->quote->str);
        text(w, c->source->str);
        text(w, fg_str(c->speaker));
        sep(w);
        fg_strbuf_printf(&w->row, "r%zu", index);
        sep(w);
        fg_strbuf_printf(&w->row, "%u", i);
        sep(w);
        if (c->start >= 0)
            fg_strbuf_printf(&w->row, "%lld", (long long)c->start);
        sep(w);
        if (c->end >= 0)
            fg_strbuf_printf(&w->row, "%lld", (long long)c->end);
        end_row(w, F_QUOTES);

        quote_id(w, index, i);
        raw(w, c->source->str);
        raw(w, "QUOTED_FROM");
        end_row(w, F_EVIDENCE);
        /* With --view, a speaker may be outside the selection: the quote
         * keeps its id, but there is no node to start a SAID from. */
        if (c->speaker_idx >= 0 && in_scope[c->speaker_idx]) {
            raw(w, c->speaker->str);
            quote_id(w, index, i);
            raw(w, "SAID");
            end_row(w, F_EVIDENCE);
        }
    }
}

static void write_all(csv_writer *w, const fg_model *m, const fg_export_scope *sc)
{
    header(w, F_SOURCES, "id:ID,:LABEL,title,publisher,date:date,date_text,url,language,file,note");
    for (size_t i = 0; i < sc->nsources; i++)
        put_source(w, &m->sources[sc->sources[i]]);

    size_t nkeys;
    const char **keys = label_keys(m, sc, &nkeys);
    bool *in_scope = fg_xcalloc(m->nitems + 1, sizeof *in_scope);
    items_header(w, keys, nkeys);
    for (size_t i = 0; i < sc->nitems; i++) {
        put_item(w, &m->items[sc->items[i]], keys, nkeys);
        in_scope[sc->items[i]] = true;
    }

    header(w, F_QUOTES, "id:ID,:LABEL,quote,source,speaker,relation,position:int,start:long,end:long");
    header(w, F_RELATIONS, ":START_ID,:END_ID,:TYPE,id,predicate,label,date:date,date_text,role,amount_value,"
                           "amount_scale,amount_currency,note,quote,sources:string[],evidence:string[]");
    header(w, F_EVIDENCE, ":START_ID,:END_ID,:TYPE");
    for (size_t i = 0; i < sc->nrels; i++)
        put_relation(w, m, sc->rels[i], in_scope);
    free(in_scope);
    free(keys);
}

static int write_neo4j(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)stream;
    if (mkdir(o->output, 0777) != 0 && errno != EEXIST)
        return -1;
    csv_writer w = {.row = FG_STRBUF_INIT, .first = true};
    fg_strbuf path = FG_STRBUF_INIT, err = FG_STRBUF_INIT;
    int opened = 0;
    for (; opened < F_COUNT; opened++) {
        fg_strbuf_reset(&path);
        fg_strbuf_printf(&path, "%s/%s", o->output, file_names[opened]);
        if (fg_atomic_open(&w.files[opened], path.data, &err) != 0)
            break;
    }
    int rc = opened == F_COUNT ? 0 : -1;
    int saved = errno;
    if (rc == 0)
        write_all(&w, &p->model, sc);
    /* A file that failed takes those not yet renamed with it. */
    for (int i = 0; rc == 0 && i < F_COUNT; i++)
        if (ferror(w.files[i].f))
            rc = -1, saved = errno ? errno : EIO;
    for (int i = 0; i < opened; i++) {
        if (rc == 0 && fg_atomic_commit(&w.files[i], &err) != 0)
            rc = -1, saved = errno;
        else if (rc != 0 && w.files[i].f)
            fg_atomic_abort(&w.files[i]);
    }
    fg_strbuf_release(&w.row);
    fg_strbuf_release(&path);
    fg_strbuf_release(&err);
    errno = saved;
    return rc;
}

const fg_exporter fg_export_neo4j = {"neo4j", "a directory of CSV files for neo4j-admin database import", true,
                                     write_neo4j};
