#include "render_svg.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <unistd.h>

#include "files.h"

/* The child must not outlive factgraph: killed (by SIGKILL, SIGTERM or a
 * CI job's time limit) during a layout, it would go on using up to 2 GB
 * until its alarm, and forever with --timeout 0. */
static void die_with_parent(pid_t parent)
{
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    /* The parent may have died before the request took effect. */
    if (getppid() != parent)
        _exit(6);
}

/* In the child: lay out, render, write to fd, and leave without running
 * exit handlers that belong to the parent. */
_Noreturn static void layout_child(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, int fd,
                                   pid_t parent)
{
    die_with_parent(parent);
    if (timeout_s)
        alarm(timeout_s);
    char *data = NULL;
    unsigned int len = 0;
    int status = 3;
    /* Nothing is freed: the process ends here, and Graphviz 2.43's
     * gvFreeLayout frees a rank array twice after dot lays out flat edges
     * (edges within rank=same, as on a timeline). */
    if (gvLayout(gvc, g, engine) == 0) {
        status = 4;
        if (gvRenderData(gvc, g, "svg", &data, &len) == 0)
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

int fg_render_svg(GVC_t *gvc, Agraph_t *g, const char *engine, unsigned timeout_s, fg_strbuf *out,
                  fg_strbuf *err)
{
    int fds[2];
    if (pipe(fds) != 0) {
        fg_strbuf_printf(err, "cannot create a pipe: %s", strerror(errno));
        return -1;
    }
    fflush(NULL); /* the child must not write the parent's buffered output again */
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        fg_strbuf_printf(err, "cannot fork: %s", strerror(errno));
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        layout_child(gvc, g, engine, timeout_s, fds[1], parent);
    }
    close(fds[1]);
    size_t start = out->len;
    char buf[65536];
    for (;;) {
        ssize_t n = read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        fg_strbuf_put(out, buf, (size_t)n);
    }
    close(fds[0]);
    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0)
        return 0;
    out->len = start;
    if (out->data)
        out->data[start] = '\0';
    describe_failure(wstatus, engine, timeout_s, err);
    return -1;
}
