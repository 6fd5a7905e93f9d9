/* Unit tests of quote normalisation and lookup (quote.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quote_normalisation),
        cmocka_unit_test(quotes_found_verbatim_only),
        cmocka_unit_test(long_documents_are_indexed),
        cmocka_unit_test(repetitive_documents_cost_linear_time),
        cmocka_unit_test(quote_lookup_agrees_with_plain_search),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
