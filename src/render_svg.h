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
 * budget). What Graphviz said in the child (its warnings and errors, one
 * a line) is appended to msgs either way. */
int fg_layout_result(const fg_layout *l, const fg_job_result *r, fg_strbuf *out, fg_strbuf *err,
                     fg_strbuf *msgs);

/* In a child: from now on, Graphviz's messages (agerr, at AGWARN and
 * above) are kept, not written to the inherited stderr, which children
 * running at once would share in the order they happen to run. */
void fg_gv_capture(void);
/* In a child: send what Graphviz said, a NUL, then data[0..len) to fd.
 * Returns 0, or -1 if the pipe could not be written. */
int fg_gv_send(int fd, const char *data, size_t len);
/* In the parent: what a child sent with fg_gv_send, split: Graphviz's
 * messages appended to msgs; returns where the data starts in r->data
 * (r->len if there is none, as from a child that died). */
size_t fg_gv_receive(const fg_job_result *r, fg_strbuf *msgs);

/* One layout, waited for: lay g out with engine in a child and append the
 * SVG to out. Returns 0; or -1 with a message in err, as fg_layout_result.
 * For a caller with a single drawing (the diff picture); Graphviz's
 * messages go to stderr. */
int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err);

#endif
