/* Unit tests of ordered.c: work on threads, results taken in order, within
 * the window and the budget. */
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "ordered.h"

enum { N = 500 };

typedef struct probe {
    pthread_mutex_t lock;
    const fg_ordered *job;
    size_t produced[N];   /* what produce wrote: i squared */
    size_t consumed[N];   /* the order of consume calls */
    size_t nconsumed;
    size_t in_flight, max_in_flight;
    size_t held, max_held; /* sizes of items started and not consumed */
    int started[N], finished[N];
} probe;

static void produce(void *ctx, size_t i)
{
    probe *p = ctx;
    pthread_mutex_lock(&p->lock);
    p->started[i]++;
    p->in_flight++;
    if (p->in_flight > p->max_in_flight)
        p->max_in_flight = p->in_flight;
    p->held += p->job->sizes ? p->job->sizes[i] : 0;
    if (p->held > p->max_held)
        p->max_held = p->held;
    pthread_mutex_unlock(&p->lock);
    p->produced[i] = i * i; /* item i's own: no lock */
    pthread_mutex_lock(&p->lock);
    p->finished[i]++;
    pthread_mutex_unlock(&p->lock);
}

static void consume(void *ctx, size_t i)
{
    probe *p = ctx;
    pthread_mutex_lock(&p->lock);
    assert_int_equal(p->finished[i], 1); /* produced before consumed */
    assert_int_equal(p->produced[i], i * i);
    p->consumed[p->nconsumed++] = i;
    p->in_flight--;
    p->held -= p->job->sizes ? p->job->sizes[i] : 0;
    pthread_mutex_unlock(&p->lock);
}

static void run(probe *p, fg_ordered *job)
{
    pthread_mutex_init(&p->lock, NULL);
    p->job = job;
    job->produce = produce;
    job->consume = consume;
    job->ctx = p;
    fg_run_ordered(job);
    pthread_mutex_destroy(&p->lock);
    assert_int_equal(p->nconsumed, job->n);
    for (size_t i = 0; i < job->n; i++) {
        assert_int_equal(p->consumed[i], i);
        assert_int_equal(p->started[i], 1);
    }
}

static void consumed_in_order_within_the_window(void **state)
{
    (void)state;
    for (unsigned threads = 1; threads <= 8; threads *= 2) {
        static probe p;
        p = (probe){0};
        fg_ordered job = {.n = N, .threads = threads, .window = 3};
        run(&p, &job);
        assert_true(p.max_in_flight <= 3);
    }
}

/* Items over the budget run alone; the others share it. */
static void the_budget_bounds_what_is_held(void **state)
{
    (void)state;
    static size_t sizes[N];
    for (size_t i = 0; i < N; i++)
        sizes[i] = i % 50 == 7 ? 100 : 10; /* every 50th is larger than the budget */
    static probe p;
    p = (probe){0};
    fg_ordered job = {.n = N, .threads = 4, .window = 8, .sizes = sizes, .budget = 30};
    run(&p, &job);
    assert_true(p.max_in_flight <= 8);
    assert_true(p.max_held <= 100); /* one large item alone, never with others */
    assert_true(p.max_held == 100);
}

static void nothing_to_do(void **state)
{
    (void)state;
    static probe p;
    p = (probe){0};
    fg_ordered job = {.n = 0, .threads = 2, .window = 4};
    run(&p, &job);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(consumed_in_order_within_the_window),
        cmocka_unit_test(the_budget_bounds_what_is_held),
        cmocka_unit_test(nothing_to_do),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
