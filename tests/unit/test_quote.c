/* Unit tests of quote normalisation and lookup (quote.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "strbuf.h"

static void quote_normalisation(void **state)
{
    (void)state;
    fg_strbuf sb = FG_STRBUF_INIT;
    const char *text = "  ‘Open  source’\n model – “really”\xc2\xa0now ";
    fg_quote_normalize(text, strlen(text), &sb);
    assert_string_equal(sb.data, "'Open source' model - \"really\" now");
    fg_strbuf_release(&sb);
}

static void quotes_found_verbatim_only(void **state)
{
    (void)state;
    fg_quote_index q = {0};
    const char *doc = "France — and Europe\nmore broadly — aims to break out of this model.";
    int d = fg_quote_index_add(&q, "seeds/a.txt", doc, strlen(doc));
    assert_int_equal(fg_quote_index_find(&q, "seeds/a.txt"), d);
    assert_true(fg_quote_found(&q, d, "France - and Europe more broadly - aims"));
    assert_true(fg_quote_found(&q, d, " France  —  and Europe\tmore ")); /* normalised first */
    assert_false(fg_quote_found(&q, d, "France and Europe aims"));
    assert_false(fg_quote_found(&q, d, "france - and europe")); /* case matters */
    assert_false(fg_quote_found(&q, d, "   "));
    fg_quote_index_release(&q);
}

/* A document past FG_QUOTE_INDEX_MIN is found through its word index; what
 * the index cannot answer (inside a word, short, absent) through the text. */
static void long_documents_are_indexed(void **state)
{
    (void)state;
    fg_strbuf doc = FG_STRBUF_INIT;
    for (int i = 0; doc.len <= 2 * FG_QUOTE_INDEX_MIN; i++)
        fg_strbuf_printf(&doc, "Sentence number %d of the\r\nrecord. ", i);
    fg_strbuf_puts(&doc, "The “last” words.");
    fg_quote_index q = {0};
    int d = fg_quote_index_add(&q, "seeds/long.txt", doc.data, doc.len);
    assert_true(fg_quote_found(&q, d, "Sentence number 517 of the record."));
    assert_true(fg_quote_found(&q, d, "number 1 of the record. Sentence number 2"));
    assert_true(fg_quote_found(&q, d, "Sentence number 0 of"));
    assert_true(fg_quote_found(&q, d, "The \"last\" words."));         /* the end of the text */
    assert_true(fg_quote_found(&q, d, "entence number 12 of the record")); /* inside a word */
    assert_true(fg_quote_found(&q, d, "record."));                     /* short */
    assert_false(fg_quote_found(&q, d, "Sentence number 517 of the records"));
    assert_false(fg_quote_found(&q, d, "Sentence number 99999 of the record."));
    assert_false(fg_quote_found(&q, d, "The \"last\" words. And more"));
    assert_int_equal(q.scans, 5); /* the first four came from the index */
    fg_quote_index_release(&q);
    fg_strbuf_release(&doc);
}

/* A text of one word repeated puts every word in one chain of the index,
 * and a quote of that word repeated matches each for nearly its whole
 * length: the index gives up after comparing as many bytes as the text
 * holds, and the search of the text answers. */
static void repetitive_documents_cost_linear_time(void **state)
{
    (void)state;
    fg_strbuf doc = FG_STRBUF_INIT, quote = FG_STRBUF_INIT;
    while (doc.len <= 16 * FG_QUOTE_INDEX_MIN)
        fg_strbuf_puts(&doc, "aaaaaaaaaaaaaaaab ");
    fg_strbuf_puts(&doc, "end.");
    while (quote.len < 4000)
        fg_strbuf_puts(&quote, "aaaaaaaaaaaaaaaab ");
    size_t words = quote.len;
    fg_quote_index q = {0};
    int d = fg_quote_index_add(&q, "seeds/rep.txt", doc.data, doc.len);
    fg_strbuf_puts(&quote, "aaaaa0");
    assert_false(fg_quote_found(&q, d, quote.data));
    quote.len = words;
    fg_strbuf_puts(&quote, "end.");
    assert_true(fg_quote_found(&q, d, quote.data)); /* past where the index gives up */
    assert_int_equal(q.scans, 2);
    /* Each lookup compared at most the text and one quote: the whole chain
     * would have been 13,000 words of about 4,000 bytes each. */
    assert_true(q.compared <= 2 * (doc.len + quote.len));
    quote.data[words - 1] = '\0';
    assert_true(fg_quote_found(&q, d, quote.data)); /* at the first word */
    assert_int_equal(q.scans, 2);
    fg_quote_index_release(&q);
    fg_strbuf_release(&doc);
    fg_strbuf_release(&quote);
}

/* Over texts of few letters (long chains in the index, matches that stop
 * anywhere) the index and the search agree with a plain search. */
static void quote_lookup_agrees_with_plain_search(void **state)
{
    (void)state;
    unsigned seed = 12345;
    for (int round = 0; round < 20; round++) {
        fg_strbuf doc = FG_STRBUF_INIT;
        size_t period = 1 + round % 7;
        while (doc.len <= FG_QUOTE_INDEX_MIN + 2000) {
            seed = seed * 1103515245u + 12345u;
            /* mostly the same few words, now and then a different letter */
            int r = (int)(seed >> 16) % 100;
            fg_strbuf_puts(&doc, r < 3 ? "aaaaaaaaaaaaaaaaaaac " : r < 6 ? "aaaaaaaaaaaaaaaab" : "aaaaaaaaaaaaaaaab ");
            if (doc.len % period == 0)
                fg_strbuf_puts(&doc, " ");
        }
        fg_quote_index q = {0};
        int d = fg_quote_index_add(&q, "seeds/r.txt", doc.data, doc.len);
        const char *norm = q.docs[d]->norm;
        size_t len = q.docs[d]->len;
        for (int k = 0; k < 50; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t at = (seed >> 8) % len, n = 1 + (seed >> 4) % 600;
            if (k % 2 == 0) /* from a word's start */
                while (at > 0 && norm[at - 1] != ' ')
                    at--;
            if (at + n > len)
                n = len - at;
            char quote[640];
            memcpy(quote, norm + at, n);
            quote[n] = '\0';
            if (k % 3 == 0) /* perhaps not there any more */
                quote[n / 2] = quote[n / 2] == 'a' ? 'c' : 'a';
            bool want = strstr(norm, quote) != NULL && strspn(quote, " ") != n;
            if (quote[0] == ' ' || (n > 0 && quote[n - 1] == ' '))
                continue; /* normalising would trim the quote */
            assert_int_equal(fg_quote_found(&q, d, quote), want);
        }
        fg_quote_index_release(&q);
        fg_strbuf_release(&doc);
    }
}

/* The text of doc at code points [start, end), and its context. */
static void assert_range(fg_quote_index *q, int d, const char *quote, int64_t want_start, int64_t want_end,
                         const char *want_exact)
{
    int64_t start, end;
    assert_true(fg_quote_locate(q, d, quote, &start, &end));
    assert_int_equal(start, want_start);
    assert_int_equal(end, want_end);
    fg_strbuf pre = FG_STRBUF_INIT, exact = FG_STRBUF_INIT, post = FG_STRBUF_INIT;
    assert_true(fg_quote_context(q, d, start, end, 4, &pre, &exact, &post));
    assert_string_equal(fg_strbuf_cstr(&exact), want_exact);
    fg_strbuf_release(&pre);
    fg_strbuf_release(&exact);
    fg_strbuf_release(&post);
}

/* Offsets are code points of the original: a typographic quote or dash is
 * one, a run of white space (NBSP, ideographic space) as long as it was,
 * a CJK character one however many bytes it takes. */
static void offsets_are_code_points_of_the_original(void **state)
{
    (void)state;
    fg_quote_index q = {0};
    /* 0..: two spaces, then ‘Open’ (6 code points), a tab and NBSP, then — x */
    const char *doc = "  \u2018Open\u2019\t\u00a0\u2014 x \u201c\u4e2d\u56fd\u201d\n\n  \u4eba\u6c11\u3000end";
    int d = fg_quote_index_add(&q, "seeds/o.txt", doc, strlen(doc));
    assert_range(&q, d, "'Open'", 2, 8, "\u2018Open\u2019");
    assert_range(&q, d, "Open' - x", 3, 13, "Open\u2019\t\u00a0\u2014 x");
    assert_range(&q, d, "\"\u4e2d\u56fd\" \u4eba\u6c11 end", 14, 28,
                 "\u201c\u4e2d\u56fd\u201d\n\n  \u4eba\u6c11\u3000end");
    assert_range(&q, d, "\u56fd", 16, 17, "\u56fd");
    assert_range(&q, d, "end", 25, 28, "end");
    int64_t start, end;
    assert_false(fg_quote_locate(&q, d, "nowhere", &start, &end));
    assert_int_equal(start, -1);
    assert_int_equal(end, -1);
    fg_strbuf pre = FG_STRBUF_INIT, exact = FG_STRBUF_INIT, post = FG_STRBUF_INIT;
    assert_true(fg_quote_context(&q, d, 14, 16, 4, &pre, &exact, &post));
    assert_string_equal(fg_strbuf_cstr(&pre), "\u2014 x ");
    assert_string_equal(fg_strbuf_cstr(&exact), "\u201c\u4e2d");
    assert_string_equal(fg_strbuf_cstr(&post), "\u56fd\u201d\n\n");
    assert_false(fg_quote_context(&q, d, 20, 99, 4, &pre, &exact, &post));
    assert_true(fg_quote_context(&q, d, 0, 28, 4, &pre, &exact, &post)); /* the whole text */
    fg_strbuf_release(&pre);
    fg_strbuf_release(&exact);
    fg_strbuf_release(&post);
    fg_quote_index_release(&q);
}

/* Over a long text of mixed pieces (many marks, long runs of white space),
 * every range found holds text that normalises to the quote, and a quote
 * that occurs once is found where it was taken from. */
static void offsets_agree_with_the_text(void **state)
{
    (void)state;
    static const char *const pieces[] = {"word", "\u2018q\u2019", "\u2014", "\u4e2d\u6587", " ", "\u00a0",
                                         "\n\n\t", "\u3000", "\u201cdd\u201d", "x"};
    unsigned seed = 777;
    fg_strbuf doc = FG_STRBUF_INIT;
    size_t cps = 0, nsamples = 0;
    int64_t starts[400] = {0};
    size_t at_byte[400] = {0};
    while (doc.len < FG_QUOTE_INDEX_MIN * 2) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = (seed >> 16) % 40;
        if (r == 0) /* a long run of white space */
            for (int i = 0; i < 700; i++, cps++)
                fg_strbuf_puts(&doc, i % 2 ? " " : "\n");
        const char *piece = pieces[r % 10];
        fg_strbuf_puts(&doc, piece);
        for (const unsigned char *p = (const unsigned char *)piece; *p; p++)
            cps += (*p & 0xC0) != 0x80;
        if (nsamples < 400 && doc.len >= 80 * (nsamples + 1)) {
            starts[nsamples] = (int64_t)cps;
            at_byte[nsamples++] = doc.len;
        }
    }
    fg_quote_index q = {0};
    int d = fg_quote_index_add(&q, "seeds/m.txt", doc.data, doc.len);
    assert_int_equal(q.docs[d]->orig_cps, cps);
    assert_true(q.docs[d]->nmarks < doc.len / 32);
    size_t checked = 0;
    for (size_t k = 0; k < 400; k++) {
        if (!at_byte[k])
            continue;
        /* a unique quote: a marker, then the text that follows it */
        char marker[32];
        snprintf(marker, sizeof marker, "<%zu>", k);
        fg_strbuf t = FG_STRBUF_INIT;
        fg_strbuf_put(&t, doc.data, at_byte[k]);
        fg_strbuf_puts(&t, marker);
        fg_strbuf_put(&t, doc.data + at_byte[k], doc.len - at_byte[k]);
        fg_quote_index q2 = {0};
        int d2 = fg_quote_index_add(&q2, "seeds/m2.txt", t.data, t.len);
        size_t take = 200 < t.len - at_byte[k] ? 200 : t.len - at_byte[k];
        char quote[256];
        memcpy(quote, t.data + at_byte[k], take);
        quote[take] = '\0';
        while (take && (unsigned char)quote[take - 1] >= 0x80) /* whole characters */
            quote[--take] = '\0';
        int64_t start, end;
        assert_true(fg_quote_locate(&q2, d2, quote, &start, &end));
        assert_int_equal(start, starts[k]);
        fg_strbuf pre = FG_STRBUF_INIT, exact = FG_STRBUF_INIT, post = FG_STRBUF_INIT, a = FG_STRBUF_INIT,
                  b = FG_STRBUF_INIT;
        assert_true(fg_quote_context(&q2, d2, start, end, 30, &pre, &exact, &post));
        fg_quote_normalize(exact.data, exact.len, &a);
        fg_quote_normalize(quote, strlen(quote), &b);
        assert_string_equal(fg_strbuf_cstr(&a), fg_strbuf_cstr(&b));
        assert_true(strncmp(exact.data, marker, strlen(marker)) == 0);
        fg_strbuf_release(&pre);
        fg_strbuf_release(&post);
        fg_strbuf_release(&a);
        fg_strbuf_release(&b);
        fg_strbuf_release(&exact);
        fg_strbuf_release(&t);
        fg_quote_index_release(&q2);
        checked++;
    }
    assert_true(checked > 300);
    fg_quote_index_release(&q);
    fg_strbuf_release(&doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quote_normalisation),
        cmocka_unit_test(quotes_found_verbatim_only),
        cmocka_unit_test(long_documents_are_indexed),
        cmocka_unit_test(repetitive_documents_cost_linear_time),
        cmocka_unit_test(quote_lookup_agrees_with_plain_search),
        cmocka_unit_test(offsets_are_code_points_of_the_original),
        cmocka_unit_test(offsets_agree_with_the_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
