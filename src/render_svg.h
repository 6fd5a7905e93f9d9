/* Layout and SVG rendering with libgvc, in a child process (jobs.h).
 *
 * Graphviz cannot be interrupted and keeps state between layouts (in
 * Graphviz 2.4x, fdp and sfdp do not repeat in-process), so each layout
 * runs in a forked child that starts from the same state every time, can
 * be stopped after a time budget, and whose crash cannot take factgraph
 * down. The child only calls libgvc; nothing is shelled out. */
#ifndef FG_RENDER_SVG_H
#define FG_RENDER_SVG_H
#include <graphviz/gvc.h>

#include "jobs.h"
#include "strbuf.h"

/* One layout to run: g laid out with engine, stopped after timeout_s
 * seconds (0: no limit). */
typedef struct fg_layout {
    GVC_t *gvc;
    Agraph_t *g;
    const char *engine;
    unsigned timeout_s;
} fg_layout;

/* The job body (an fg_job_body; layout is an fg_layout *): lay out, write
 * the SVG to fd. */
void fg_layout_body(void *layout, int fd);
/* How the job of l ended: 0 with the SVG appended to out; or -1 with a
 * message in err (no child, layout failed, crashed, or ran past its time
 * budget). */
int fg_layout_result(const fg_layout *l, const fg_job_result *r, fg_strbuf *out, fg_strbuf *err);

/* One layout, waited for: lay g out with engine in a child and append the
 * SVG to out. Returns 0; or -1 with a message in err, as fg_layout_result.
 * For a caller with a single drawing (the diff picture). */
int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err);

#endif
