#include "date.h"

#include <ctype.h>
#include <string.h>

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

static bool digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

bool fg_date_parse(const char *s, fg_date *out)
{
    size_t len = strlen(s);
    int y, m = 0, d = 0;
    if (len != 4 && len != 7 && len != 10)
        return false;
    if (!digits(s, 4, &y) || y < 1)
        return false;
    if (len >= 7 && (s[4] != '-' || !digits(s + 5, 2, &m) || m < 1 || m > 12))
        return false;
    if (len == 10 && (s[7] != '-' || !digits(s + 8, 2, &d) || d < 1 || d > days_in_month(y, m)))
        return false;
    out->precision = len == 4 ? 1 : len == 7 ? 2 : 3;
    if (len == 4) {
        out->first = y * 10000 + 101;
        out->last = y * 10000 + 1231;
    } else if (len == 7) {
        out->first = y * 10000 + m * 100 + 1;
        out->last = y * 10000 + m * 100 + days_in_month(y, m);
    } else {
        out->first = out->last = y * 10000 + m * 100 + d;
    }
    return true;
}

bool fg_date_overlaps(fg_date a, fg_date b)
{
    return a.first <= b.last && b.first <= a.last;
}
