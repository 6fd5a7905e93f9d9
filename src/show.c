/* `factgraph show ID`: one entity, event or source in full, with every
 * relation that names or cites it, as text for a curator or as JSON.
 *
 * A curator needs this most when the facts have errors, so nothing here
 * relies on validation: records are found by their written ids, never
 * through an index, and an index is followed only where it resolved (an
 * unresolved reference is shown by the id as written, without a name).
 * The views a record appears in are selected only on a valid project,
 * since selection follows resolved references. */
#include <stdlib.h>
#include <string.h>

#include "factgraph.h"
#include "project.h"
#include "suggest.h"
#include "view.h"
#include "xalloc.h"

typedef struct shower {
    fg_strbuf out;
    const fg_model *m;
    bool json;
    bool first; /* JSON: no comma before the next member */
} shower;

/* ---- JSON pieces ---- */

static void key(shower *s, const char *name)
{
    if (!s->first)
        fg_strbuf_putc(&s->out, ',');
    s->first = false;
    fg_strbuf_put_json(&s->out, name);
    fg_strbuf_putc(&s->out, ':');
}

static void jtext(shower *s, const char *name, const char *value)
{
    if (!value)
        return;
    key(s, name);
    fg_strbuf_put_json(&s->out, value);
}

static void jopen(shower *s, const char *name, char c)
{
    if (name)
        key(s, name);
    else if (!s->first)
        fg_strbuf_putc(&s->out, ',');
    fg_strbuf_putc(&s->out, c);
    s->first = true;
}

static void jclose(shower *s, char c)
{
    fg_strbuf_putc(&s->out, c);
    s->first = false;
}

static void jat(shower *s, fg_pos pos)
{
    const fg_file *f = fg_files_get(&s->m->files, pos.file);
    key(s, "at");
    fg_strbuf_puts(&s->out, "{\"file\":");
    fg_strbuf_put_json(&s->out, f ? f->path : "");
    fg_strbuf_printf(&s->out, ",\"line\":%u,\"column\":%u}", pos.line, pos.col);
}

/* ---- shared ---- */

static const char *at_text(const shower *s, fg_pos pos, fg_strbuf *sb)
{
    const fg_file *f = fg_files_get(&s->m->files, pos.file);
    fg_strbuf_reset(sb);
    fg_strbuf_printf(sb, "%s:%u:%u", f ? f->path : "?", pos.line, pos.col);
    return sb->data;
}

/* A field of the record: "  name: value" or a JSON member. */
static void field(shower *s, const char *name, const char *value)
{
    if (!value)
        return;
    if (s->json)
        jtext(s, name, value);
    else
        fg_strbuf_printf(&s->out, "  %s: %s\n", name, value);
}

static const char *item_name(const fg_model *m, int idx)
{
    return idx >= 0 && m->items[idx].name ? m->items[idx].name->str : NULL;
}

/* One citation of a relation: its quote, where from, whose words. */
static void put_cite(shower *s, const fg_cite *c)
{
    const fg_source *src = c->source_idx >= 0 ? &s->m->sources[c->source_idx] : NULL;
    const char *title = src && src->title ? src->title->str : NULL;
    if (s->json) {
        jopen(s, NULL, '{');
        jtext(s, "source", fg_str(c->source));
        jtext(s, "title", title);
        jtext(s, "quote", fg_str(c->quote));
        jtext(s, "speaker", fg_str(c->speaker));
        if (c->start >= 0 && c->end >= 0) {
            key(s, "start");
            fg_strbuf_printf(&s->out, "%lld,\"end\":%lld", (long long)c->start, (long long)c->end);
        }
        jclose(s, '}');
        return;
    }
    fg_strbuf_printf(&s->out, "      \"%s\"\n        %s", fg_str(c->quote) ? c->quote->str : "",
                     fg_str(c->source) ? c->source->str : "?");
    if (title)
        fg_strbuf_printf(&s->out, " (%s)", title);
    if (c->speaker)
        fg_strbuf_printf(&s->out, ", said by %s", c->speaker->str);
    fg_strbuf_putc(&s->out, '\n');
}

/* One relation: the other end (or both, for a source), its date and
 * evidence; only_source limits the evidence to one source's. */
static void put_relation(shower *s, size_t index, int end, const char *only_source)
{
    const fg_relation *r = &s->m->rels[index];
    const char *subj = fg_str(r->subject), *obj = fg_str(r->object);
    fg_strbuf at = FG_STRBUF_INIT;
    if (s->json) {
        jopen(s, NULL, '{');
        if (end != 0) {
            jtext(s, "subject", subj);
            jtext(s, "subject_name", item_name(s->m, r->subj));
        }
        if (end != 1) {
            jtext(s, "object", obj);
            jtext(s, "object_name", item_name(s->m, r->obj));
        }
        jtext(s, "date", fg_str(r->date));
        jtext(s, "role", fg_str(r->role));
        if (r->amount) {
            jopen(s, "amount", '{');
            jtext(s, "value", fg_str(r->amount->value));
            jtext(s, "scale", fg_str(r->amount->scale));
            jtext(s, "currency", fg_str(r->amount->currency));
            jclose(s, '}');
        }
        jtext(s, "note", fg_str(r->note));
        jopen(s, "evidence", '[');
    } else {
        const char *other = end == 0 ? obj : subj;
        const char *name = item_name(s->m, end == 0 ? r->obj : r->subj);
        if (end == 2)
            fg_strbuf_printf(&s->out, "    %s -> %s", subj ? subj : "?", obj ? obj : "?");
        else
            fg_strbuf_printf(&s->out, "    %s %s", end == 0 ? "->" : "<-", other ? other : "?");
        if (name && end != 2)
            fg_strbuf_printf(&s->out, " (%s)", name);
        if (r->date)
            fg_strbuf_printf(&s->out, ", %s", r->date->str);
        if (r->role)
            fg_strbuf_printf(&s->out, ", as %s", r->role->str);
        if (r->amount)
            fg_strbuf_printf(&s->out, ", %s%s%s %s", fg_str(r->amount->value) ? r->amount->value->str : "",
                             r->amount->scale ? " " : "", r->amount->scale ? r->amount->scale->str : "",
                             fg_str(r->amount->currency) ? r->amount->currency->str : "");
        fg_strbuf_printf(&s->out, "  [%s]\n", at_text(s, r->at, &at));
    }
    for (uint32_t i = 0; i < r->ncites; i++)
        if (!only_source || (r->cites[i].source && strcmp(r->cites[i].source->str, only_source) == 0))
            put_cite(s, &r->cites[i]);
    if (s->json) {
        jclose(s, ']');
        jat(s, r->at);
        jclose(s, '}');
    }
    fg_strbuf_release(&at);
}

typedef struct rel_ref {
    const char *predicate;
    size_t index;
} rel_ref;

static int cmp_ref(const void *a, const void *b)
{
    const rel_ref *x = a, *y = b;
    int c = strcmp(x->predicate, y->predicate);
    return c ? c : x->index < y->index ? -1 : x->index > y->index;
}

/* The relations of refs[0..n), grouped by predicate (in its order), under
 * the heading name. */
static void put_groups(shower *s, const char *name, rel_ref *refs, size_t n, int end, const char *only_source)
{
    qsort(refs, n, sizeof *refs, cmp_ref);
    if (s->json)
        jopen(s, name, '[');
    else
        fg_strbuf_printf(&s->out, "\n%s: %zu %s\n", name, n, n == 1 ? "relation" : "relations");
    for (size_t i = 0; i < n;) {
        const fg_relation *r = &s->m->rels[refs[i].index];
        const char *label = r->pred && r->pred->label ? r->pred->label->str : NULL;
        if (s->json) {
            jopen(s, NULL, '{');
            jtext(s, "predicate", refs[i].predicate);
            jtext(s, "label", label);
            jopen(s, "relations", '[');
        } else {
            fg_strbuf_printf(&s->out, "  %s", refs[i].predicate);
            if (label && strcmp(label, refs[i].predicate) != 0)
                fg_strbuf_printf(&s->out, " (%s)", label);
            fg_strbuf_putc(&s->out, '\n');
        }
        size_t j = i;
        for (; j < n && strcmp(refs[j].predicate, refs[i].predicate) == 0; j++)
            put_relation(s, refs[j].index, end, only_source);
        if (s->json) {
            jclose(s, ']');
            jclose(s, '}');
        }
        i = j;
    }
    if (s->json)
        jclose(s, ']');
}

/* The relations whose end (0 subject, 1 object) is id, or (2) that cite
 * the source id. */
static rel_ref *find_relations(const fg_model *m, const char *id, int end, size_t *n)
{
    rel_ref *refs = fg_xmalloc((m->nrels + 1) * sizeof *refs);
    *n = 0;
    for (size_t i = 0; i < m->nrels; i++) {
        const fg_relation *r = &m->rels[i];
        bool hit = false;
        if (end == 2) {
            for (uint32_t c = 0; c < r->ncites && !hit; c++)
                hit = r->cites[c].source && strcmp(r->cites[c].source->str, id) == 0;
        } else {
            const char *s = fg_str(end == 0 ? r->subject : r->object);
            hit = s && strcmp(s, id) == 0;
        }
        if (hit)
            refs[(*n)++] = (rel_ref){r->predicate ? r->predicate->str : "", i};
    }
    return refs;
}

/* ---- views ---- */

static bool selection_has(const fg_model *m, const fg_selection *sel, bool is_source, size_t index)
{
    if (!is_source) {
        for (size_t i = 0; i < sel->nitems; i++)
            if (sel->items[i] == index)
                return true;
        return false;
    }
    for (size_t i = 0; i < sel->nrels; i++) {
        const fg_relation *r = &m->rels[sel->rels[i]];
        for (uint32_t c = 0; c < r->ncites; c++)
            if (r->cites[c].source_idx == (int)index)
                return true;
    }
    return false;
}

static void put_views(shower *s, fg_project *p, bool is_source, size_t index)
{
    /* Selection follows resolved references: only a valid project's. */
    if (!fg_project_valid(p)) {
        if (s->json) {
            key(s, "views");
            fg_strbuf_puts(&s->out, "null");
        } else {
            fg_strbuf_puts(&s->out, "\nviews: not known while the facts have errors\n");
        }
        return;
    }
    if (s->json)
        jopen(s, "views", '[');
    else
        fg_strbuf_puts(&s->out, "\nviews:");
    size_t n = 0;
    for (size_t v = 0; v < p->nviews; v++) {
        if (!p->views[v].ok)
            continue;
        fg_selection sel;
        fg_view_select(&p->views[v], &p->model, &sel);
        if (selection_has(&p->model, &sel, is_source, index)) {
            if (s->json) {
                if (!s->first)
                    fg_strbuf_putc(&s->out, ',');
                s->first = false;
                fg_strbuf_put_json(&s->out, p->views[v].name);
            } else {
                fg_strbuf_printf(&s->out, "%s %s", n ? "," : "", p->views[v].name);
            }
            n++;
        }
        fg_selection_release(&sel);
    }
    if (s->json)
        jclose(s, ']');
    else
        fg_strbuf_puts(&s->out, n ? "\n" : " none\n");
}

/* ---- the records ---- */

static void put_item(shower *s, fg_project *p, size_t index)
{
    const fg_item *it = &s->m->items[index];
    const char *id = it->id->str, *kind = it->is_event ? "event" : "entity";
    fg_strbuf sb = FG_STRBUF_INIT;
    if (s->json) {
        jtext(s, "id", id);
        jtext(s, "kind", kind);
    } else {
        fg_strbuf_printf(&s->out, "%s: %s\n  %s, type %s\n", id, fg_str(it->name) ? it->name->str : "",
                         kind, fg_str(it->type) ? it->type->str : "?");
    }
    if (s->json) {
        jtext(s, "type", fg_str(it->type));
        jtext(s, "type_label", it->type_def && it->type_def->label ? it->type_def->label->str : NULL);
        jtext(s, "name", fg_str(it->name));
    }
    for (uint32_t i = 0; it->labels && i < it->labels->n; i++) {
        if (s->json && i == 0)
            jopen(s, "labels", '{');
        field(s, it->labels->pairs[i].key.str, it->labels->pairs[i].value.str);
        if (s->json && i + 1 == it->labels->n)
            jclose(s, '}');
    }
    if (it->aliases) {
        if (s->json)
            jopen(s, "aliases", '[');
        else
            fg_strbuf_puts(&s->out, "  aliases:");
        for (uint32_t i = 0; i < it->aliases->n; i++) {
            if (s->json) {
                if (i)
                    fg_strbuf_putc(&s->out, ',');
                fg_strbuf_put_json(&s->out, it->aliases->items[i].str);
            } else {
                fg_strbuf_printf(&s->out, "%s %s", i ? ";" : "", it->aliases->items[i].str);
            }
        }
        if (s->json)
            jclose(s, ']');
        else
            fg_strbuf_putc(&s->out, '\n');
    }
    field(s, "description", fg_str(it->description));
    field(s, "date", fg_str(it->date));
    field(s, "start", fg_str(it->start));
    field(s, "end", fg_str(it->end));
    field(s, "location", fg_str(it->location));
    field(s, "url", fg_str(it->url));
    field(s, "note", fg_str(it->note));
    if (s->json)
        jat(s, it->at);
    else
        fg_strbuf_printf(&s->out, "  defined at %s\n", at_text(s, it->at, &sb));
    size_t n;
    rel_ref *refs = find_relations(s->m, id, 0, &n);
    put_groups(s, "out", refs, n, 0, NULL);
    free(refs);
    refs = find_relations(s->m, id, 1, &n);
    put_groups(s, "in", refs, n, 1, NULL);
    free(refs);
    put_views(s, p, false, index);
    fg_strbuf_release(&sb);
}

static void put_source(shower *s, fg_project *p, size_t index)
{
    const fg_source *src = &s->m->sources[index];
    const char *id = src->id->str;
    fg_strbuf sb = FG_STRBUF_INIT;
    if (s->json) {
        jtext(s, "id", id);
        jtext(s, "kind", "source");
        jtext(s, "title", fg_str(src->title));
    } else {
        fg_strbuf_printf(&s->out, "%s: %s\n  source\n", id, fg_str(src->title) ? src->title->str : "");
    }
    field(s, "publisher", fg_str(src->publisher));
    field(s, "date", fg_str(src->date));
    field(s, "url", fg_str(src->url));
    field(s, "language", fg_str(src->language));
    field(s, "file", fg_str(src->file));
    field(s, "note", fg_str(src->note));
    if (s->json)
        jat(s, src->at);
    else
        fg_strbuf_printf(&s->out, "  defined at %s\n", at_text(s, src->at, &sb));
    size_t n;
    rel_ref *refs = find_relations(s->m, id, 2, &n);
    put_groups(s, "cited_by", refs, n, 2, id);
    free(refs);
    put_views(s, p, true, index);
    fg_strbuf_release(&sb);
}

/* The first record written with this id (a duplicate is an error of its
 * own): *is_source says which kind. */
static long find_record(const fg_model *m, const char *id, bool *is_source)
{
    for (size_t i = 0; i < m->nitems; i++)
        if (m->items[i].id && strcmp(m->items[i].id->str, id) == 0) {
            *is_source = false;
            return (long)i;
        }
    for (size_t i = 0; i < m->nsources; i++)
        if (m->sources[i].id && strcmp(m->sources[i].id->str, id) == 0) {
            *is_source = true;
            return (long)i;
        }
    return -1;
}

fg_result fg_project_show(fg_project *p, const char *id, fg_format fmt, FILE *out)
{
    bool is_source = false;
    long index = find_record(&p->model, id, &is_source);
    if (index < 0)
        return FG_INVALID;
    shower s = {FG_STRBUF_INIT, &p->model, fmt == FG_FORMAT_JSON, true};
    if (s.json)
        jopen(&s, NULL, '{');
    if (is_source)
        put_source(&s, p, (size_t)index);
    else
        put_item(&s, p, (size_t)index);
    if (s.json)
        fg_strbuf_puts(&s.out, "}\n");
    fwrite(s.out.data, 1, s.out.len, out);
    fg_strbuf_release(&s.out);
    return ferror(out) ? FG_FAILED : FG_OK;
}

char *fg_project_id_hint(const fg_project *p, const char *id)
{
    fg_suggest sg;
    fg_suggest_init(&sg, id);
    for (size_t i = 0; i < p->model.nitems; i++)
        if (p->model.items[i].id)
            fg_suggest_consider(&sg, p->model.items[i].id->str);
    for (size_t i = 0; i < p->model.nsources; i++)
        if (p->model.sources[i].id)
            fg_suggest_consider(&sg, p->model.sources[i].id->str);
    return fg_xstrdup(fg_suggest_phrase(&sg));
}
