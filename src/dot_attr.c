#include "dot_attr.h"

/* agsafeset takes char *; the strings are copied by cgraph. */
void fg_dot_set(void *obj, const char *name, const char *value)
{
    agsafeset(obj, (char *)name, (char *)value, "");
}

/* Double backslashes so that Graphviz shows them instead of reading escapes. */
void fg_dot_put_escaped(fg_strbuf *sb, const char *s)
{
    for (; *s; s++) {
        if (*s == '\\')
            fg_strbuf_putc(sb, '\\');
        fg_strbuf_putc(sb, *s);
    }
}

void fg_dot_set_text(void *obj, const char *name, const char *text)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_dot_put_escaped(&sb, text);
    fg_dot_set(obj, name, fg_strbuf_cstr(&sb));
    fg_strbuf_release(&sb);
}
