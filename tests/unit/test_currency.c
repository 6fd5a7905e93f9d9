/* Unit tests of currency codes and symbols (currency.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "currency.h"

static void currencies(void **state)
{
    (void)state;
    assert_true(fg_currency_is_valid("EUR"));
    assert_true(fg_currency_is_valid("CNY"));
    assert_false(fg_currency_is_valid("EURO"));
    assert_false(fg_currency_is_valid("eur"));
    assert_string_equal(fg_currency_symbol("EUR"), "€");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(currencies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
