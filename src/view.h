/* A view (graphs/NAME.yaml): which part of the graph a diagram shows and
 * how it is laid out; and the selection of that subgraph from the model. */
#ifndef FG_VIEW_H
#define FG_VIEW_H
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "model.h"

/* The fields are read with view.c's table into values in the model's
 * arena: the view's tree is not kept. */
typedef struct fg_view {
    char *name; /* the file name without .yaml: also the output name */
    uint32_t file;
    bool loaded; /* its file was read as a view (problems or not) */
    const fg_text *title, *description, *depth, *from, *until, *layout, *rankdir, *as_of, *group_by, *speakers,
        *index, *responsive;
    const fg_list *focus, *types, *predicates, *exclude, *formats;
    int depth_n;
    fg_date from_d, until_d;
    bool has_from, has_until;
    bool by_speaker; /* speakers: true, relations drawn from who said them */
    bool want_png, want_pdf; /* formats: besides the SVG, always written */
    bool is_index;      /* index: true, a map to zoom into, not read at report width */
    bool is_responsive; /* responsive: true, the SVG scales to its column */
    bool ok; /* loaded and valid: can be rendered */
} fg_view;

typedef struct fg_selection {
    size_t *items; /* item indexes, sorted by id */
    size_t nitems;
    size_t *rels;  /* relation indexes, sorted by subject, predicate, object, date */
    size_t nrels;
} fg_selection;

extern const char *const fg_layouts[];

/* The Graphviz engine that lays the view out: "timeline" is dot with a
 * time axis. */
const char *fg_view_engine(const fg_view *v);
bool fg_view_is_timeline(const fg_view *v);

struct fg_ynode; /* yaml_load.h: only the loaders see YAML */

/* Read a view from its YAML root into values in arena; reports shape
 * problems. */
void fg_view_load(fg_view *v, const char *name, const struct fg_ynode *root, fg_pos file_pos, fg_arena *arena,
                  fg_diags *diags);
/* A view whose file could not be parsed (reported): counted, never built. */
void fg_view_load_failed(fg_view *v, const char *name, fg_pos file_pos);
/* Check the view's ids, types, predicates and dates against the model. */
void fg_view_validate(fg_view *v, fg_model *m, fg_diags *diags);
/* Select the view's subgraph; sel is the caller's to release. */
void fg_view_select(const fg_view *v, const fg_model *m, fg_selection *sel);
void fg_selection_release(fg_selection *sel);
void fg_view_release(fg_view *v);

#endif
