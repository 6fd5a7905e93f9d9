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

void fg_quote_normalize(const char *s, size_t len, fg_strbuf *out)
{
    /* The output is never longer than the input: write it in one pass into
     * room made once (this runs over every seed and every quote). */
    fg_strbuf_put(out, "", 0);
    out->data = fg_xgrow(out->data, &out->cap, out->len + len + 1, 1);
    const unsigned char *p = (const unsigned char *)s;
    char *w = out->data + out->len, *start = w;
    bool pending_space = false;
    for (size_t i = 0; i < len;) {
        if (p[i] < 0x80 && p[i] > ' ') { /* the common case: printable ASCII */
            if (pending_space && w > start)
                *w++ = ' ';
            pending_space = false;
            *w++ = (char)p[i++];
            continue;
        }
        size_t used;
        uint32_t cp = next_codepoint(p + i, len - i, &used);
        if (is_space(cp)) {
            pending_space = true;
        } else {
            if (pending_space && w > start)
                *w++ = ' ';
            pending_space = false;
            char f = fold(cp);
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
}

int fg_quote_index_find(fg_quote_index *q, const char *path)
{
    const fg_quote_doc *d = fg_symtab_get(&q->by_path, path);
    return d ? d->index : -1;
}

int fg_quote_index_add(fg_quote_index *q, const char *path, const char *text, size_t len)
{
    fg_quote_doc *d = fg_xmalloc(sizeof *d);
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_quote_normalize(text, len, &sb);
    d->len = sb.len;
    d->norm = fg_strbuf_detach(&sb);
    d->heads = d->next = d->starts = NULL;
    d->nheads = d->nwords = 0;
    d->indexed = false;
    d->path = fg_xstrdup(path);
    d->index = (int)q->n;
    q->docs = fg_xgrow(q->docs, &q->cap, q->n + 1, sizeof *q->docs);
    q->docs[q->n++] = d;
    fg_symtab_put(&q->by_path, d->path, d);
    return d->index;
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

/* Whether the normalised quote q (len >= KEY_LEN) starts at a word of d.
 * Every word in the chain has at least KEY_LEN bytes left. In real text a
 * chain holds a few words, each ruled out in a few bytes; but in a text of
 * one word repeated every word is in one chain, and a quote of that word
 * repeated matches each for nearly its whole length. So the walk gives up
 * once the bytes it has compared (and KEY_LEN for each word it visits) pass
 * the length of the text, and the search of the whole text that follows a
 * miss answers: a lookup costs at most about two searches. */
static bool found_at_word(fg_quote_index *qi, const fg_quote_doc *d, const char *q, size_t len)
{
    size_t budget = d->len, spent = 0;
    bool found = false;
    for (uint32_t e = d->heads[key_slot(q, d->nheads)]; e && !found && spent <= budget; e = d->next[e - 1]) {
        size_t at = d->starts[e - 1];
        size_t n = len <= d->len - at ? len : d->len - at;
        size_t same = common_prefix(d->norm + at, q, n);
        spent += KEY_LEN + same;
        found = same == len;
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

bool fg_quote_found(fg_quote_index *q, int doc, const char *quote)
{
    if (doc < 0 || (size_t)doc >= q->n)
        return false;
    fg_quote_doc *d = q->docs[doc];
    const char *norm = quote;
    size_t len = normal_length(quote);
    if (len == 0) {
        fg_strbuf_reset(&q->scratch);
        fg_quote_normalize(quote, strlen(quote), &q->scratch);
        norm = q->scratch.data;
        len = q->scratch.len;
    }
    if (len == 0)
        return false;
    if (!d->indexed)
        index_words(d);
    if (len >= KEY_LEN && d->nwords && found_at_word(q, d, norm, len))
        return true;
    q->scans++;
    /* Relied on: glibc's memmem is linear in the worst case, even in a
     * text of one word repeated (Two-Way for a quote over 256 bytes; below
     * that a Horspool variant whose cost per byte of text the 256 bounds),
     * and musl's is Two-Way. strstr would also measure the text each time. */
    return memmem(d->norm, d->len, norm, len) != NULL;
}

void fg_quote_index_release(fg_quote_index *q)
{
    for (size_t i = 0; i < q->n; i++) {
        free(q->docs[i]->norm);
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
