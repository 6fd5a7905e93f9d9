/* UTF-8 as factgraph reads it: decoding one character, how wide a terminal
 * draws it, which characters must not reach a terminal, and cutting text at
 * a character boundary. Text from files has been validated by the loader,
 * but file names and seed documents have not: every function here takes
 * invalid bytes as one character each. */
#ifndef FG_UTF8_H
#define FG_UTF8_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode the character at s[0..len) (len >= 1): its code point into *cp and
 * its length into *n. Returns false for an invalid, overlong or truncated
 * sequence, with the single byte as *cp and 1 as *n. */
bool fg_utf8_decode(const char *s, size_t len, uint32_t *cp, size_t *n);
/* Characters a terminal draws two cells wide (CJK, Hangul, full-width
 * forms, emoji). */
bool fg_utf8_is_wide(uint32_t cp);
/* Characters drawn on the one before them, taking no column of their own:
 * combining marks (U+0301, the kana voicing mark U+3099), variation
 * selectors (U+FE0F) and the zero-width joiner U+200D that joins emoji
 * into one. A line must not break before them. Not covered by
 * wcwidth(3), which knows no character beyond ASCII in the C locale that
 * factgraph runs in. */
bool fg_utf8_is_zero_width(uint32_t cp);
/* Characters that must not be printed as they are to a terminal or a log:
 * C0 and C1 controls, DEL, and the bidirectional controls that reorder
 * what is shown (U+202E makes "txt.exe" read "exe.txt"). Tab is not among
 * them; callers decide about it. */
bool fg_utf8_is_unsafe(uint32_t cp);
/* The number of bytes of s that hold at most max characters. */
size_t fg_utf8_prefix_len(const char *s, size_t len, size_t max);

#endif
