#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void fg_strbuf_release(fg_strbuf *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

void fg_strbuf_reset(fg_strbuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

static void reserve(fg_strbuf *sb, size_t extra)
{
    sb->data = fg_xgrow(sb->data, &sb->cap, sb->len + extra + 1, 1);
}

void fg_strbuf_put(fg_strbuf *sb, const char *data, size_t len)
{
    reserve(sb, len);
    if (len)
        memcpy(sb->data + sb->len, data, len);
    sb->len += len;
    sb->data[sb->len] = '\0';
}

void fg_strbuf_puts(fg_strbuf *sb, const char *s)
{
    fg_strbuf_put(sb, s, strlen(s));
}

void fg_strbuf_putc(fg_strbuf *sb, char c)
{
    fg_strbuf_put(sb, &c, 1);
}

void fg_strbuf_vprintf(fg_strbuf *sb, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        return;
    reserve(sb, (size_t)n);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    sb->len += (size_t)n;
}

void fg_strbuf_printf(fg_strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fg_strbuf_vprintf(sb, fmt, ap);
    va_end(ap);
}

void fg_strbuf_put_json(fg_strbuf *sb, const char *s)
{
    fg_strbuf_putc(sb, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fg_strbuf_puts(sb, "\\\""); break;
        case '\\': fg_strbuf_puts(sb, "\\\\"); break;
        case '\n': fg_strbuf_puts(sb, "\\n"); break;
        case '\r': fg_strbuf_puts(sb, "\\r"); break;
        case '\t': fg_strbuf_puts(sb, "\\t"); break;
        default:
            if (*p < 0x20)
                fg_strbuf_printf(sb, "\\u%04x", *p);
            else
                fg_strbuf_putc(sb, (char)*p);
        }
    }
    fg_strbuf_putc(sb, '"');
}

void fg_strbuf_put_xml(fg_strbuf *sb, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': fg_strbuf_puts(sb, "&amp;"); break;
        case '<': fg_strbuf_puts(sb, "&lt;"); break;
        case '>': fg_strbuf_puts(sb, "&gt;"); break;
        case '"': fg_strbuf_puts(sb, "&quot;"); break;
        case '\'': fg_strbuf_puts(sb, "&#39;"); break;
        default: fg_strbuf_putc(sb, *s);
        }
    }
}

const char *fg_strbuf_cstr(const fg_strbuf *sb)
{
    return sb->data ? sb->data : "";
}

char *fg_strbuf_detach(fg_strbuf *sb)
{
    char *s = sb->data ? sb->data : fg_xstrdup("");
    sb->data = NULL;
    sb->len = sb->cap = 0;
    return s;
}
