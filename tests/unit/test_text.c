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
#include "validate.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_with_reduced_precision),
        cmocka_unit_test(invalid_dates),
        cmocka_unit_test(date_overlap),
        cmocka_unit_test(quote_normalisation),
        cmocka_unit_test(quotes_found_verbatim_only),
        cmocka_unit_test(long_documents_are_indexed),
        cmocka_unit_test(suggestions),
        cmocka_unit_test(currencies),
        cmocka_unit_test(ids_and_urls),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
