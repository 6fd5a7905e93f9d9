/* ISO 4217 currency codes. */
#ifndef FG_CURRENCY_H
#define FG_CURRENCY_H
#include <stdbool.h>

/* True when code is an active ISO 4217 alphabetic code, e.g. "EUR". */
bool fg_currency_is_valid(const char *code);
/* The symbol used in labels ("€" for EUR), or NULL when there is none. */
const char *fg_currency_symbol(const char *code);

#endif
