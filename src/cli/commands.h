/* The commands: each loads the project, does its work, prints its
 * diagnostics once and returns a status. */
#ifndef FG_COMMANDS_H
#define FG_COMMANDS_H
#include "cli.h"

fg_status fg_run(const fg_options *o);

#endif
