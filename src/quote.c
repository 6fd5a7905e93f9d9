#define _GNU_SOURCE /* memmem */
#include "quote.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Decode one UTF-8 sequence; invalid bytes come back as themselves. */
static uint32_t next_codepoint(const unsigned char *s, size_t len, size_t *used)
{
    unsigned char c = s[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || n > len) {
        *used = 1;
        return c;
    }
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *used = 1;
            return c;
        }
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    *used = n;
    return cp;
}

static bool is_space(uint32_t cp)
{
    /* A NUL in a seed (kept byte for byte) must not end the text. */
    return cp == 0 || cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000;
}

/* The ASCII stand-in for a typographic quote or dash, or 0. */
static char fold(uint32_t cp)
{
    if ((cp >= 0x2018 && cp <= 0x201B) || cp == 0x2032)
        return '\'';
    if ((cp >= 0x201C && cp <= 0x201F) || cp == 0x2033)
        return '"';
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
        return '-';
    return 0;
}

/* Marks: one at least every MARK_STEP normalised bytes, and one wherever
 * the original has run MARK_STEP * 4 bytes ahead (after a long run of
 * white space), so mapping a position back walks a few dozen bytes. */
enum { MARK_STEP = 64 };

/* Where the normalised byte at norm came from: a mark when due. */
static void note(fg_quote_doc *d, size_t norm, size_t orig, size_t cp)
{
    if (!d)
        return;
    const fg_quote_mark *last = d->nmarks ? &d->marks[d->nmarks - 1] : NULL;
    if (last && norm - last->norm < MARK_STEP && orig - last->orig < (size_t)4 * MARK_STEP)
        return;
    d->marks = fg_xgrow(d->marks, &d->marks_cap, d->nmarks + 1, sizeof *d->marks);
    d->marks[d->nmarks++] = (fg_quote_mark){(uint32_t)norm, (uint32_t)orig, (uint32_t)cp};
}

/* Normalise s[0..len) onto out; with d, keep d's marks and count its code
 * points. */
static void normalize(const char *s, size_t len, fg_strbuf *out, fg_quote_doc *d)
{
    /* The output is never longer than the input: write it in one pass into
     * room made once (this runs over every seed and every quote). */
    fg_strbuf_put(out, "", 0);
    out->data = fg_xgrow(out->data, &out->cap, out->len + len + 1, 1);
    const unsigned char *p = (const unsigned char *)s;
    char *w = out->data + out->len, *start = w;
    bool pending_space = false;
    size_t cp = 0, space_at = 0, space_cp = 0; /* where the pending run of white space began */
    for (size_t i = 0; i < len; cp++) {
        if (p[i] < 0x80 && p[i] > ' ') { /* the common case: printable ASCII */
            if (pending_space && w > start) {
                note(d, (size_t)(w - start), space_at, space_cp);
                *w++ = ' ';
            }
            pending_space = false;
            note(d, (size_t)(w - start), i, cp);
            *w++ = (char)p[i++];
            continue;
        }
        size_t used;
        uint32_t c = next_codepoint(p + i, len - i, &used);
        if (is_space(c)) {
            if (!pending_space) {
                space_at = i;
                space_cp = cp;
            }
            pending_space = true;
        } else {
            if (pending_space && w > start) {
                note(d, (size_t)(w - start), space_at, space_cp);
                *w++ = ' ';
            }
            pending_space = false;
            note(d, (size_t)(w - start), i, cp);
            char f = fold(c);
            if (f) {
                *w++ = f;
            } else {
                memcpy(w, s + i, used);
                w += used;
            }
        }
        i += used;
    }
    *w = '\0';
    out->len = (size_t)(w - out->data);
    if (d)
        d->orig_cps = cp;
}

void fg_quote_normalize(const char *s, size_t len, fg_strbuf *out)
{
    normalize(s, len, out, NULL);
}

int fg_quote_index_find(fg_quote_index *q, const char *path)
{
    const fg_quote_doc *d = fg_symtab_get(&q->by_path, path);
    return d ? d->index : -1;
}

int fg_quote_index_adopt(fg_quote_index *q, const char *path, char *text, size_t len)
{
    fg_quote_doc *d = fg_xcalloc(1, sizeof *d);
    fg_strbuf sb = FG_STRBUF_INIT;
    /* Offsets are kept in 32 bits: a text past that has none. */
    normalize(text, len, &sb, len < UINT32_MAX ? d : NULL);
    d->orig = text;
    d->orig_len = len;
    d->len = sb.len;
    d->norm = fg_strbuf_detach(&sb);
    d->path = fg_xstrdup(path);
    d->index = (int)q->n;
    q->docs = fg_xgrow(q->docs, &q->cap, q->n + 1, sizeof *q->docs);
    q->docs[q->n++] = d;
    fg_symtab_put(&q->by_path, d->path, d);
    return d->index;
}

int fg_quote_index_add(fg_quote_index *q, const char *path, const char *text, size_t len)
{
    char *copy = fg_xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = '\0';
    return fg_quote_index_adopt(q, path, copy, len);
}

/* Words are indexed by their first KEY_LEN bytes: long enough that few
 * words of a real text share them (a lookup walks those few), short
 * enough that nearly every quote is longer. */
enum { KEY_LEN = 16 };

static uint64_t key_hash(const char *s)
{
    uint64_t a, b;
    memcpy(&a, s, 8);
    memcpy(&b, s + 8, 8);
    /* Fibonacci hashing of each half: multiplied by 2^64 / phi. */
    return (a * 0x9E3779B97F4A7C15ULL) ^ ((b ^ (b >> 29)) * 0xBF58476D1CE4E5B9ULL);
}

static size_t key_slot(const char *s, size_t nheads)
{
    return (size_t)(key_hash(s) >> 32) & (nheads - 1);
}

/* Index the words of d with at least KEY_LEN bytes left. Chains keep the
 * words in text order, so the first occurrence is found first. */
static void index_words(fg_quote_doc *d)
{
    d->indexed = true;
    if (d->len <= FG_QUOTE_INDEX_MIN || d->len > UINT32_MAX - 1)
        return; /* short: search the text; offsets too large: the same */
    size_t n = 0;
    for (size_t i = 0; i + KEY_LEN <= d->len; i++)
        n += i == 0 || d->norm[i - 1] == ' ';
    d->nwords = n;
    d->nheads = 16;
    while (d->nheads < 2 * n)
        d->nheads *= 2;
    d->heads = fg_xcalloc(d->nheads, sizeof *d->heads);
    d->next = fg_xcalloc(n ? n : 1, sizeof *d->next);
    d->starts = fg_xmalloc((n ? n : 1) * sizeof *d->starts);
    uint32_t *tails = fg_xcalloc(d->nheads, sizeof *tails);
    size_t w = 0;
    for (size_t i = 0; i + KEY_LEN <= d->len; i++) {
        if (i != 0 && d->norm[i - 1] != ' ')
            continue;
        size_t slot = key_slot(d->norm + i, d->nheads);
        d->starts[w] = (uint32_t)i;
        if (tails[slot])
            d->next[tails[slot] - 1] = (uint32_t)(w + 1);
        else
            d->heads[slot] = (uint32_t)(w + 1);
        tails[slot] = (uint32_t)(w + 1);
        w++;
    }
    free(tails);
}

/* The length of the common prefix of a and b, at most len. */
static size_t common_prefix(const char *a, const char *b, size_t len)
{
    size_t i = 0;
    for (uint64_t x, y; i + 8 <= len; i += 8) {
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y)
            break;
    }
    while (i < len && a[i] == b[i])
        i++;
    return i;
}

/* Where the normalised quote q (len >= KEY_LEN) starts at a word of d, or
 * SIZE_MAX.
 * Every word in the chain has at least KEY_LEN bytes left. In real text a
 * chain holds a few words, each ruled out in a few bytes; but in a text of
 * one word repeated every word is in one chain, and a quote of that word
 * repeated matches each for nearly its whole length. So the walk gives up
 * once the bytes it has compared (and KEY_LEN for each word it visits) pass
 * the length of the text, and the search of the whole text that follows a
 * miss answers: a lookup costs at most about two searches. */
static size_t found_at_word(fg_quote_index *qi, const fg_quote_doc *d, const char *q, size_t len)
{
    size_t budget = d->len, spent = 0;
    size_t found = SIZE_MAX;
    for (uint32_t e = d->heads[key_slot(q, d->nheads)]; e && found == SIZE_MAX && spent <= budget;
         e = d->next[e - 1]) {
        size_t at = d->starts[e - 1];
        size_t n = len <= d->len - at ? len : d->len - at;
        size_t same = common_prefix(d->norm + at, q, n);
        spent += KEY_LEN + same;
        if (same == len)
            found = at;
    }
    qi->compared += spent;
    return found;
}

/* The length of s when normalising would leave it as it is (printable
 * ASCII, single spaces, none at either end), else 0: most quotes are
 * searched for as they are written, without a copy. */
static size_t normal_length(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    if (p[0] == ' ')
        return 0;
    for (; p[i]; i++) {
        if (p[i] > ' ' && p[i] < 0x7F)
            continue;
        if (p[i] != ' ' || p[i + 1] == ' ' || p[i + 1] == '\0')
            return 0;
    }
    return i;
}

/* The first match of quote in d's normalised text, its length in *len; or
 * SIZE_MAX. */
static size_t find(fg_quote_index *q, fg_quote_doc *d, const char *quote, size_t *len_out)
{
    const char *norm = quote;
    size_t len = normal_length(quote);
    if (len == 0) {
        fg_strbuf_reset(&q->scratch);
        fg_quote_normalize(quote, strlen(quote), &q->scratch);
        norm = q->scratch.data;
        len = q->scratch.len;
    }
    *len_out = len;
    if (len == 0)
        return SIZE_MAX;
    if (!d->indexed)
        index_words(d);
    if (len >= KEY_LEN && d->nwords) {
        size_t at = found_at_word(q, d, norm, len);
        if (at != SIZE_MAX)
            return at;
    }
    q->scans++;
    /* Relied on: glibc's memmem is linear in the worst case, even in a
     * text of one word repeated (Two-Way for a quote over 256 bytes; below
     * that a Horspool variant whose cost per byte of text the 256 bounds),
     * and musl's is Two-Way. strstr would also measure the text each time. */
    const char *hit = memmem(d->norm, d->len, norm, len);
    return hit ? (size_t)(hit - d->norm) : SIZE_MAX;
}

/* The last mark at or before normalised byte i (by_cp: code point i). */
static const fg_quote_mark *mark_before(const fg_quote_doc *d, size_t i, bool by_cp)
{
    size_t lo = 0, hi = d->nmarks; /* the answer is in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if ((by_cp ? d->marks[mid].cp : d->marks[mid].norm) <= i)
            lo = mid;
        else
            hi = mid;
    }
    return &d->marks[lo];
}

/* The character of the original that normalised byte i came from: its
 * byte offset, code point number and length in bytes. Walks forward from
 * the mark before i as normalising did: a space stands for a whole run. */
static void char_of(const fg_quote_doc *d, size_t i, size_t *orig, size_t *cp, size_t *used)
{
    const fg_quote_mark *m = mark_before(d, i, false);
    const unsigned char *p = (const unsigned char *)d->orig;
    size_t np = m->norm, ob = m->orig, cc = m->cp;
    for (;;) {
        size_t n;
        uint32_t c = next_codepoint(p + ob, d->orig_len - ob, &n);
        size_t emitted = d->norm[np] == ' ' ? 1 : fold(c) ? 1 : n;
        if (i < np + emitted) {
            *orig = ob;
            *cp = cc;
            *used = n;
            return;
        }
        if (d->norm[np] == ' ') {
            while (ob < d->orig_len && is_space(next_codepoint(p + ob, d->orig_len - ob, &n))) {
                ob += n;
                cc++;
            }
        } else {
            ob += n;
            cc++;
        }
        np += emitted;
    }
}

bool fg_quote_locate(fg_quote_index *q, int doc, const char *quote, int64_t *start, int64_t *end)
{
    *start = *end = -1;
    if (doc < 0 || (size_t)doc >= q->n)
        return false;
    fg_quote_doc *d = q->docs[doc];
    size_t len, at = find(q, d, quote, &len);
    if (at == SIZE_MAX)
        return false;
    if (d->nmarks) {
        size_t ob, cp, used;
        char_of(d, at, &ob, &cp, &used);
        *start = (int64_t)cp;
        char_of(d, at + len - 1, &ob, &cp, &used);
        *end = (int64_t)cp + 1;
    }
    return true;
}

bool fg_quote_found(fg_quote_index *q, int doc, const char *quote)
{
    int64_t start, end;
    return fg_quote_locate(q, doc, quote, &start, &end);
}

/* The byte offset of code point cp (at most the number of them). */
static size_t byte_of(const fg_quote_doc *d, size_t cp)
{
    const fg_quote_mark *m = mark_before(d, cp, true);
    size_t ob = m->orig, cc = m->cp;
    if (cc > cp) /* before the first mark: the leading white space */
        ob = cc = 0;
    while (cc < cp && ob < d->orig_len) {
        size_t n;
        next_codepoint((const unsigned char *)d->orig + ob, d->orig_len - ob, &n);
        ob += n;
        cc++;
    }
    return ob;
}

bool fg_quote_context(const fg_quote_index *q, int doc, int64_t start, int64_t end, size_t nchars, fg_strbuf *prefix,
                      fg_strbuf *exact, fg_strbuf *suffix)
{
    if (doc < 0 || (size_t)doc >= q->n || start < 0 || end < start)
        return false;
    const fg_quote_doc *d = q->docs[doc];
    size_t s = (size_t)start, e = (size_t)end;
    if (!d->nmarks || e > d->orig_cps)
        return false;
    size_t before = byte_of(d, s > nchars ? s - nchars : 0), from = byte_of(d, s), to = byte_of(d, e);
    size_t after = byte_of(d, d->orig_cps - e > nchars ? e + nchars : d->orig_cps);
    fg_strbuf_put(prefix, d->orig + before, from - before);
    fg_strbuf_put(exact, d->orig + from, to - from);
    fg_strbuf_put(suffix, d->orig + to, after - to);
    return true;
}

void fg_quote_index_release(fg_quote_index *q)
{
    for (size_t i = 0; i < q->n; i++) {
        free(q->docs[i]->norm);
        free(q->docs[i]->orig);
        free(q->docs[i]->marks);
        free(q->docs[i]->heads);
        free(q->docs[i]->next);
        free(q->docs[i]->starts);
        free(q->docs[i]->path);
        free(q->docs[i]);
    }
    free(q->docs);
    fg_symtab_release(&q->by_path);
    fg_strbuf_release(&q->scratch);
    memset(q, 0, sizeof *q);
}
