/* The syntax of ids and URLs: what the schema, the facts and the views all
 * check, in one place. */
#ifndef FG_IDS_H
#define FG_IDS_H
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* An id longer than this, in bytes, is refused where it is defined and
 * where it is referred to (the longest in facts/ has 45). */
#define FG_ID_MAX 128

/* Whether s is a valid id: kebab-case, ^[a-z0-9]+(-[a-z0-9]+)*$. */
bool fg_id_is_valid(const char *s);
/* Whether id[0..len) is longer than FG_ID_MAX; if so it is reported at pos
 * as bad-id, what naming it ("id", or the field that refers to it), and
 * the message quotes only its first bytes. */
bool fg_id_check_length(fg_diags *d, const char *id, size_t len, fg_pos pos, const char *what);
/* Whether s is an http or https URL with no space, quote or angle bracket. */
bool fg_url_is_valid(const char *s);

#endif
