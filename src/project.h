/* A project directory: facts/ (schema.yaml and the fact files, read
 * recursively in sorted path order), seeds/ and graphs/ (views). Loading
 * runs the front half of the pipeline: read, parse, load, validate. */
#ifndef FG_PROJECT_H
#define FG_PROJECT_H
#include <stdbool.h>

#include "diag.h"
#include "model.h"
#include "view.h"

#define FG_SCHEMA_PATH "facts/schema.yaml"

/* The public fg_project (factgraph.h): a project owns its diagnostics. */
struct fg_project {
    char *root;         /* NULL for a project in memory */
    const fg_memfile *mem; /* the files of a project in memory, sorted by path */
    size_t nmem;
    fg_diags diags;
    fg_model model;
    fg_view *views;
    size_t nviews;
    bool io_failed; /* a file or directory could not be read */
    bool graphs_refused; /* graphs/ leads out of the project: nothing is read or written there */
    size_t nfiles;  /* fact and view files read */
};

/* Load and validate the project at root (or, when root is NULL, the nmem
 * files of mem, which must outlive p and be sorted by path), reporting to
 * diags, with fact files parsed on `threads` threads (0: one per
 * processor, at most 8; the result is the same for any number). Returns 0,
 * or -1 when something could not be read (io_failed is set too). */
int fg_project_load(fg_project *p, const char *root, const fg_memfile *mem, size_t nmem, unsigned threads,
                    fg_diags *diags);
/* The view named name, or NULL. */
fg_view *fg_project_view(fg_project *p, const char *name);
/* Where graphs/NAME (rel) is in diagnostics: outputs are registered as
 * files (without text) so that diagnostics can name them like any other
 * file. */
fg_pos fg_project_output_pos(fg_project *p, const char *rel);
void fg_project_release(fg_project *p);

#endif
