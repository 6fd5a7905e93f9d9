#include "label_wrap.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* Closing CJK punctuation stays on the line of the character before it. */
static bool no_break_before(uint32_t cp)
{
    static const uint32_t closing[] = {0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011,
                                       0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F};
    for (size_t i = 0; i < sizeof closing / sizeof closing[0]; i++)
        if (cp == closing[i])
            return true;
    return false;
}

/* Opening brackets and quotes stay on the line of the character after
 * them. */
static bool no_break_after(uint32_t cp)
{
    static const uint32_t opening[] = {'(', '[', '{', 0x2018, 0x201C, 0x3008, 0x300A,
                                       0x300C, 0x300E, 0x3010, 0xFF08, 0xFF3B, 0xFF5B};
    for (size_t i = 0; i < sizeof opening / sizeof opening[0]; i++)
        if (cp == opening[i])
            return true;
    return false;
}

static size_t columns(uint32_t cp)
{
    return fg_utf8_is_zero_width(cp) ? 0 : fg_utf8_is_wide(cp) ? 2 : 1;
}

/* The next unit that no line breaks inside, from p (not a space): one wide
 * character with the closing punctuation after it, or a run of other
 * characters up to a space or a wide character. Marks drawn on a
 * character, and the character a zero-width joiner joins to it (emoji
 * families), belong to its unit; so does the character after an opening
 * bracket. Returns its end; its width in columns goes to *cols. */
static const char *next_unit(const char *p, size_t *cols)
{
    uint32_t cp;
    size_t n;
    fg_utf8_decode(p, strlen(p), &cp, &n);
    uint32_t prev = cp, base = cp; /* the last character, and the last one with a width */
    *cols = columns(cp);
    p += n;
    while (*p && *p != ' ') {
        fg_utf8_decode(p, strlen(p), &cp, &n);
        bool joined = fg_utf8_is_zero_width(cp) || prev == 0x200D || no_break_after(base) || no_break_before(cp);
        if (!joined && (fg_utf8_is_wide(base) || fg_utf8_is_wide(cp)))
            break;
        *cols += columns(cp);
        prev = cp;
        if (!fg_utf8_is_zero_width(cp))
            base = cp;
        p += n;
    }
    return p;
}

/* Greedy wrapping at width: appends to sb when it is not NULL, and
 * returns the number of lines. */
static size_t wrap(fg_strbuf *sb, const char *text, size_t width)
{
    size_t col = 0, lines = 1;
    bool space = false; /* a space stands between the line so far and the next unit */
    for (const char *p = text; *p;) {
        if (*p == ' ') {
            space = col > 0;
            p++;
            continue;
        }
        size_t cols;
        const char *end = next_unit(p, &cols);
        if (col > 0 && col + space + cols > width) {
            if (sb)
                fg_strbuf_puts(sb, "\\n");
            col = 0;
            lines++;
        } else if (space) {
            if (sb)
                fg_strbuf_putc(sb, ' ');
            col++;
        }
        space = false;
        for (; sb && p < end; p++) {
            if (*p == '\\')
                fg_strbuf_putc(sb, '\\');
            fg_strbuf_putc(sb, *p);
        }
        p = end;
        col += cols;
    }
    return lines;
}

void fg_label_wrap_put(fg_strbuf *sb, const char *text, size_t width)
{
    /* As few lines as the width allows, then the narrowest width that
     * keeps them that few, so that the lines come out even ("on the /
     * sidelines of", not "on the sidelines / of"). */
    size_t lines = wrap(NULL, text, width);
    while (lines > 1 && width > 1 && wrap(NULL, text, width - 1) == lines)
        width--;
    wrap(sb, text, width);
}
