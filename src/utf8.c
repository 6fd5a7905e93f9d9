#include "utf8.h"

bool fg_utf8_decode(const char *s, size_t len, uint32_t *cp, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t want = p[0] < 0x80 ? 1 : (p[0] >> 5) == 6 ? 2 : (p[0] >> 4) == 14 ? 3 : (p[0] >> 3) == 30 ? 4 : 0;
    *cp = p[0];
    *n = 1;
    if (want == 1)
        return true;
    if (want == 0 || want > len)
        return false;
    uint32_t c = want == 2 ? (p[0] & 0x1Fu) : want == 3 ? (p[0] & 0x0Fu) : (p[0] & 0x07u);
    for (size_t i = 1; i < want; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return false;
        c = (c << 6) | (p[i] & 0x3Fu);
    }
    /* Overlong forms and surrogates are not characters. */
    static const uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[want] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return false;
    *cp = c;
    *n = want;
    return true;
}

bool fg_utf8_is_wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F && cp != 0x3099 && cp != 0x309A) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
           (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
           (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool fg_utf8_is_zero_width(uint32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           cp == 0x200D || (cp >= 0x20D0 && cp <= 0x20FF) || cp == 0x3099 || cp == 0x309A ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool fg_utf8_is_unsafe(uint32_t cp)
{
    if (cp == '\t')
        return false;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

size_t fg_utf8_prefix_len(const char *s, size_t len, size_t max)
{
    size_t i = 0;
    for (size_t chars = 0; i < len && chars < max; chars++) {
        uint32_t cp;
        size_t n;
        fg_utf8_decode(s + i, len - i, &cp, &n);
        i += n;
    }
    return i;
}
