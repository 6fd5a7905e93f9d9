/* The closest passage is the longest run of the quote's words (letters and
 * digits, compared without letter case, punctuation and quote marks set
 * aside) in the cited document, found in one pass over its text: for each
 * word of the text, the runs that end there are extended from those that
 * ended at the word before, for the positions of the quote that hold the
 * same word. The quote's first QUOTE_WORDS words are compared, so a pass
 * costs the text's length times the few positions a word matches, and
 * the work is capped for a text that repeats one word. The text searched
 * is the original one the quote index keeps beside its normalised form,
 * which gives the passage's line and its original characters: nothing is
 * read again. */
#include "quote_help.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"

enum {
    QUOTE_WORDS = 64,     /* words of the quote compared */
    WORD_BYTES = 48,      /* bytes of a word compared */
    SNIPPET_BYTES = 160,  /* at most this much of a passage is shown */
    MIN_RUN = 3,          /* a passage shares at least this many words... */
};
/* ...and the extensions of runs a pass may make, for a text of one word. */
#define MAX_STEPS ((size_t)64 << 20)

/* A typographic quote or dash (U+2010..U+201F) is punctuation: it parts
 * words. Returns its length in bytes, or 0. */
static size_t typographic_len(const unsigned char *s, size_t n)
{
    return n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0x9F ? 3 : 0;
}

static bool word_byte(const unsigned char *s, size_t n)
{
    return isalnum(*s) || (*s >= 0x80 && !typographic_len(s, n));
}

/* The next word of s[*i..n), lowercased (ASCII) and cut to WORD_BYTES, as a
 * hash; *start is where it begins. Returns false at the end. Lines are
 * counted on the way when line is set. */
static bool next_word(const char *s, size_t n, size_t *i, size_t *start, uint64_t *hash, uint32_t *line)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*i < n && !word_byte(p + *i, n - *i)) {
        if (line && (p[*i] == '\n' || (p[*i] == '\r' && (*i + 1 >= n || p[*i + 1] != '\n'))))
            (*line)++;
        size_t t = typographic_len(p + *i, n - *i);
        *i += t ? t : 1;
    }
    if (*i >= n)
        return false;
    *start = *i;
    uint64_t h = FG_HASH_INIT;
    size_t len = 0;
    while (*i < n && word_byte(p + *i, n - *i)) {
        if (len++ < WORD_BYTES) {
            unsigned char c = (unsigned char)tolower(p[*i]);
            h = fg_hash_update(h, &c, 1);
        }
        (*i)++;
    }
    *hash = h;
    return true;
}

typedef struct passage {
    size_t run;          /* quote words in a row found */
    size_t start, end;   /* bytes of the text the passage spans */
    uint32_t line;       /* of its start, 1-based */
    bool whole;          /* every word of the quote, in order */
} passage;

/* The ring of the last words' starts and lines: a run is at most
 * QUOTE_WORDS long, so its first word is among them. */
typedef struct recent {
    size_t start[QUOTE_WORDS];
    uint32_t line[QUOTE_WORDS];
} recent;

static void closest_passage(const char *text, size_t len, const char *quote, passage *best)
{
    uint64_t words[QUOTE_WORDS];
    size_t m = 0, qi = 0, qs;
    while (m < QUOTE_WORDS && next_word(quote, strlen(quote), &qi, &qs, &words[m], NULL))
        m++;
    memset(best, 0, sizeof *best);
    if (m == 0)
        return;
    /* run[j]: the length of the run that ends with quote word j at the
     * text's word seen[j] (a stale seen[j] means no run). */
    size_t run[QUOTE_WORDS] = {0}, seen[QUOTE_WORDS];
    for (size_t j = 0; j < m; j++)
        seen[j] = SIZE_MAX;
    recent ring;
    size_t i = 0, ws, w = 0, steps = 0, best_word = 0, after = 0;
    uint64_t h;
    uint32_t line = 1;
    while (steps < MAX_STEPS && next_word(text, len, &i, &ws, &h, &line)) {
        ring.start[w % QUOTE_WORDS] = ws;
        ring.line[w % QUOTE_WORDS] = line;
        for (size_t j = m; j-- > 0;) {
            steps++;
            if (words[j] != h)
                continue;
            size_t r = j > 0 && w > 0 && seen[j - 1] == w - 1 ? run[j - 1] + 1 : 1;
            run[j] = r;
            seen[j] = w;
            if (r > best->run) {
                /* The passage is aligned with the whole quote: it starts
                 * where the quote's first word would, as far as the ring
                 * reaches back, and ends where its last word would. */
                size_t run_start = w + 1 - r, before = j + 1 - r;
                size_t first = run_start - (before < run_start ? before : run_start);
                if (w - first >= QUOTE_WORDS)
                    first = run_start;
                best->run = r;
                best->end = i;
                best->start = ring.start[first % QUOTE_WORDS];
                best->line = ring.line[first % QUOTE_WORDS];
                best_word = run_start;
                after = m - 1 - j;
            }
        }
        w++;
        if (best->run == m && best_word + m == w)
            break; /* every word, in order: nothing comes closer */
    }
    best->whole = best->run == m;
    /* The quote's words after the run, up to the end of its sentence, then
     * the punctuation that closes the last one ('."' after a sentence). */
    for (size_t k = 0, e = best->end; k < after && next_word(text, len, &e, &ws, &h, NULL); k++) {
        if (memchr(text + best->end, '.', ws - best->end) || memchr(text + best->end, '?', ws - best->end) ||
            memchr(text + best->end, '!', ws - best->end))
            break;
        best->end = e;
    }
    while (best->end < len && !isspace((unsigned char)text[best->end]) &&
           !word_byte((const unsigned char *)text + best->end, len - best->end)) {
        size_t t = typographic_len((const unsigned char *)text + best->end, len - best->end);
        best->end += t ? t : 1;
    }
}

/* The passage as one line: white space folded, cut at SNIPPET_BYTES on a
 * character boundary. */
static void put_snippet(fg_strbuf *out, const char *text, const passage *ps)
{
    fg_strbuf norm = FG_STRBUF_INIT;
    fg_quote_normalize(text + ps->start, ps->end - ps->start, &norm);
    size_t n = norm.len;
    if (n > SNIPPET_BYTES) {
        n = SNIPPET_BYTES;
        while (n > 0 && ((unsigned char)norm.data[n] & 0xC0) == 0x80)
            n--;
    }
    fg_strbuf_put(out, norm.data, n);
    if (n < norm.len)
        fg_strbuf_puts(out, "...");
    fg_strbuf_release(&norm);
}

/* Whether the quote, normalised, equals the text at the passage without
 * regard to letter case. */
static bool same_but_case(const char *text, const passage *ps, const char *quote)
{
    fg_strbuf a = FG_STRBUF_INIT, b = FG_STRBUF_INIT;
    fg_quote_normalize(text + ps->start, ps->end - ps->start, &a);
    fg_quote_normalize(quote, strlen(quote), &b);
    bool same = a.len == b.len && strncasecmp(a.data, b.data, a.len) == 0;
    fg_strbuf_release(&a);
    fg_strbuf_release(&b);
    return same;
}

/* Hints that cost nothing: the quote is not verbatim. */
static const char *elision_hint(const char *q)
{
    if (strstr(q, "...") || strstr(q, "\xE2\x80\xA6"))
        return ": it holds an ellipsis, but a quote is verbatim: split it into two evidence items at the ellipsis";
    const char *open = strchr(q, '[');
    if (open && strchr(open, ']'))
        return ": it holds a bracketed insertion ('[...]'), but a quote is verbatim: split it into two evidence "
               "items around the insertion";
    return NULL;
}

/* The first other source whose document holds the quote, or NULL. */
static const fg_source *other_source(fg_model *m, const fg_source *src, const char *quote)
{
    for (size_t i = 0; i < m->nsources; i++) {
        const fg_source *o = &m->sources[i];
        if (o->doc >= 0 && o->doc != src->doc && fg_quote_found(&m->quotes, o->doc, quote))
            return o;
    }
    return NULL;
}

void fg_quote_help_report(fg_model *m, fg_diags *d, const fg_source *src, const fg_cite *ct)
{
    const char *quote = ct->quote->str;
    const char *hint = elision_hint(quote);
    const fg_source *other = NULL;
    if (!hint && !fg_diags_full(d) && m->quote_others < FG_QUOTE_HELP_OTHERS) {
        m->quote_others++;
        other = other_source(m, src, quote);
    }
    if (other) {
        fg_diag_error(d, ct->quote->pos, "quote-not-found",
                      "quote not found in %s (%s): it is in %s, the document of source '%s': cite that source",
                      src->file->str, src->id->str, other->file->str, other->id->str);
        return;
    }
    fg_diag_error(d, ct->quote->pos, "quote-not-found", "quote not found in %s (%s)%s", src->file->str,
                  src->id->str, hint ? hint : "");
    if (hint || fg_diags_full(d) || src->doc < 0 || m->quote_searches >= FG_QUOTE_HELP_SEARCHES)
        return;
    m->quote_searches++;
    const fg_quote_doc *doc = m->quotes.docs[src->doc];
    const char *text = doc->orig;
    size_t len = doc->orig_len;
    passage ps;
    closest_passage(text, len, quote, &ps);
    if (ps.run > 0 && (ps.whole || ps.run >= MIN_RUN)) {
        fg_strbuf note = FG_STRBUF_INIT;
        if (ps.whole && same_but_case(text, &ps, quote))
            fg_strbuf_printf(&note, "%s line %u has it in other letter case: '", src->file->str, ps.line);
        else
            fg_strbuf_printf(&note, "the closest passage in %s, line %u: '", src->file->str, ps.line);
        put_snippet(&note, text, &ps);
        fg_strbuf_putc(&note, '\'');
        fg_diag_note(d, ct->quote->pos, "%s", note.data);
        fg_strbuf_release(&note);
    }
}
