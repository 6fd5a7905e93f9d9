#define _DEFAULT_SOURCE /* pipe, fork, poll in strict C11 */
#include "jobs.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <unistd.h>

#include "strbuf.h"
#include "xalloc.h"

typedef struct job {
    fg_job_body body;
    void *arg;
    fg_job_done done;
    void *ctx;
} job;

/* A running child: pid 0 when the slot is free. */
typedef struct slot {
    pid_t pid;
    int fd; /* the read end of its pipe */
    fg_strbuf out;
    job job;
} slot;

struct fg_jobs {
    unsigned max, running;
    slot *slots;
    job *queue; /* queue[head .. n) wait for a slot */
    size_t head, n, cap;
};

fg_jobs *fg_jobs_new(unsigned max)
{
    fg_jobs *j = fg_xcalloc(1, sizeof *j);
    j->max = max ? max : 1;
    j->slots = fg_xcalloc(j->max, sizeof *j->slots);
    return j;
}

void fg_jobs_free(fg_jobs *j)
{
    if (!j)
        return;
    for (unsigned i = 0; i < j->max; i++)
        fg_strbuf_release(&j->slots[i].out);
    free(j->slots);
    free(j->queue);
    free(j);
}

void fg_jobs_add(fg_jobs *j, fg_job_body body, void *arg, fg_job_done done, void *ctx)
{
    j->queue = fg_xgrow(j->queue, &j->cap, j->n + 1, sizeof *j->queue);
    j->queue[j->n++] = (job){body, arg, done, ctx};
}

bool fg_jobs_room(const fg_jobs *j)
{
    return j->running + (j->n - j->head) < j->max;
}

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

static void not_started(const job *jb, const char *what)
{
    fg_strbuf err = FG_STRBUF_INIT;
    fg_strbuf_printf(&err, "cannot %s: %s", what, strerror(errno));
    fg_job_result r = {.started = false, .err = err.data};
    jb->done(jb->ctx, &r);
    fg_strbuf_release(&err);
}

static void start(fg_jobs *j, job jb)
{
    int fds[2];
    if (pipe(fds) != 0) {
        not_started(&jb, "create a pipe");
        return;
    }
    fflush(NULL); /* the child must not write the parent's buffered output again */
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        int e = errno;
        close(fds[0]);
        close(fds[1]);
        errno = e;
        not_started(&jb, "fork");
        return;
    }
    if (pid == 0) {
        close(fds[0]);
        die_with_parent(parent);
        jb.body(jb.arg, fds[1]);
        _exit(7); /* a body returns only by mistake */
    }
    close(fds[1]);
    slot *s = j->slots;
    while (s->pid)
        s++;
    s->pid = pid;
    s->fd = fds[0];
    s->job = jb;
    fg_strbuf_reset(&s->out);
    j->running++;
}

/* Start queued jobs while a slot is free. A job that cannot start is done
 * at once (its done may queue more). */
static void start_queued(fg_jobs *j)
{
    while (j->head < j->n && j->running < j->max) {
        job jb = j->queue[j->head++];
        start(j, jb);
    }
    if (j->head == j->n)
        j->head = j->n = 0;
}

/* Reap slot s, whose pipe is at its end, and tell its job. The slot is
 * free before done runs, so that done can queue a job into it. */
static void finish(fg_jobs *j, slot *s)
{
    close(s->fd);
    int wstatus = 0;
    while (waitpid(s->pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    fg_strbuf out = s->out;
    job jb = s->job;
    s->out = (fg_strbuf)FG_STRBUF_INIT;
    s->pid = 0;
    j->running--;
    fg_job_result r = {.started = true, .wstatus = wstatus, .data = out.data ? out.data : "", .len = out.len};
    jb.done(jb.ctx, &r);
    fg_strbuf_release(&out);
}

/* Read what slot s has to give; true at the end of its pipe. */
static bool drain(slot *s)
{
    char buf[65536];
    ssize_t n = read(s->fd, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return false;
    if (n <= 0)
        return true;
    fg_strbuf_put(&s->out, buf, (size_t)n);
    return false;
}

bool fg_jobs_step(fg_jobs *j)
{
    start_queued(j);
    if (!j->running)
        return false;
    struct pollfd *fds = fg_xcalloc(j->max, sizeof *fds);
    slot **of = fg_xcalloc(j->max, sizeof *of);
    for (;;) {
        nfds_t n = 0;
        for (unsigned i = 0; i < j->max; i++)
            if (j->slots[i].pid) {
                fds[n] = (struct pollfd){.fd = j->slots[i].fd, .events = POLLIN};
                of[n++] = &j->slots[i];
            }
        if (poll(fds, n, -1) < 0) {
            if (errno == EINTR)
                continue;
            /* Out of memory in the kernel: read the first child, blocking. */
            fds[0].revents = POLLIN;
        }
        slot *ended = NULL;
        for (nfds_t i = 0; i < n && !ended; i++)
            if (fds[i].revents && drain(of[i]))
                ended = of[i];
        if (ended) {
            free(fds);
            free(of);
            finish(j, ended);
            return true;
        }
    }
}
