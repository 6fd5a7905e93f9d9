/* Child processes, several at once: each job is forked when a slot is
 * free, writes its result to a pipe, and is collected with poll() by the
 * parent, which hears of each job once it has ended. Jobs start in the
 * order they were added; when they end depends on the machine, so a
 * caller that wants the same output for any number of slots keeps the
 * results and uses them in an order of its own. Every child dies with
 * factgraph (PR_SET_PDEATHSIG on Linux). */
#ifndef FG_JOBS_H
#define FG_JOBS_H
#include <stdbool.h>
#include <stddef.h>

/* In the child: write the result to fd and _exit(); never returns. */
typedef void (*fg_job_body)(void *arg, int fd);

/* How a job ended, for its done callback. */
typedef struct fg_job_result {
    bool started;       /* false: no child, and err says why */
    const char *err;    /* !started: why (cannot fork, no pipe) */
    int wstatus;        /* started: as from waitpid */
    const char *data;   /* started: what the child wrote, NUL-terminated */
    size_t len;
} fg_job_result;

/* In the parent, once the job has ended; it may add jobs. The result's
 * data is valid only during the call. */
typedef void (*fg_job_done)(void *ctx, const fg_job_result *r);

typedef struct fg_jobs fg_jobs;

/* A pool of at most max (at least 1) children at once. */
fg_jobs *fg_jobs_new(unsigned max);
/* Frees the pool; every job must have ended (fg_jobs_step returned false). */
void fg_jobs_free(fg_jobs *j);
/* Queue a job: body(arg, fd) runs in a child when a slot is free, then
 * done(ctx, result) in the parent. arg must live until the child starts,
 * ctx until done is called. */
void fg_jobs_add(fg_jobs *j, fg_job_body body, void *arg, fg_job_done done, void *ctx);
/* Whether a job added now would start at once: fewer jobs queued and
 * running than slots. */
bool fg_jobs_room(const fg_jobs *j);
/* Start the queued jobs that fit, then wait until one running job ends and
 * call its done. Returns false when no job is running: none was queued or
 * running, or the queued ones could not start (their done was called). */
bool fg_jobs_step(fg_jobs *j);

#endif
