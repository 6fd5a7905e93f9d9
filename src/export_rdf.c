/* The validated model as RDF, in N-Triples and in Turtle: one walk of the
 * scope makes the triples (docs/rdf.md is the vocabulary) and serd writes
 * them in either syntax, so both files hold the same graph.
 *
 * serd (Debian's libserd-dev) does the escaping the two specifications
 * ask for, literals and IRIs alike, and streams: each statement goes to
 * the stream as it is made, so memory does not grow with the base.
 *
 * Everything is named by an IRI under the base (the schema's base_iri, or
 * urn:factgraph:), never a blank node: the same fact has the same name in
 * every export, so exports of two views can be merged. */
#include <errno.h>
#include <serd/serd.h>
#include <string.h>

#include "date.h"
#include "export.h"
#include "factgraph.h"
#include "project.h"
#include "utf8.h"

#define DEFAULT_BASE "urn:factgraph:"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define OA "http://www.w3.org/ns/oa#"
#define PROV "http://www.w3.org/ns/prov#"
#define DCT "http://purl.org/dc/terms/"
#define SKOS "http://www.w3.org/2004/02/skos/core#"

/* Code points of the seed's text on each side of a quote, for its
 * TextQuoteSelector's prefix and suffix. */
enum { CONTEXT_CHARS = 32 };

typedef struct rdf {
    SerdWriter *w;
    const fg_model *m;
    const char *base;
    fg_strbuf s, p, o; /* the subject, predicate and object being written */
    fg_strbuf text;    /* a literal made for the statement */
    bool failed;
} rdf;

/* Whether an IRI may not hold byte c as it is. */
static bool iri_forbids(unsigned char c)
{
    return c <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
           c == '^' || c == '`' || c == '\\';
}

/* Append s as a part of an IRI: what an IRI may not hold (controls, space,
 * <>"{}|^`\) percent-encoded, so that no base or id can break out. */
static void put_iri_part(fg_strbuf *sb, const char *s)
{
    size_t n = 0;
    while (s[n] && !iri_forbids((unsigned char)s[n]))
        n++;
    fg_strbuf_put(sb, s, n); /* the common case: all of it */
    for (const unsigned char *c = (const unsigned char *)s + n; *c; c++) {
        if (iri_forbids(*c))
            fg_strbuf_printf(sb, "%%%02X", *c);
        else
            fg_strbuf_putc(sb, (char)*c);
    }
}

/* Set sb to the IRI of the thing `id` of kind `kind` ("entity/france"), or
 * of the vocabulary's term when id is NULL ("vocab/Relation"). */
static const char *name(rdf *r, fg_strbuf *sb, const char *kind, const char *id)
{
    fg_strbuf_reset(sb);
    put_iri_part(sb, r->base);
    fg_strbuf_puts(sb, kind);
    if (id) {
        fg_strbuf_putc(sb, '/');
        put_iri_part(sb, id);
    }
    return sb->data;
}

static const char *vocab(rdf *r, const char *term)
{
    fg_strbuf_reset(&r->p);
    put_iri_part(&r->p, r->base);
    fg_strbuf_puts(&r->p, "vocab/");
    fg_strbuf_puts(&r->p, term);
    return r->p.data;
}

/* An IRI as serd takes it: serd_node_from_string would also count its
 * characters and look for quotes and line feeds, which only literals need
 * (a tenth of the time of an export went there). */
static SerdNode iri_node(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    SerdNode node = {(const uint8_t *)s, n, n, 0, SERD_URI};
    return node;
}

static void statement(rdf *r, const char *subj, const char *pred, const SerdNode *obj, const char *datatype,
                      const char *lang)
{
    SerdNode s = iri_node(subj);
    SerdNode p = iri_node(pred);
    SerdNode dt = iri_node(datatype);
    SerdNode lg = serd_node_from_string(SERD_LITERAL, (const uint8_t *)lang);
    if (serd_writer_write_statement(r->w, 0, NULL, &s, &p, obj, datatype ? &dt : NULL, lang ? &lg : NULL))
        r->failed = true;
}

/* subj pred <obj>. */
static void link(rdf *r, const char *subj, const char *pred, const char *obj)
{
    SerdNode o = iri_node(obj);
    statement(r, subj, pred, &o, NULL, NULL);
}

/* subj pred "text" (typed by datatype, or tagged by lang); nothing for NULL. */
static void literal(rdf *r, const char *subj, const char *pred, const char *text, const char *datatype,
                    const char *lang)
{
    if (!text)
        return;
    SerdNode o = serd_node_from_string(SERD_LITERAL, (const uint8_t *)text);
    statement(r, subj, pred, &o, datatype, lang);
}

/* A date typed by its precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
static void date(rdf *r, const char *subj, const char *pred, const fg_text *t)
{
    static const char *const types[] = {NULL, XSD "gYear", XSD "gYearMonth", XSD "date"};
    fg_date d;
    if (!t)
        return;
    literal(r, subj, pred, t->str, fg_date_parse(t->str, &d) ? types[d.precision] : NULL, NULL);
}

static void integer(rdf *r, const char *subj, const char *pred, int64_t n)
{
    fg_strbuf_reset(&r->text);
    fg_strbuf_printf(&r->text, "%lld", (long long)n);
    literal(r, subj, pred, r->text.data, XSD "nonNegativeInteger", NULL);
}

/* The item's IRI into sb. */
static const char *item_iri(rdf *r, fg_strbuf *sb, const fg_item *it)
{
    return name(r, sb, it->is_event ? "event" : "entity", it->id->str);
}

static void put_schema(rdf *r)
{
    const fg_schema *s = &r->m->schema;
    for (size_t i = 0; i < s->ntypes; i++) {
        const fg_type *t = &s->types[i];
        name(r, &r->s, "type", t->name->str);
        link(r, r->s.data, RDF "type", RDFS "Class");
        name(r, &r->o, "vocab", t->is_event ? "Event" : "Entity");
        link(r, r->s.data, RDFS "subClassOf", r->o.data);
        literal(r, r->s.data, RDFS "label", t->label->str, NULL, NULL);
    }
    for (size_t i = 0; i < s->npreds; i++) {
        const fg_predicate *p = &s->preds[i];
        name(r, &r->s, "predicate", p->name->str);
        link(r, r->s.data, RDF "type", RDF "Property");
        literal(r, r->s.data, RDFS "label", p->label->str, NULL, NULL);
    }
}

static void put_source(rdf *r, const fg_source *src)
{
    const char *s = name(r, &r->s, "source", src->id->str);
    link(r, s, RDF "type", vocab(r, "Source"));
    link(r, s, RDF "type", PROV "Entity");
    literal(r, s, vocab(r, "id"), src->id->str, NULL, NULL);
    literal(r, s, vocab(r, "file"), src->file->str, NULL, NULL);
    literal(r, s, DCT "title", src->title->str, NULL, NULL);
    literal(r, s, DCT "publisher", src->publisher->str, NULL, NULL);
    date(r, s, DCT "date", src->date);
    literal(r, s, vocab(r, "url"), fg_str(src->url), XSD "anyURI", NULL);
    literal(r, s, DCT "language", fg_str(src->language), NULL, NULL);
    literal(r, s, RDFS "comment", fg_str(src->note), NULL, NULL);
}

static void put_item(rdf *r, const fg_item *it)
{
    const char *s = item_iri(r, &r->s, it);
    link(r, s, RDF "type", vocab(r, it->is_event ? "Event" : "Entity"));
    link(r, s, RDF "type", name(r, &r->o, "type", it->type->str));
    literal(r, s, vocab(r, "id"), it->id->str, NULL, NULL);
    literal(r, s, RDFS "label", it->name->str, NULL, NULL);
    for (uint32_t i = 0; it->labels && i < it->labels->n; i++)
        literal(r, s, RDFS "label", it->labels->pairs[i].value.str, NULL, it->labels->pairs[i].key.str);
    for (uint32_t i = 0; it->aliases && i < it->aliases->n; i++)
        literal(r, s, SKOS "altLabel", it->aliases->items[i].str, NULL, NULL);
    literal(r, s, DCT "description", fg_str(it->description), NULL, NULL);
    literal(r, s, vocab(r, "url"), fg_str(it->url), XSD "anyURI", NULL);
    literal(r, s, RDFS "comment", fg_str(it->note), NULL, NULL);
    date(r, s, vocab(r, "date"), it->date);
    date(r, s, vocab(r, "start"), it->start);
    date(r, s, vocab(r, "end"), it->end);
    if (it->location) {
        const fg_id_entry *e = fg_model_lookup(r->m, it->location->str);
        if (e && e->kind == FG_ID_ITEM)
            link(r, s, vocab(r, "location"), item_iri(r, &r->o, &r->m->items[e->index]));
        else
            literal(r, s, vocab(r, "location"), it->location->str, NULL, NULL);
    }
}

/* Text of a seed made fit for a literal: a NUL, another control character
 * than tab and line ends, or a byte that is not UTF-8 becomes U+FFFD (a
 * seed is kept byte for byte, a literal may hold neither). */
static const char *seed_text(fg_strbuf *out, const fg_strbuf *in)
{
    fg_strbuf_reset(out);
    for (size_t i = 0; i < in->len;) {
        uint32_t cp;
        size_t n;
        bool ok = fg_utf8_decode(in->data + i, in->len - i, &cp, &n);
        if (!ok || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F) {
            fg_strbuf_puts(out, "\xEF\xBF\xBD");
            i += ok ? n : 1;
            continue;
        }
        fg_strbuf_put(out, in->data + i, n);
        i += n;
    }
    return fg_strbuf_cstr(out);
}

/* Citation k of relation n: an annotation whose body is the statement and
 * whose target is the quoted passage of the source, found by its selectors. */
static void put_cite(rdf *r, const fg_quote_index *q, const char *stmt, size_t n, uint32_t k, const fg_cite *c)
{
    char tail[64];
    fg_strbuf ann = FG_STRBUF_INIT, target = FG_STRBUF_INIT, quote = FG_STRBUF_INIT, position = FG_STRBUF_INIT;
    fg_strbuf prefix = FG_STRBUF_INIT, exact = FG_STRBUF_INIT, suffix = FG_STRBUF_INIT;
    const fg_source *src = &r->m->sources[c->source_idx];
    /* The seed's own characters where the quote was found (the quote as
     * curated may differ in white space, quotes and dashes). */
    bool placed = c->start >= 0 && fg_quote_context(q, src->doc, c->start, c->end, CONTEXT_CHARS, &prefix, &exact,
                                                    &suffix);
    snprintf(tail, sizeof tail, "%zu-%u", n, k);
    name(r, &ann, "annotation", tail);
    fg_strbuf_printf(&target, "%s/target", ann.data);
    fg_strbuf_printf(&quote, "%s/quote", target.data);
    fg_strbuf_printf(&position, "%s/position", target.data);

    link(r, ann.data, RDF "type", OA "Annotation");
    link(r, ann.data, OA "motivatedBy", OA "describing");
    link(r, ann.data, OA "hasBody", stmt);
    link(r, ann.data, OA "hasTarget", target.data);
    literal(r, ann.data, vocab(r, "quote"), c->quote->str, NULL, NULL);
    if (c->speaker_idx >= 0)
        link(r, ann.data, vocab(r, "speaker"), item_iri(r, &r->o, &r->m->items[c->speaker_idx]));

    link(r, target.data, RDF "type", OA "SpecificResource");
    link(r, target.data, OA "hasSource", name(r, &r->o, "source", src->id->str));
    link(r, target.data, PROV "wasQuotedFrom", r->o.data);
    link(r, target.data, OA "hasSelector", quote.data);
    if (placed)
        link(r, target.data, OA "hasSelector", position.data);

    link(r, quote.data, RDF "type", OA "TextQuoteSelector");
    literal(r, quote.data, OA "exact", placed ? seed_text(&r->text, &exact) : c->quote->str, NULL, NULL);
    if (placed) {
        literal(r, quote.data, OA "prefix", seed_text(&r->text, &prefix), NULL, NULL);
        literal(r, quote.data, OA "suffix", seed_text(&r->text, &suffix), NULL, NULL);
        link(r, position.data, RDF "type", OA "TextPositionSelector");
        integer(r, position.data, OA "start", c->start);
        integer(r, position.data, OA "end", c->end);
    }
    fg_strbuf_release(&prefix);
    fg_strbuf_release(&exact);
    fg_strbuf_release(&suffix);
    fg_strbuf_release(&ann);
    fg_strbuf_release(&target);
    fg_strbuf_release(&quote);
    fg_strbuf_release(&position);
}

/* Relation n: the triple itself, then a statement node that says the same
 * with its date, role, amount and citations. */
static void put_relation(rdf *r, const fg_quote_index *q, size_t n)
{
    const fg_relation *rel = &r->m->rels[n];
    fg_strbuf subj = FG_STRBUF_INIT, pred = FG_STRBUF_INIT, obj = FG_STRBUF_INIT, stmt = FG_STRBUF_INIT;
    char num[32];
    item_iri(r, &subj, &r->m->items[rel->subj]);
    name(r, &pred, "predicate", rel->predicate->str);
    item_iri(r, &obj, &r->m->items[rel->obj]);
    link(r, subj.data, pred.data, obj.data);

    snprintf(num, sizeof num, "%zu", n);
    name(r, &stmt, "relation", num);
    link(r, stmt.data, RDF "type", RDF "Statement");
    link(r, stmt.data, RDF "type", vocab(r, "Relation"));
    link(r, stmt.data, RDF "subject", subj.data);
    link(r, stmt.data, RDF "predicate", pred.data);
    link(r, stmt.data, RDF "object", obj.data);
    date(r, stmt.data, vocab(r, "date"), rel->date);
    literal(r, stmt.data, vocab(r, "role"), fg_str(rel->role), NULL, NULL);
    literal(r, stmt.data, RDFS "comment", fg_str(rel->note), NULL, NULL);
    if (rel->amount) {
        fg_strbuf amount = FG_STRBUF_INIT;
        fg_strbuf_printf(&amount, "%s/amount", stmt.data);
        link(r, stmt.data, vocab(r, "amount"), amount.data);
        link(r, amount.data, RDF "type", vocab(r, "Amount"));
        literal(r, amount.data, vocab(r, "value"), rel->amount->value->str, XSD "decimal", NULL);
        literal(r, amount.data, vocab(r, "scale"), fg_str(rel->amount->scale), NULL, NULL);
        literal(r, amount.data, vocab(r, "currency"), rel->amount->currency->str, NULL, NULL);
        fg_strbuf_release(&amount);
    }
    for (uint32_t k = 0; k < rel->ncites; k++) {
        uint32_t j = 0;
        while (j < k && rel->cites[j].source_idx != rel->cites[k].source_idx)
            j++;
        if (j == k) /* each source once */
            link(r, stmt.data, PROV "wasDerivedFrom", name(r, &r->o, "source", r->m->sources[rel->cites[k].source_idx].id->str));
    }
    for (uint32_t k = 0; k < rel->ncites; k++)
        put_cite(r, q, stmt.data, n, k, &rel->cites[k]);
    fg_strbuf_release(&subj);
    fg_strbuf_release(&pred);
    fg_strbuf_release(&obj);
    fg_strbuf_release(&stmt);
}

static void prefix(SerdWriter *w, SerdEnv *env, const char *pfx, const char *iri)
{
    SerdNode n = serd_node_from_string(SERD_LITERAL, (const uint8_t *)pfx);
    SerdNode u = serd_node_from_string(SERD_URI, (const uint8_t *)iri);
    serd_env_set_prefix(env, &n, &u);
    serd_writer_set_prefix(w, &n, &u);
}

/* Errors serd finds in what it is given would be ours: counted, and the
 * export fails, rather than printed by the library. */
static SerdStatus on_error(void *handle, const SerdError *error)
{
    (void)error;
    ((rdf *)handle)->failed = true;
    return SERD_SUCCESS;
}

static int write_rdf(fg_project *p, const fg_export_scope *sc, FILE *stream, SerdSyntax syntax)
{
    const fg_model *m = &p->model;
    rdf r = {NULL, m, m->schema.base_iri ? m->schema.base_iri->str : DEFAULT_BASE, FG_STRBUF_INIT, FG_STRBUF_INIT,
             FG_STRBUF_INIT, FG_STRBUF_INIT, false};
    SerdEnv *env = serd_env_new(NULL);
    SerdStyle style = syntax == SERD_TURTLE ? SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED : (SerdStyle)0;
    style |= SERD_STYLE_BULK; /* pages to the stream, not a write per token */
    r.w = serd_writer_new(syntax, style, env, NULL, serd_file_sink, stream);
    serd_writer_set_error_sink(r.w, on_error, &r);
    if (syntax == SERD_TURTLE) {
        fg_strbuf fg = FG_STRBUF_INIT;
        put_iri_part(&fg, r.base);
        fg_strbuf_puts(&fg, "vocab/");
        prefix(r.w, env, "fg", fg.data);
        fg_strbuf_release(&fg);
        prefix(r.w, env, "rdf", RDF);
        prefix(r.w, env, "rdfs", RDFS);
        prefix(r.w, env, "xsd", XSD);
        prefix(r.w, env, "oa", OA);
        prefix(r.w, env, "prov", PROV);
        prefix(r.w, env, "dcterms", DCT);
        prefix(r.w, env, "skos", SKOS);
    }
    put_schema(&r);
    for (size_t i = 0; i < sc->nsources; i++)
        put_source(&r, &m->sources[sc->sources[i]]);
    for (size_t i = 0; i < sc->nitems; i++)
        put_item(&r, &m->items[sc->items[i]]);
    for (size_t i = 0; i < sc->nrels; i++)
        put_relation(&r, &m->quotes, sc->rels[i]);
    serd_writer_finish(r.w);
    serd_writer_free(r.w);
    serd_env_free(env);
    fg_strbuf_release(&r.s);
    fg_strbuf_release(&r.p);
    fg_strbuf_release(&r.o);
    fg_strbuf_release(&r.text);
    if (r.failed && !ferror(stream)) {
        errno = EINVAL;
        return -1;
    }
    return ferror(stream) ? -1 : 0;
}

static int write_ntriples(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)o;
    return write_rdf(p, sc, stream, SERD_NTRIPLES);
}

static int write_turtle(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)o;
    return write_rdf(p, sc, stream, SERD_TURTLE);
}

const fg_exporter fg_export_ntriples = {"ntriples", "RDF N-Triples: the facts, with each quote a W3C Web Annotation",
                                        false, write_ntriples};
const fg_exporter fg_export_turtle = {"turtle", "RDF Turtle: the same triples as ntriples, abbreviated", false,
                                      write_turtle};
