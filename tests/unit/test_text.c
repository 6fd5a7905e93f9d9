/* Unit tests of the small text modules: dates, quotes, suggestions,
 * currencies, ids and URLs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "currency.h"
#include "date.h"
#include "quote.h"
#include "strbuf.h"
#include "suggest.h"
#include "ids.h"

static void dates_with_reduced_precision(void **state)
{
    (void)state;
    fg_date d;
    assert_true(fg_date_parse("2025", &d));
    assert_int_equal(d.first, 20250101);
    assert_int_equal(d.last, 20251231);
    assert_true(fg_date_parse("2024-02", &d));
    assert_int_equal(d.last, 20240229);
    assert_true(fg_date_parse("2025-02-10", &d));
    assert_int_equal(d.first, 20250210);
    assert_int_equal(d.last, 20250210);
}

static void invalid_dates(void **state)
{
    (void)state;
    fg_date d;
    const char *bad[] = {"2025-02-30", "2025-13", "2025-2-01", "25", "2025-02-10T10:00", "2023-02-29", "", "abcd",
                         "0000"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(fg_date_parse(bad[i], &d));
}

static void date_overlap(void **state)
{
    (void)state;
    fg_date feb, day, march;
    fg_date_parse("2025-02", &feb);
    fg_date_parse("2025-02-11", &day);
    fg_date_parse("2025-03-15", &march);
    assert_true(fg_date_overlaps(feb, day));
    assert_false(fg_date_overlaps(day, march));
}

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

static void suggestions(void **state)
{
    (void)state;
    fg_suggest s;
    fg_suggest_init(&s, "frnace");
    fg_suggest_consider(&s, "india");
    fg_suggest_consider(&s, "france");
    fg_suggest_consider(&s, "finance-ministry");
    assert_string_equal(fg_suggest_result(&s), "france");
    fg_suggest_init(&s, "zzz");
    fg_suggest_consider(&s, "france");
    assert_null(fg_suggest_result(&s));
    assert_int_equal(fg_edit_distance("kitten", "sitting"), 3);
    assert_int_equal(fg_edit_distance("nmae", "name"), 1); /* a swap is one edit */
    fg_suggest_init(&s, "nmae");
    fg_suggest_consider(&s, "note");
    fg_suggest_consider(&s, "name");
    assert_string_equal(fg_suggest_result(&s), "name");
}

/* The banded distance agrees with the full one wherever it is at most the
 * bound, and says "past it" everywhere else. */
static void banded_distance_agrees(void **state)
{
    (void)state;
    unsigned seed = 7;
    for (int k = 0; k < 20000; k++) {
        char a[24], b[24];
        size_t la, lb;
        seed = seed * 1103515245u + 12345u;
        la = (seed >> 16) % 20;
        seed = seed * 1103515245u + 12345u;
        lb = k % 4 == 0 ? la : (seed >> 16) % 20;
        for (size_t i = 0; i < la; i++) {
            seed = seed * 1103515245u + 12345u;
            a[i] = "abc-"[(seed >> 16) % (k % 3 == 0 ? 2 : 4)];
        }
        for (size_t j = 0; j < lb; j++) {
            seed = seed * 1103515245u + 12345u;
            /* often a copy of a with a few edits, so distances are small */
            b[j] = j < la && (seed >> 16) % 4 != 0 ? a[j] : "abc-"[(seed >> 20) % 4];
        }
        a[la] = b[lb] = '\0';
        size_t full = fg_edit_distance(a, b);
        for (size_t max = 0; max <= 21; max++)
            assert_int_equal(fg_edit_distance_within(a, la, b, lb, max), full <= max ? full : max + 1);
    }
    assert_int_equal(fg_edit_distance_within("nmae", 4, "name", 4, 1), 1);
    assert_int_equal(fg_edit_distance_within("kitten", 6, "sitting", 7, 2), 3);
    assert_int_equal(fg_edit_distance_within("", 0, "", 0, 0), 0);
}

/* A candidate too long for the phrase is not even compared; nor is one
 * too far from the word by its length alone. */
static void suggestions_of_long_words(void **state)
{
    (void)state;
    char word[200], near[200];
    memset(word, 'a', 150);
    word[150] = '\0';
    memcpy(near, word, 151);
    near[3] = 'b';
    fg_suggest s;
    fg_suggest_init(&s, word);
    fg_suggest_consider(&s, near);
    assert_null(fg_suggest_result(&s)); /* one edit, but not showable */
    word[FG_SUGGEST_MAX] = near[FG_SUGGEST_MAX] = '\0';
    fg_suggest_init(&s, word);
    fg_suggest_consider(&s, near);
    assert_string_equal(fg_suggest_result(&s), near);
    assert_string_equal(fg_suggest_phrase(&s) + strlen(" (did you mean '") + FG_SUGGEST_MAX, "'?)");
    fg_suggest_init(&s, "abcdefghijklmnopqrstuvwxyz");
    fg_suggest_consider(&s, "abc");
    assert_null(fg_suggest_result(&s));
}

static void currencies(void **state)
{
    (void)state;
    assert_true(fg_currency_is_valid("EUR"));
    assert_true(fg_currency_is_valid("CNY"));
    assert_false(fg_currency_is_valid("EURO"));
    assert_false(fg_currency_is_valid("eur"));
    assert_string_equal(fg_currency_symbol("EUR"), "€");
}

static void ids_and_urls(void **state)
{
    (void)state;
    assert_true(fg_id_is_valid("ai-action-summit-2025"));
    assert_false(fg_id_is_valid("France"));
    assert_false(fg_id_is_valid("a--b"));
    assert_false(fg_id_is_valid("-a"));
    assert_false(fg_id_is_valid("a-"));
    assert_false(fg_id_is_valid(""));
    assert_true(fg_url_is_valid("https://example.org/a?b=c&d=e"));
    assert_false(fg_url_is_valid("javascript:alert(1)"));
    assert_false(fg_url_is_valid("https://x.org/\"onload=\"x"));
    assert_false(fg_url_is_valid("data:text/html,hi"));
    assert_false(fg_url_is_valid("https://"));
}

/* An id past FG_ID_MAX is one bad-id quoting its first bytes, never cut
 * inside a character. */
static void ids_too_long(void **state)
{
    (void)state;
    char id[FG_ID_MAX + 2];
    memset(id, 'a', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    id[FG_ID_MAX] = '\0';
    fg_diags d = {0};
    fg_pos pos = {FG_NOFILE, 0, 0};
    assert_false(fg_id_check_length(&d, id, FG_ID_MAX, pos, "id"));
    id[FG_ID_MAX] = 'a';
    memcpy(id + 31, "\xc3\xa9", 2); /* an e with an acute accent across byte 32 */
    assert_true(fg_id_check_length(&d, id, FG_ID_MAX + 1, pos, "subject"));
    assert_int_equal(d.n, 1);
    assert_string_equal(d.items[0].rule, "bad-id");
    assert_string_equal(d.items[0].msg, "subject 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' is 129 bytes long, more than "
                                        "the limit of 128 for an id");
    fg_diags_release(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_with_reduced_precision),
        cmocka_unit_test(invalid_dates),
        cmocka_unit_test(date_overlap),
        cmocka_unit_test(quote_normalisation),
        cmocka_unit_test(quotes_found_verbatim_only),
        cmocka_unit_test(long_documents_are_indexed),
        cmocka_unit_test(repetitive_documents_cost_linear_time),
        cmocka_unit_test(quote_lookup_agrees_with_plain_search),
        cmocka_unit_test(suggestions),
        cmocka_unit_test(banded_distance_agrees),
        cmocka_unit_test(suggestions_of_long_words),
        cmocka_unit_test(currencies),
        cmocka_unit_test(ids_and_urls),
        cmocka_unit_test(ids_too_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
