/* ISO 8601 calendar dates with reduced precision: 2025, 2025-02, 2025-02-10.
 * A date stands for the interval of days it covers. */
#ifndef FG_DATE_H
#define FG_DATE_H
#include <stdbool.h>
#include <stdint.h>

typedef struct fg_date {
    int32_t first; /* first day covered, as yyyymmdd */
    int32_t last;  /* last day covered, as yyyymmdd */
    int precision; /* 1 year, 2 month, 3 day */
} fg_date;

/* Parse s; false when it is not a valid date (e.g. 2025-02-30). */
bool fg_date_parse(const char *s, fg_date *out);
/* True when the two intervals share at least one day. */
bool fg_date_overlaps(fg_date a, fg_date b);

#endif
