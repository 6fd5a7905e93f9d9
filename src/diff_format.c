/* The changes of diff.c as text: human (a summary line of counts, as
 * `git diff --stat` ends with, then one line a change), JSON (one object a
 * line) and Markdown (for a pull-request comment). */
#include <string.h>

#include "diff.h"
#include "view.h"

/* The counts of each kind of change (removed, added, changed) by kind. */
typedef struct tally {
    size_t by[FG_DIFF_KINDS][3];
    size_t total[3];
} tally;

static void count(const fg_changes *c, tally *t)
{
    memset(t, 0, sizeof *t);
    for (size_t i = 0; i < c->n; i++) {
        t->by[c->items[i].kind][c->items[i].change]++;
        t->total[c->items[i].change]++;
    }
}

static size_t kind_total(const tally *t, fg_diff_kind k)
{
    return t->by[k][0] + t->by[k][1] + t->by[k][2];
}

static const char signs[] = {'-', '+', '~'};
static const char *const change_names[] = {"removed", "added", "changed"};

static void put_fields(fg_strbuf *out, const fg_change *ch, const char *open, const char *close)
{
    for (size_t i = 0; i < ch->nfields; i++)
        fg_strbuf_printf(out, "%s%s%s%s", i ? ", " : "", open, ch->fields[i], close);
}

void fg_diff_format_human(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out)
{
    (void)o;
    if (!c->n) {
        fg_strbuf_puts(out, "no changes\n");
        return;
    }
    tally t;
    count(c, &t);
    const char *sep = " ";
    for (fg_diff_kind k = 0; k < FG_DIFF_KINDS; k++) {
        size_t n = kind_total(&t, k);
        if (n) {
            fg_strbuf_printf(out, "%s%zu %s", sep, n, fg_diff_kind_name(k, n != 1));
            sep = ", ";
        }
    }
    fg_strbuf_printf(out, ": %zu added, %zu removed, %zu changed\n", t.total[FG_CHANGE_ADDED],
                     t.total[FG_CHANGE_REMOVED], t.total[FG_CHANGE_CHANGED]);
    for (size_t i = 0; i < c->n; i++) {
        const fg_change *ch = &c->items[i];
        fg_strbuf_printf(out, "%c %s %s", signs[ch->change], fg_diff_kind_name(ch->kind, false), ch->key);
        if (ch->nfields) {
            fg_strbuf_puts(out, ": ");
            put_fields(out, ch, "", "");
        }
        fg_strbuf_putc(out, '\n');
    }
}

/* ---- JSON ---- */

static void json_text(fg_strbuf *out, const fg_text *t)
{
    fg_strbuf_put_json(out, t->str);
}

static void json_record(fg_strbuf *out, const fg_record_kind *k, const void *rec);

static void json_value(fg_strbuf *out, const fg_field *f, const void *rec, const void *v)
{
    switch (f->kind) {
    case FG_FIELD_STRING: json_text(out, v); break;
    case FG_FIELD_STRINGS: {
        const fg_list *l = v;
        fg_strbuf_putc(out, '[');
        for (uint32_t i = 0; i < l->n; i++) {
            if (i)
                fg_strbuf_putc(out, ',');
            json_text(out, &l->items[i]);
        }
        fg_strbuf_putc(out, ']');
        break;
    }
    case FG_FIELD_STRMAP: {
        const fg_map *m = v;
        fg_strbuf_putc(out, '{');
        for (uint32_t i = 0; i < m->n; i++) {
            if (i)
                fg_strbuf_putc(out, ',');
            json_text(out, &m->pairs[i].key);
            fg_strbuf_putc(out, ':');
            json_text(out, &m->pairs[i].value);
        }
        fg_strbuf_putc(out, '}');
        break;
    }
    case FG_FIELD_MAP:
        json_record(out, f->of, v);
        break;
    case FG_FIELD_LIST: {
        uint32_t n = *(const uint32_t *)((const char *)rec + f->count);
        fg_strbuf_putc(out, '[');
        for (uint32_t i = 0; i < n; i++) {
            if (i)
                fg_strbuf_putc(out, ',');
            json_record(out, f->of, (const char *)v + i * f->of->size);
        }
        fg_strbuf_putc(out, ']');
        break;
    }
    }
}

/* A record as an object of the fields it has, in the table's order. */
static void json_record(fg_strbuf *out, const fg_record_kind *k, const void *rec)
{
    bool first = true;
    fg_strbuf_putc(out, '{');
    for (size_t i = 0; i < k->n; i++) {
        const fg_field *f = &k->fields[i];
        const void *v = fg_diff_field_value(f, rec);
        if (!v || ((f->kind == FG_FIELD_MAP || f->kind == FG_FIELD_LIST) && !f->of))
            continue;
        if (!first)
            fg_strbuf_putc(out, ',');
        first = false;
        fg_strbuf_put_json(out, f->name);
        fg_strbuf_putc(out, ':');
        json_value(out, f, rec, v);
    }
    fg_strbuf_putc(out, '}');
}

static void json_side(fg_strbuf *out, const fg_change *ch, const void *rec)
{
    if (!rec) {
        fg_strbuf_puts(out, "null");
    } else if (ch->record) {
        json_record(out, ch->record, rec);
    } else {
        const fg_view *v = rec;
        fg_strbuf_puts(out, "{\"name\":");
        fg_strbuf_put_json(out, v->name);
        if (v->title) {
            fg_strbuf_puts(out, ",\"title\":");
            json_text(out, v->title);
        }
        fg_strbuf_putc(out, '}');
    }
}

void fg_diff_format_json(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out)
{
    (void)o;
    for (size_t i = 0; i < c->n; i++) {
        const fg_change *ch = &c->items[i];
        fg_strbuf_printf(out, "{\"change\":\"%s\",\"kind\":\"%s\",\"key\":", change_names[ch->change],
                         fg_diff_kind_name(ch->kind, false));
        fg_strbuf_put_json(out, ch->key);
        fg_strbuf_puts(out, ",\"fields\":[");
        put_fields(out, ch, "\"", "\"");
        fg_strbuf_puts(out, "],\"before\":");
        json_side(out, ch, ch->before);
        fg_strbuf_puts(out, ",\"after\":");
        json_side(out, ch, ch->after);
        fg_strbuf_puts(out, "}\n");
    }
}

/* ---- Markdown ---- */

/* Text in a Markdown paragraph or table cell: punctuation that means
 * something there is escaped, a line break becomes a space, and a long
 * text is cut. */
static void md_text(fg_strbuf *out, const char *s)
{
    size_t n = 0;
    for (; *s && n < 120; s++, n++) {
        if (*s == '\n' || *s == '\r')
            fg_strbuf_putc(out, ' ');
        else if (strchr("\\`*_[]<>|#~!&", *s))
            fg_strbuf_printf(out, "\\%c", *s);
        else
            fg_strbuf_putc(out, *s);
    }
    if (*s)
        fg_strbuf_puts(out, "…");
}

/* The text field named name of record rec of kind k, looked for in the
 * record and, when it holds one record of a list (a relation's only
 * evidence), in that record; NULL when absent. found says whether there
 * is such a field. */
static const fg_text *text_field(const fg_record_kind *k, const void *rec, const char *name, bool *found)
{
    for (size_t i = 0; i < k->n; i++) {
        const fg_field *f = &k->fields[i];
        if (f->offset == FG_UNSTORED)
            continue;
        if (f->kind == FG_FIELD_STRING && strcmp(f->name, name) == 0) {
            *found = true;
            return fg_diff_field_value(f, rec);
        }
        if (f->kind == FG_FIELD_LIST && f->of && *(const uint32_t *)((const char *)rec + f->count) == 1)
            for (size_t g = 0; g < f->of->n; g++)
                if (f->of->fields[g].kind == FG_FIELD_STRING && strcmp(f->of->fields[g].name, name) == 0) {
                    *found = true;
                    return fg_diff_field_value(&f->of->fields[g], fg_diff_field_value(f, rec));
                }
    }
    return NULL;
}

/* A changed field, with its two values when it is one text on both sides. */
static void md_field(fg_strbuf *out, const fg_change *ch, const char *name)
{
    fg_strbuf_printf(out, "%s", name);
    bool in_a = false, in_b = false;
    if (!ch->record)
        return;
    const fg_text *a = text_field(ch->record, ch->before, name, &in_a);
    const fg_text *b = text_field(ch->record, ch->after, name, &in_b);
    if (!in_a || !in_b)
        return;
    fg_strbuf_puts(out, " (");
    md_text(out, a ? a->str : "none");
    fg_strbuf_puts(out, " → ");
    md_text(out, b ? b->str : "none");
    fg_strbuf_putc(out, ')');
}

static const char *const headings[] = {"Removed", "Added", "Changed"};

static void md_list(fg_strbuf *out, const fg_changes *c, fg_change_kind what)
{
    bool any = false;
    for (size_t i = 0; i < c->n; i++) {
        const fg_change *ch = &c->items[i];
        if (ch->change != what)
            continue;
        if (!any)
            fg_strbuf_printf(out, "\n**%s**\n\n", headings[what]);
        any = true;
        fg_strbuf_printf(out, "- %s `%s`", fg_diff_kind_name(ch->kind, false), ch->key);
        for (size_t f = 0; f < ch->nfields; f++) {
            fg_strbuf_puts(out, f ? "; " : ": ");
            md_field(out, ch, ch->fields[f]);
        }
        fg_strbuf_putc(out, '\n');
    }
}

void fg_diff_format_markdown(const fg_changes *c, const fg_diff_options *o, fg_strbuf *out)
{
    /* Revisions in code spans: HEAD~1 is not struck through. */
    fg_strbuf_printf(out, "### factgraph diff: `%s` → ", o->before ? o->before : "before");
    if (o->after && strcmp(o->after, "working tree") != 0)
        fg_strbuf_printf(out, "`%s`\n", o->after);
    else
        fg_strbuf_puts(out, "the working tree\n");
    if (!c->n) {
        fg_strbuf_puts(out, "\nNo changes to the facts or the diagrams.\n");
        return;
    }
    tally t;
    count(c, &t);
    fg_strbuf_puts(out, "\n| | added | removed | changed |\n|:--|--:|--:|--:|\n");
    for (fg_diff_kind k = 0; k < FG_DIFF_KINDS; k++)
        if (kind_total(&t, k))
            fg_strbuf_printf(out, "| %s | %zu | %zu | %zu |\n", fg_diff_kind_name(k, true), t.by[k][FG_CHANGE_ADDED],
                             t.by[k][FG_CHANGE_REMOVED], t.by[k][FG_CHANGE_CHANGED]);
    md_list(out, c, FG_CHANGE_ADDED);
    md_list(out, c, FG_CHANGE_REMOVED);
    md_list(out, c, FG_CHANGE_CHANGED);
}
