/* YAML trees of fact files -> model records. Checks the shape only
 * (sections, fields, kinds of value); meaning is validate.c's. */
#ifndef FG_FACTS_LOAD_H
#define FG_FACTS_LOAD_H
#include "diag.h"
#include "model.h"
#include "yaml_load.h"

/* Add the records of one fact file's root (NULL for an empty file). */
void fg_facts_load(fg_model *m, const fg_ynode *root, fg_diags *diags);

#endif
