/* factgraph: parse options, run one command, map its status to an exit
 * code. This is the only place that exits. */
#include <stdio.h>

#include "cli.h"
#include "commands.h"

static int exit_code(fg_status st)
{
    switch (st) {
    case FG_STATUS_OK: return 0;
    case FG_STATUS_FINDINGS: return 1;
    case FG_STATUS_FAILURE: return 2;
    }
    return 2;
}

int main(int argc, char **argv)
{
    fg_options o;
    fg_status st;
    if (fg_cli_parse(argc, argv, &o, &st))
        st = fg_run(&o);
    fg_options_release(&o);
    /* A full disk or a closed pipe must not pass for success. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "factgraph: error: cannot write to standard output\n");
        st = FG_STATUS_FAILURE;
    }
    return exit_code(st);
}
