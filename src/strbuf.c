#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
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

/* The two-character escape JSON has for c, or NULL. */
static const char *json_short_escape(unsigned char c)
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: return NULL;
    }
}

void fg_strbuf_put_json(fg_strbuf *sb, const char *s)
{
    fg_strbuf_putc(sb, '"');
    for (size_t i = 0, len = strlen(s); i < len;) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = json_short_escape(c);
        uint32_t cp;
        size_t n = 1;
        if (esc)
            fg_strbuf_puts(sb, esc);
        else if (c < 0x20)
            fg_strbuf_printf(sb, "\\u%04x", c);
        else if (c < 0x80 || fg_utf8_decode(s + i, len - i, &cp, &n))
            fg_strbuf_put(sb, s + i, n);
        else
            /* JSON is UTF-8: a byte that is not (a file name can hold
             * any) becomes the replacement character. */
            fg_strbuf_puts(sb, "\\ufffd");
        i += n;
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
