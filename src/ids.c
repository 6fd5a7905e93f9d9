#include "ids.h"

#include <string.h>

bool fg_id_is_valid(const char *s)
{
    bool need_alnum = true;
    for (; *s; s++) {
        if ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))
            need_alnum = false;
        else if (*s == '-' && !need_alnum)
            need_alnum = true;
        else
            return false;
    }
    return !need_alnum;
}

bool fg_url_is_valid(const char *s)
{
    if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
        return false;
    const char *host = strstr(s, "//") + 2;
    if (!*host || *host == '/')
        return false;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p <= 0x20 || *p == 0x7F || strchr("\"'<>\\`{}|^", *p))
            return false;
    return true;
}

bool fg_id_check_length(fg_diags *d, const char *id, size_t len, fg_pos pos, const char *what)
{
    if (len <= FG_ID_MAX)
        return false;
    /* Quote the first 32 bytes, cut between characters. */
    int shown = 32;
    while (shown > 0 && ((unsigned char)id[shown] & 0xC0) == 0x80)
        shown--;
    fg_diag_error(d, pos, "bad-id", "%s '%.*s...' is %u bytes long, more than the limit of %d for an id", what, shown,
                  id, (unsigned)len, FG_ID_MAX);
    return true;
}
