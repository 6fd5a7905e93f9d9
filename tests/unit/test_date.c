/* Unit tests of dates of reduced precision (date.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_with_reduced_precision),
        cmocka_unit_test(invalid_dates),
        cmocka_unit_test(date_overlap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
