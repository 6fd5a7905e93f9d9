#include "clip.h"

#include <string.h>

#include "utf8.h"

void fg_clip_put(fg_strbuf *sb, const char *s, size_t max)
{
    size_t len = strlen(s);
    size_t keep = fg_utf8_prefix_len(s, len, max);
    if (keep == len) {
        fg_strbuf_put(sb, s, len);
        return;
    }
    fg_strbuf_put(sb, s, fg_utf8_prefix_len(s, len, max - 1));
    fg_strbuf_puts(sb, "…");
}
