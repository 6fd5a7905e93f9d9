/* Command-line parsing: getopt_long into an options struct, --help text on
 * stdout, usage errors on stderr. */
#ifndef FG_CLI_H
#define FG_CLI_H
#include <stdbool.h>
#include <stddef.h>

#include "factgraph.h"

/* The outcome of a run; main maps it to the documented exit codes. */
typedef enum {
    FG_STATUS_OK,       /* exit 0: no errors */
    FG_STATUS_FINDINGS, /* exit 1: errors, stale outputs, or warnings with --strict */
    FG_STATUS_FAILURE,  /* exit 2: usage error or I/O failure */
} fg_status;

typedef enum {
    FG_CMD_CHECK,
    FG_CMD_BUILD,
    FG_CMD_EXPORT,
    FG_CMD_REPORT,
    FG_CMD_RENDER,
    FG_CMD_DIFF,
    FG_CMD_SHOW,
} fg_command;

typedef struct fg_options {
    fg_command command;
    const char *root;  /* -C DIR, "." by default */
    bool strict;
    bool check;        /* build --check */
    bool excerpts;     /* show the source line under each diagnostic */
    bool quiet;        /* no summary line */
    bool verbose;      /* build -v: a line per view on its text size */
    fg_format diag_format;          /* --format of check, build and report */
    const fg_exporter *exporter;    /* --format of export */
    char **views;      /* build --view, repeatable; points into argv */
    size_t nviews;
    unsigned timeout_s;
    const char *output;             /* export --output PATH */
    const char *render_view;        /* render's view name; points into argv */
    char **files;                   /* check FILE...: only these fact files; point into argv */
    size_t nfiles;
    bool render_svg;                /* render --svg */
    const char *revs[2];            /* diff's revisions; point into argv */
    size_t nrevs;
    fg_diff_format diff_format;     /* --format of diff */
    bool exit_code;                 /* diff --exit-code */
    const char *show_id;            /* show's id; points into argv */
    unsigned jobs;     /* -j N: threads that parse fact files, 0 for one per processor */
} fg_options;

/* Parse argv. Returns true when a command should run; otherwise *status
 * says how to exit (after --help, --version or a usage error). */
bool fg_cli_parse(int argc, char **argv, fg_options *o, fg_status *status);
void fg_options_release(fg_options *o);

#endif
