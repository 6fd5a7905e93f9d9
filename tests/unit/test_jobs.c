/* Unit tests of jobs.c: child processes, several at once, each result
 * collected whole, however the children's output interleaves. */
#define _DEFAULT_SOURCE /* raise, _exit in strict C11 */
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "files.h"
#include "jobs.h"

enum { N = 10, BIG = 200000 }; /* more than a pipe holds: the parent must read while the child writes */

typedef struct probe {
    size_t index[N];
    int done[N];
    size_t len[N];
    bool intact[N];
    int wstatus[N];
    fg_jobs *jobs;
} probe;

static probe the_probe;

/* In the child: BIG bytes, all 'a' + i. */
static void write_big(void *arg, int fd)
{
    size_t i = *(const size_t *)arg;
    char *buf = malloc(BIG);
    memset(buf, 'a' + (int)i, BIG);
    int rc = fg_write_all(fd, buf, BIG) == 0 ? 0 : 1;
    free(buf); /* a child under valgrind is checked for leaks at its exit too */
    _exit(rc);
}

static void record(void *ctx, const fg_job_result *r)
{
    size_t i = *(const size_t *)ctx;
    the_probe.done[i]++;
    the_probe.len[i] = r->len;
    the_probe.wstatus[i] = r->wstatus;
    bool intact = r->started;
    for (size_t k = 0; k < r->len && intact; k++)
        intact = r->data[k] == (char)('a' + (int)i);
    the_probe.intact[i] = intact;
}

static void every_result_whole_once(void **state)
{
    (void)state;
    the_probe = (probe){0};
    fg_jobs *j = fg_jobs_new(3);
    for (size_t i = 0; i < N; i++) {
        the_probe.index[i] = i;
        assert_int_equal(fg_jobs_room(j), i < 3);
        fg_jobs_add(j, write_big, &the_probe.index[i], record, &the_probe.index[i]);
    }
    size_t steps = 0;
    while (fg_jobs_step(j))
        steps++;
    assert_int_equal(steps, N);
    assert_true(fg_jobs_room(j));
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(the_probe.done[i], 1);
        assert_int_equal(the_probe.len[i], BIG);
        assert_true(the_probe.intact[i]);
        assert_true(WIFEXITED(the_probe.wstatus[i]) && WEXITSTATUS(the_probe.wstatus[i]) == 0);
    }
    fg_jobs_free(j);
}

static void exit_3(void *arg, int fd)
{
    (void)arg;
    (void)fd;
    _exit(3);
}

static void abort_child(void *arg, int fd)
{
    (void)arg;
    (void)fd;
    signal(SIGABRT, SIG_DFL);
    raise(SIGABRT);
    _exit(0);
}

static void failures_as_waitpid_says(void **state)
{
    (void)state;
    the_probe = (probe){0};
    fg_jobs *j = fg_jobs_new(2);
    the_probe.index[0] = 0;
    the_probe.index[1] = 1;
    fg_jobs_add(j, exit_3, NULL, record, &the_probe.index[0]);
    fg_jobs_add(j, abort_child, NULL, record, &the_probe.index[1]);
    while (fg_jobs_step(j))
        ;
    assert_true(WIFEXITED(the_probe.wstatus[0]) && WEXITSTATUS(the_probe.wstatus[0]) == 3);
    assert_true(WIFSIGNALED(the_probe.wstatus[1]) && WTERMSIG(the_probe.wstatus[1]) == SIGABRT);
    assert_int_equal(the_probe.len[0], 0);
    fg_jobs_free(j);
}

/* A done that queues the next job, as a layout queues its PNG. */
static void chain(void *ctx, const fg_job_result *r)
{
    record(ctx, r);
    size_t i = *(const size_t *)ctx;
    if (i + 1 < N)
        fg_jobs_add(the_probe.jobs, write_big, &the_probe.index[i + 1], chain, &the_probe.index[i + 1]);
}

static void done_may_queue_more(void **state)
{
    (void)state;
    the_probe = (probe){0};
    the_probe.jobs = fg_jobs_new(1);
    for (size_t i = 0; i < N; i++)
        the_probe.index[i] = i;
    fg_jobs_add(the_probe.jobs, write_big, &the_probe.index[0], chain, &the_probe.index[0]);
    while (fg_jobs_step(the_probe.jobs))
        ;
    for (size_t i = 0; i < N; i++)
        assert_true(the_probe.done[i] == 1 && the_probe.intact[i]);
    fg_jobs_free(the_probe.jobs);
}

static void nothing_to_do(void **state)
{
    (void)state;
    fg_jobs *j = fg_jobs_new(0); /* taken as 1 */
    assert_true(fg_jobs_room(j));
    assert_false(fg_jobs_step(j));
    fg_jobs_free(j);
    fg_jobs_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_result_whole_once),
        cmocka_unit_test(failures_as_waitpid_says),
        cmocka_unit_test(done_may_queue_more),
        cmocka_unit_test(nothing_to_do),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
