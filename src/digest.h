/* The stamp that ties an SVG to the DOT it was rendered from and to its own
 * bytes: one comment after the XML declaration,
 *
 *     <!-- factgraph dot-digest: D svg-digest: S -->
 *
 * where D is a digest of the DOT and S a digest of every other byte of the
 * file. A stamp detects change (a hand edit, a truncated file, a DOT that
 * moved on); it is no defence against a forger, who can compute it too.
 * That is why `build --check` also renders the SVG again and compares the
 * bytes (build.c). */
#ifndef FG_DIGEST_H
#define FG_DIGEST_H
#include <stddef.h>

#include "strbuf.h"

/* Bump when the SVG made from the same DOT changes, so that every SVG is
 * rebuilt once. */
#define FG_SVG_FORMAT 6

/* Write the digest of dot[0..len) and of the view's options that change
 * the SVG but not the DOT (fg_svg_options: "" for none, which leaves the
 * digest what it was before options existed) as 16 hex digits and a NUL
 * into out. */
void fg_digest_dot(const char *dot, size_t len, const char *options, char out[17]);

/* Append to out the SVG svg[0..len) with the stamp for that DOT digest. */
void fg_stamp_svg(const char *svg, size_t len, const char *dot_digest, fg_strbuf *out);

typedef enum fg_stamp_status {
    FG_STAMP_OK,        /* made from this DOT, not a byte changed since */
    FG_STAMP_NONE,      /* no stamp where factgraph puts it */
    FG_STAMP_OTHER_DOT, /* made from another DOT */
    FG_STAMP_EDITED,    /* the bytes changed after it was stamped */
} fg_stamp_status;

/* Check the stamp of the file file[0..len) against the DOT digest. */
fg_stamp_status fg_stamp_check(const char *file, size_t len, const char *dot_digest);

#endif
