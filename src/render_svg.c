#include "render_svg.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "files.h"

static fg_strbuf gv_messages = FG_STRBUF_INIT;

static int keep_message(char *text)
{
    fg_strbuf_puts(&gv_messages, text);
    return 0;
}

void fg_gv_capture(void)
{
    agseterr(AGWARN);
    agseterrf(keep_message);
}

int fg_gv_send(int fd, const char *data, size_t len)
{
    /* A message holds no NUL: the first one ends them. */
    if (fg_write_all(fd, gv_messages.data ? gv_messages.data : "", gv_messages.len) != 0 ||
        fg_write_all(fd, "", 1) != 0)
        return -1;
    return len ? fg_write_all(fd, data, len) : 0;
}

size_t fg_gv_receive(const fg_job_result *r, fg_strbuf *msgs)
{
    if (!r->started)
        return 0;
    const char *nul = memchr(r->data, '\0', r->len);
    size_t n = nul ? (size_t)(nul - r->data) : r->len;
    fg_strbuf_put(msgs, r->data, n);
    return nul ? n + 1 : r->len;
}

/* In the child: lay out, render, write to fd, and leave without running
 * exit handlers that belong to the parent. */
void fg_layout_body(void *layout, int fd)
{
    const fg_layout *l = layout;
    fg_gv_capture();
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
            status = 0;
    }
    /* The messages of a failed layout too: they may say why. */
    if (fg_gv_send(fd, data, status == 0 ? len : 0) != 0 && status == 0)
        status = 5;
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

int fg_layout_result(const fg_layout *l, const fg_job_result *r, fg_strbuf *out, fg_strbuf *err,
                     fg_strbuf *msgs)
{
    if (!r->started) {
        fg_strbuf_puts(err, r->err);
        return -1;
    }
    size_t at = fg_gv_receive(r, msgs);
    if (WIFEXITED(r->wstatus) && WEXITSTATUS(r->wstatus) == 0) {
        fg_strbuf_put(out, r->data + at, r->len - at);
        return 0;
    }
    describe_failure(r->wstatus, l->engine, l->timeout_s, err);
    return -1;
}

typedef struct one_layout {
    const fg_layout *layout;
    fg_strbuf *out, *err, msgs;
    int rc;
} one_layout;

static void one_layout_done(void *ctx, const fg_job_result *r)
{
    one_layout *o = ctx;
    o->rc = fg_layout_result(o->layout, r, o->out, o->err, &o->msgs);
}

int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err)
{
    fg_layout layout = {gvc, g, engine, timeout_s};
    one_layout o = {&layout, out, err, FG_STRBUF_INIT, -1};
    fg_jobs *jobs = fg_jobs_new(1);
    fg_jobs_add(jobs, fg_layout_body, &layout, one_layout_done, &o);
    while (fg_jobs_step(jobs))
        ;
    fg_jobs_free(jobs);
    if (o.msgs.len)
        fputs(o.msgs.data, stderr);
    fg_strbuf_release(&o.msgs);
    return o.rc;
}
