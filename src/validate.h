/* The rules of the fact base. Resolves references in the model (types,
 * predicates, relation ends, cited sources) and reports every problem to
 * diags; never prints. */
#ifndef FG_VALIDATE_H
#define FG_VALIDATE_H
#include "diag.h"
#include "model.h"

/* A seed document larger than this is refused. */
#define FG_SEED_MAX_FILE ((size_t)64 << 20)

/* root is the project directory, where seed files are looked up. */
void fg_validate(fg_model *m, const char *root, fg_diags *diags);

#endif
