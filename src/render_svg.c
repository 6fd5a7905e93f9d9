#include "render_svg.h"

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "files.h"

/* In the child: lay out, render, write to fd, and leave without running
 * exit handlers that belong to the parent. */
void fg_layout_body(void *layout, int fd)
{
    const fg_layout *l = layout;
    if (l->timeout_s)
        alarm(l->timeout_s);
    char *data = NULL;
    unsigned int len = 0;
    int status = 3;
    /* Nothing is freed: the process ends here, and Graphviz 2.43's
     * gvFreeLayout frees a rank array twice after dot lays out flat edges
     * (edges within rank=same, as on a timeline). */
    if (gvLayout(l->gvc, l->g, l->engine) == 0) {
        status = 4;
        if (gvRenderData(l->gvc, l->g, "svg", &data, &len) == 0)
            status = fg_write_all(fd, data, len) == 0 ? 0 : 5;
    }
    close(fd);
    _exit(status);
}

static void describe_failure(int wstatus, const char *engine, unsigned timeout_s, fg_strbuf *err)
{
    if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGALRM)
        fg_strbuf_printf(err, "%s layout ran past its time budget of %u s", engine, timeout_s);
    else if (WIFSIGNALED(wstatus))
        fg_strbuf_printf(err, "%s layout crashed (signal %d)", engine, WTERMSIG(wstatus));
    else if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 3)
        fg_strbuf_printf(err, "%s layout failed", engine);
    else
        fg_strbuf_printf(err, "rendering the %s layout to SVG failed (status %d)", engine,
                         WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1);
}

int fg_layout_result(const fg_layout *l, const fg_job_result *r, fg_strbuf *out, fg_strbuf *err)
{
    if (!r->started) {
        fg_strbuf_puts(err, r->err);
        return -1;
    }
    if (WIFEXITED(r->wstatus) && WEXITSTATUS(r->wstatus) == 0) {
        fg_strbuf_put(out, r->data, r->len);
        return 0;
    }
    describe_failure(r->wstatus, l->engine, l->timeout_s, err);
    return -1;
}

typedef struct one_layout {
    const fg_layout *layout;
    fg_strbuf *out, *err;
    int rc;
} one_layout;

static void one_layout_done(void *ctx, const fg_job_result *r)
{
    one_layout *o = ctx;
    o->rc = fg_layout_result(o->layout, r, o->out, o->err);
}

int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err)
{
    fg_layout layout = {gvc, g, engine, timeout_s};
    one_layout o = {&layout, out, err, -1};
    fg_jobs *jobs = fg_jobs_new(1);
    fg_jobs_add(jobs, fg_layout_body, &layout, one_layout_done, &o);
    while (fg_jobs_step(jobs))
        ;
    fg_jobs_free(jobs);
    return o.rc;
}
