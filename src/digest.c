#include "digest.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "symtab.h"

#define STAMP_DOT "<!-- factgraph dot-digest: "
#define STAMP_SVG " svg-digest: "
#define STAMP_END " -->\n"
/* The stamp line's length: both digests are 16 hex digits. */
#define STAMP_LEN (sizeof STAMP_DOT - 1 + 16 + sizeof STAMP_SVG - 1 + 16 + sizeof STAMP_END - 1)

static void put_hex(uint64_t h, char out[17])
{
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* FNV-1a 64 of the format number, the options (when there are any) and
 * the DOT bytes. */
void fg_digest_dot(const char *dot, size_t len, const char *options, char out[17])
{
    char version[16];
    int n = snprintf(version, sizeof version, "%d\n", FG_SVG_FORMAT);
    uint64_t h = fg_hash_bytes(version, (size_t)n);
    if (options && *options) {
        h = fg_hash_update(h, "options: ", 9);
        h = fg_hash_update(h, options, strlen(options));
        h = fg_hash_update(h, "\n", 1);
    }
    put_hex(fg_hash_update(h, dot, len), out);
}

/* Where the stamp goes: after the XML declaration's line, or first. */
static size_t stamp_offset(const char *svg, size_t len)
{
    const char *nl = memchr(svg, '\n', len);
    return nl && len >= 5 && memcmp(svg, "<?xml", 5) == 0 ? (size_t)(nl - svg) + 1 : 0;
}

/* The digest of the SVG without its stamp: the part before and after. */
static void digest_svg(const char *head, size_t nhead, const char *tail, size_t ntail, char out[17])
{
    put_hex(fg_hash_update(fg_hash_bytes(head, nhead), tail, ntail), out);
}

void fg_stamp_svg(const char *svg, size_t len, const char *dot_digest, fg_strbuf *out)
{
    size_t head = stamp_offset(svg, len);
    char svg_digest[17];
    digest_svg(svg, head, svg + head, len - head, svg_digest);
    fg_strbuf_put(out, svg, head);
    fg_strbuf_printf(out, "%s%s%s%s%s", STAMP_DOT, dot_digest, STAMP_SVG, svg_digest, STAMP_END);
    fg_strbuf_put(out, svg + head, len - head);
}

fg_stamp_status fg_stamp_check(const char *file, size_t len, const char *dot_digest)
{
    size_t head = stamp_offset(file, len);
    const char *stamp = file + head;
    size_t dot_at = sizeof STAMP_DOT - 1, svg_at = dot_at + 16 + sizeof STAMP_SVG - 1;
    if (len - head < STAMP_LEN || memcmp(stamp, STAMP_DOT, dot_at) != 0 ||
        memcmp(stamp + dot_at + 16, STAMP_SVG, sizeof STAMP_SVG - 1) != 0 ||
        memcmp(stamp + svg_at + 16, STAMP_END, sizeof STAMP_END - 1) != 0)
        return FG_STAMP_NONE;
    if (memcmp(stamp + dot_at, dot_digest, 16) != 0)
        return FG_STAMP_OTHER_DOT;
    char want[17];
    digest_svg(file, head, stamp + STAMP_LEN, len - head - STAMP_LEN, want);
    return memcmp(stamp + svg_at, want, 16) == 0 ? FG_STAMP_OK : FG_STAMP_EDITED;
}
