/* The rules of the fact base. Resolves references in the model (types,
 * predicates, relation ends, cited sources) and reports every problem to
 * diags; never prints. */
#ifndef FG_VALIDATE_H
#define FG_VALIDATE_H
#include "diag.h"
#include "model.h"

/* A seed document larger than this is refused. */
#define FG_SEED_MAX_FILE ((size_t)64 << 20)
/* An id longer than this, in bytes, is refused where it is defined and
 * where it is referred to (the longest in facts/ has 45). */
#define FG_ID_MAX 128

/* root is the project directory, where seed files are looked up. */
void fg_validate(fg_model *m, const char *root, fg_diags *diags);
/* Whether s is a valid id: kebab-case, ^[a-z0-9]+(-[a-z0-9]+)*$. */
bool fg_id_is_valid(const char *s);
/* Whether id is longer than FG_ID_MAX; if so it is reported as bad-id,
 * what naming it ("id", or the field that refers to it), and the message
 * quotes only its first bytes. */
bool fg_id_check_length(fg_diags *d, const fg_ynode *id, const char *what);
/* Whether s is an http or https URL with no space, quote or angle bracket. */
bool fg_url_is_valid(const char *s);

#endif
