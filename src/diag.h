/* Diagnostics as data: collected during a run, sorted, printed once.
 * This is the only module that writes diagnostics. */
#ifndef FG_DIAG_H
#define FG_DIAG_H
#include <stdbool.h>
#include <stdio.h>

#include "factgraph.h" /* fg_severity, fg_format */
#include "files.h"

typedef struct fg_diag {
    fg_severity sev;
    fg_pos pos;
    const char *rule; /* a static kebab-case name, e.g. "unknown-ref" */
    char *msg;
    bool has_note;
    fg_pos note_pos;  /* a second place the message refers to */
    char *note;
    size_t seq;       /* insertion order, to keep the sort stable */
} fg_diag;

/* At most this many diagnostics are kept and printed (factgraph.h). */
#define FG_DIAG_LIMIT FG_DIAGNOSTICS_KEPT

typedef struct fg_diags {
    fg_diag *items;
    size_t n, cap;
    size_t nerrors, nwarnings; /* all found, kept or not */
    size_t dropped;            /* found past FG_DIAG_LIMIT */
    bool last_dropped;         /* the last one added was not kept */
} fg_diags;

void fg_diag_add(fg_diags *d, fg_severity sev, fg_pos pos, const char *rule,
                 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
#define fg_diag_error(d, pos, rule, ...) fg_diag_add(d, FG_SEV_ERROR, pos, rule, __VA_ARGS__)
#define fg_diag_warning(d, pos, rule, ...) fg_diag_add(d, FG_SEV_WARNING, pos, rule, __VA_ARGS__)
/* Attach a note at another place to the diagnostic added last. */
void fg_diag_note(fg_diags *d, fg_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Move src's diagnostics to the end of dst, as if they had been added to
 * dst in the first place (past the limit they are only counted); src is
 * left empty. */
void fg_diags_append(fg_diags *dst, fg_diags *src);
/* Sort by file (files are registered in path order), line, column, then
 * insertion order. */
void fg_diag_sort(fg_diags *d);
/* Print every diagnostic in the given format. Human output shows the source
 * line and a caret under the column when `excerpts` is set. */
void fg_diag_print(const fg_diags *d, const fg_files *files, fg_format fmt,
                   bool excerpts, FILE *out);
/* Keep only the diagnostics for which keep(g, ctx) is true; the error and
 * warning counts become those of the kept ones (the dropped count, of
 * diagnostics past the limit whose place is unknown, stays). */
void fg_diags_filter(fg_diags *d, bool (*keep)(const fg_diag *g, void *ctx), void *ctx);
/* The same as one SARIF 2.1.0 log (diag_sarif.c). */
void fg_diag_print_sarif(const fg_diags *d, const fg_files *files, FILE *out);
/* Whether further diagnostics would only be counted: callers skip costly
 * work (did-you-mean searches) for messages nobody will see. */
bool fg_diags_full(const fg_diags *d);
void fg_diags_release(fg_diags *d);

#endif
