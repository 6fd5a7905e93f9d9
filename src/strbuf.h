/* A growable byte buffer, always NUL-terminated. */
#ifndef FG_STRBUF_H
#define FG_STRBUF_H
#include <stdarg.h>
#include <stddef.h>

typedef struct fg_strbuf {
    char *data;
    size_t len;
    size_t cap;
} fg_strbuf;

#define FG_STRBUF_INIT {NULL, 0, 0}

void fg_strbuf_release(fg_strbuf *sb);
void fg_strbuf_reset(fg_strbuf *sb);
void fg_strbuf_put(fg_strbuf *sb, const char *data, size_t len);
void fg_strbuf_puts(fg_strbuf *sb, const char *s);
void fg_strbuf_putc(fg_strbuf *sb, char c);
void fg_strbuf_printf(fg_strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void fg_strbuf_vprintf(fg_strbuf *sb, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Append s as a JSON string literal, quotes included. */
void fg_strbuf_put_json(fg_strbuf *sb, const char *s);
/* Append s with &, <, >, " and ' as XML character references. */
void fg_strbuf_put_xml(fg_strbuf *sb, const char *s);
/* The buffer's text ("" when empty); it stays owned by sb. */
const char *fg_strbuf_cstr(const fg_strbuf *sb);
/* Hand the text to the caller, who frees it; sb is left empty. */
char *fg_strbuf_detach(fg_strbuf *sb);

#endif
