/* The digest that ties an SVG to the DOT it was rendered from. */
#ifndef FG_DIGEST_H
#define FG_DIGEST_H
#include <stddef.h>

/* Bump when the SVG made from the same DOT changes, so that every SVG is
 * rebuilt once. */
#define FG_SVG_FORMAT 2

/* Write the digest of dot[0..len) as 16 hex digits and a NUL into out. */
void fg_digest_dot(const char *dot, size_t len, char out[17]);
/* The comment that carries the digest inside an SVG. */
#define FG_DIGEST_PREFIX "<!-- factgraph dot-digest: "

#endif
