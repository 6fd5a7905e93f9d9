/* The rules of the fact base. Resolves references in the model (types,
 * predicates, relation ends, cited sources) and reports every problem to
 * diags; never prints and reads no file. */
#ifndef FG_VALIDATE_H
#define FG_VALIDATE_H
#include "diag.h"
#include "model.h"

/* Validate the model, whose seed documents seeds.c has read: no file is
 * read here. */
void fg_validate(fg_model *m, fg_diags *diags);

#endif
