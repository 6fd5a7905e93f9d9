/* factgraph: hand-curated YAML facts -> validated, cited Graphviz diagrams.
 *
 * The contract of the library that the factgraph program, the tests, the
 * fuzz targets and any embedder use. A project is loaded (from a directory,
 * or from files held in memory) and validated in one call; its diagnostics
 * are data; a project whose facts validated can then be built, rendered,
 * reported and exported. Every other type is private to the library.
 *
 * Ownership: fg_project_open* return a project the caller frees with
 * fg_project_free (which accepts NULL); strings and structs handed out by
 * the functions below belong to the project and live as long as it does,
 * unless a comment says the caller frees them. Out of memory aborts. */
#ifndef FACTGRAPH_H
#define FACTGRAPH_H
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version, e.g. "0.1.0". */
const char *fg_version(void);
/* Print "factgraph X (Graphviz Y, libyaml Z)" and a newline to out: the
 * versions loaded at run time, not the headers built against, since a
 * layout or parsing difference is explained by what runs. */
void fg_versions_print(FILE *out);

/* The word of words[0..n) closest to word by edit distance, when close
 * enough to be a likely typo (a third of its letters), else NULL: the
 * did-you-mean of every message, for a program's own names too. */
const char *fg_closest(const char *word, const char *const *words, size_t n);

/* ---- loading ---- */

typedef struct fg_project fg_project;

/* A file held in memory, named by its path in the project
 * ("facts/schema.yaml", "facts/actors.yaml", "graphs/landscape.yaml",
 * "seeds/doc.txt"). */
typedef struct fg_memfile {
    const char *path;
    const char *data; /* need not be NUL-terminated; may hold NULs */
    size_t len;
} fg_memfile;

/* Load and validate the project in directory root: facts/ (recursively),
 * the seed documents its sources name, the views in graphs/. Fact files
 * are parsed on `threads` threads (0: one per processor, at most 8); the
 * result does not depend on the number. Never returns NULL: what went
 * wrong is in the diagnostics. */
fg_project *fg_project_open(const char *root, unsigned threads);
/* The same from n files in memory (copied: the caller keeps its own). A
 * project loaded this way can be rendered and exported; it is not built,
 * since it has no graphs/ directory to write to. */
fg_project *fg_project_open_memory(const fg_memfile *files, size_t n, unsigned threads);
void fg_project_free(fg_project *p);

/* Whether a file or directory could not be read (an I/O failure, exit 2
 * for the program), and whether the facts have no error. */
bool fg_project_io_failed(const fg_project *p);
bool fg_project_valid(const fg_project *p);

/* ---- diagnostics ---- */

typedef enum { FG_SEV_WARNING, FG_SEV_ERROR } fg_severity;
typedef enum { FG_FORMAT_HUMAN, FG_FORMAT_JSON, FG_FORMAT_GITHUB, FG_FORMAT_SARIF } fg_format;

/* One problem, with its place: file is "" for problems of no file, line
 * and column are 1-based and 0 when unknown. note is NULL or a second
 * place the message refers to. */
typedef struct fg_diagnostic {
    fg_severity severity;
    const char *rule; /* a stable kebab-case name: "unknown-ref" */
    const char *message;
    const char *file;
    unsigned line, column;
    const char *note;
    const char *note_file;
    unsigned note_line, note_column;
} fg_diagnostic;

/* At most this many diagnostics are kept; the rest are only counted, so
 * that a hostile or broken input cannot flood a log or memory. */
#define FG_DIAGNOSTICS_KEPT 1000

/* The diagnostics kept (the first FG_DIAGNOSTICS_KEPT found), sorted by file, line and
 * column; the counts include those past the limit. */
size_t fg_project_diagnostic_count(const fg_project *p);
/* Fill *out with diagnostic i; false when i is out of range. */
bool fg_project_diagnostic(const fg_project *p, size_t i, fg_diagnostic *out);
size_t fg_project_error_count(const fg_project *p);
size_t fg_project_warning_count(const fg_project *p);
size_t fg_project_dropped_count(const fg_project *p);
/* Write the diagnostics kept in format fmt (human: with the source line
 * and a caret under the column when excerpts is set). */
void fg_project_print_diagnostics(fg_project *p, fg_format fmt, bool excerpts, FILE *out);

/* Whether path (relative to the project, as diagnostics print it) is a
 * fact file the project read: a .yaml file under facts/. */
bool fg_project_has_fact_file(const fg_project *p, const char *path);
/* Keep only the diagnostics located in the n files named by paths (as
 * above): checking the files a commit changes, with the whole project
 * loaded for references. The error and warning counts become theirs;
 * problems past FG_DIAGNOSTICS_KEPT, whose files are not known, are still
 * counted by fg_project_dropped_count. */
void fg_project_keep_diagnostics_of(fg_project *p, const char *const *paths, size_t n);

/* ---- the model ---- */

typedef struct fg_counts {
    size_t files; /* fact and view files read */
    size_t sources, entities, events, relations, views;
} fg_counts;

void fg_project_counts(const fg_project *p, fg_counts *out);

/* Views, in the order of their file names. */
size_t fg_project_view_count(const fg_project *p);
const char *fg_project_view_name(const fg_project *p, size_t i);
/* The index of the view named name, or -1. */
long fg_project_find_view(const fg_project *p, const char *name);
/* " (did you mean 'X'?)" for a view name that does not exist, or "". The
 * text is the caller's to free. */
char *fg_project_view_hint(const fg_project *p, const char *name);

/* ---- build and report ---- */

typedef struct fg_build_options {
    bool check;              /* write nothing; report missing and stale outputs */
    char *const *views;      /* only these views (NULL: all) */
    size_t nviews;
    unsigned timeout_s;      /* layout time budget per view; 0 for none */
    unsigned jobs;           /* layouts (child processes) run at once; 0: one per processor, at most 8.
                              * The files and the diagnostics are the same for any number. */
    FILE *verbose;           /* when set, build writes a line per view to it: the
                                view's smallest text, in px, at 1,200 px wide */
} fg_build_options;

typedef struct fg_build_stats {
    size_t views;     /* views built or checked */
    size_t written;   /* files written */
    size_t unchanged; /* files already up to date */
    size_t stale;     /* files missing or out of date (check) */
    size_t laid_out;  /* Graphviz layouts run */
    size_t too_large; /* views refused as too large for their layout or output */
    size_t report_bytes; /* bytes of graphs/report.html written, 0 if none */
} fg_build_stats;

/* What the entry points below return. */
typedef enum {
    FG_OK = 0,
    FG_FAILED = -1,  /* an output could not be written or laid out: in the diagnostics */
    FG_INVALID = -2, /* the facts did not validate (or the project is in memory): nothing was done */
} fg_result;

/* Write graphs/NAME.dot and graphs/NAME.svg of every view (or, with
 * check, compare them with what would be written). Diagnostics, stale
 * outputs among them, join the project's. */
fg_result fg_project_build(fg_project *p, const fg_build_options *o, fg_build_stats *stats);
/* Build, then write graphs/report.html from the SVGs this run rendered. */
fg_result fg_project_report(fg_project *p, const fg_build_options *o, fg_build_stats *stats);

/* ---- rendering one view in memory ---- */

typedef enum { FG_RENDER_DOT, FG_RENDER_SVG } fg_render_format;

/* The DOT or SVG of view i, as build would write it, into *out (the
 * caller's to free) and *len. */
fg_result fg_project_render(fg_project *p, size_t view, fg_render_format fmt, unsigned timeout_s, char **out,
                            size_t *len);

/* ---- exports ---- */

/* What to export, and where. */
typedef struct fg_export_options {
    const char *view;   /* only this view's selection: its items, relations and the sources they cite (NULL: all) */
    const char *output; /* a file (or, for formats that write several, a directory); NULL: the stream */
} fg_export_options;

/* The part of the model an export writes (private to the library). */
typedef struct fg_export_scope fg_export_scope;

/* One export format: a file of its own defines it, one line below
 * declares it, one entry in the program's table names it. */
typedef struct fg_exporter {
    const char *name;        /* as --format names it */
    const char *description; /* for help */
    bool needs_output;       /* writes files, not a stream: output is required */
    /* Write scope to out (or to o->output when needs_output); returns 0,
     * or -1 with errno set when writing failed. */
    int (*write)(fg_project *p, const fg_export_scope *scope, const fg_export_options *o, FILE *out);
} fg_exporter;

extern const fg_exporter fg_export_json;
extern const fg_exporter fg_export_graphml;
extern const fg_exporter fg_export_neo4j;
extern const fg_exporter fg_export_sqlite;
extern const fg_exporter fg_export_ntriples;
extern const fg_exporter fg_export_turtle;

/* Write the validated model with exporter e: to out, or, when o->output is
 * set, to that file (written to a temporary file beside it and renamed, so
 * a reader never sees half of it). FG_INVALID: the facts did not
 * validate, o->view names no view, or e needs an output and has none. */
fg_result fg_project_export(fg_project *p, const fg_exporter *e, const fg_export_options *o, FILE *out);

/* ---- comparing two versions ---- */

/* Load and validate the project in directory dir as it was at revision
 * rev (anything git rev-parse takes: "HEAD", "main~2", a commit id) of
 * the git repository that holds dir, which may be a subdirectory of the
 * repository: its facts/, graphs/ and seeds/ are read from the
 * revision's tree, in-process, as fg_project_open_memory does. What is
 * wrong with the facts then is in the project's diagnostics. Returns
 * NULL, with *error set to a message the caller frees, when dir is not in
 * a git repository or rev names no commit; else *error is NULL. */
fg_project *fg_project_open_git(const char *dir, const char *rev, unsigned threads, char **error);

typedef enum { FG_DIFF_HUMAN, FG_DIFF_JSON, FG_DIFF_MARKDOWN } fg_diff_format;

typedef struct fg_diff_options {
    fg_diff_format format;
    const char *before, *after; /* the names of the two sides, for headings: "HEAD", "working tree" */
    unsigned timeout_s;         /* as for fg_project_render */
} fg_diff_options;

/* Write what changed from project before to project after, in format
 * o->format, to out, and the number of changes to *changes. Sources,
 * entities and events are matched by id, relations by subject,
 * predicate, object and date; a record on both sides that differs is
 * changed, with the fields that differ named. Views are added or removed
 * by name; a view on both sides is changed when its DOT differs, which is
 * compared only when both projects validated. Either project may have
 * errors: what it loaded is compared. FG_FAILED: a view could not be
 * rendered (in the diagnostics of its project) or out could not be
 * written (errno says why). */
fg_result fg_diff_write(fg_project *before, fg_project *after, const fg_diff_options *o, FILE *out,
                        size_t *changes);

/* What a diff picture draws, and how. */
typedef struct fg_diff_picture_options {
    const char *view;           /* the view's name; its definition is the newer side's when both have it */
    const char *before, *after; /* the sides' names, for the title: "HEAD~1", "working tree" */
    fg_render_format format;    /* FG_RENDER_SVG, or FG_RENDER_DOT: the graph before layout */
    unsigned timeout_s;         /* as for fg_project_render */
    const char *output;         /* a file to write, through a temporary file beside it and a rename (NULL: none) */
} fg_diff_picture_options;

/* Draw view o->view over the union of what it selects from before and
 * from after, into *out (the caller's to free) and *len, and into the
 * file o->output when it is set: what is on both
 * sides as the view draws it, what only after has bold in the agreement
 * colour, what only before has faded and dashed, an entity, event or
 * relation whose fields changed marked with the fields named; every node
 * and edge of a fact has the class fg-same, fg-added, fg-removed or
 * fg-changed, and the legend says what each means. The same two projects
 * give the same bytes. FG_INVALID: either project has errors, or neither
 * has the view: nothing is drawn. FG_FAILED: the union has more nodes
 * than the view's layout draws in reasonable time, the layout failed, or
 * o->output could not be written (in the diagnostics of the side whose
 * view was drawn). */
fg_result fg_diff_picture(fg_project *before, fg_project *after, const fg_diff_picture_options *o, char **out,
                          size_t *len);
/* ---- one record in full ---- */

/* Write the entity, event or source whose id is id to out, as text (fmt
 * FG_FORMAT_HUMAN) or one JSON object (FG_FORMAT_JSON): its fields, every
 * relation out of and into it (for a source, every relation citing it)
 * grouped by predicate with date, quotes and sources, and the views it
 * appears in. Works on a project with errors too, showing what loaded:
 * a reference that did not resolve is shown as written, and the views are
 * not known (JSON null) until the facts validate. FG_INVALID: no record
 * has that id (fg_project_id_hint says what was perhaps meant);
 * FG_FAILED: out could not be written. */
fg_result fg_project_show(fg_project *p, const char *id, fg_format fmt, FILE *out);
/* " (did you mean 'X'?)" for an id of no entity, event or source, or "".
 * The text is the caller's to free. */
char *fg_project_id_hint(const fg_project *p, const char *id);

#ifdef __cplusplus
}
#endif

#endif
