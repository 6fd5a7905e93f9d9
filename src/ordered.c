#define _DEFAULT_SOURCE /* sysconf's _SC_NPROCESSORS_ONLN */
#include "ordered.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "xalloc.h"

enum { MAX_THREADS = 8 };

typedef struct queue {
    pthread_mutex_t lock;
    pthread_cond_t changed; /* an item was taken, produced or consumed */
    size_t n, window;
    size_t next;     /* the next item to produce */
    size_t consumed; /* items consumed so far */
    bool *done;      /* produced */
    fg_ordered_fn produce;
    void *ctx;
} queue;

/* Whether item `next` may be started: it exists and is inside the window. */
static bool may_start(const queue *q)
{
    return q->next < q->n && q->next < q->consumed + q->window;
}

/* Produce one item, unlocking while it runs. Called with the lock held. */
static void produce_next(queue *q)
{
    size_t i = q->next++;
    pthread_mutex_unlock(&q->lock);
    q->produce(q->ctx, i);
    pthread_mutex_lock(&q->lock);
    q->done[i] = true;
    pthread_cond_broadcast(&q->changed);
}

static void *worker(void *arg)
{
    queue *q = arg;
    pthread_mutex_lock(&q->lock);
    while (q->next < q->n) {
        if (may_start(q))
            produce_next(q);
        else
            pthread_cond_wait(&q->changed, &q->lock);
    }
    pthread_mutex_unlock(&q->lock);
    return NULL;
}

void fg_run_ordered(size_t n, unsigned threads, size_t window, fg_ordered_fn produce, fg_ordered_fn consume,
                    void *ctx)
{
    if (threads > MAX_THREADS)
        threads = MAX_THREADS;
    if (threads <= 1 || n <= 1) {
        for (size_t i = 0; i < n; i++) {
            produce(ctx, i);
            consume(ctx, i);
        }
        return;
    }
    queue q = {.n = n, .window = window ? window : 1, .produce = produce, .ctx = ctx};
    q.done = fg_xcalloc(n, sizeof *q.done);
    pthread_mutex_init(&q.lock, NULL);
    pthread_cond_init(&q.changed, NULL);
    pthread_t ids[MAX_THREADS];
    unsigned started = 0;
    while (started + 1 < threads && pthread_create(&ids[started], NULL, worker, &q) == 0)
        started++;
    /* The calling thread produces too when the item it waits for, or one
     * inside the window, is not taken yet; it never waits while it could
     * work, so it finishes alone if no worker started. */
    for (size_t i = 0; i < n; i++) {
        pthread_mutex_lock(&q.lock);
        while (!q.done[i]) {
            if (may_start(&q))
                produce_next(&q);
            else
                pthread_cond_wait(&q.changed, &q.lock);
        }
        pthread_mutex_unlock(&q.lock);
        consume(ctx, i);
        pthread_mutex_lock(&q.lock);
        q.consumed++;
        pthread_cond_broadcast(&q.changed);
        pthread_mutex_unlock(&q.lock);
    }
    for (unsigned t = 0; t < started; t++)
        pthread_join(ids[t], NULL);
    pthread_cond_destroy(&q.changed);
    pthread_mutex_destroy(&q.lock);
    free(q.done);
}

unsigned fg_default_threads(void)
{
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    if (online < 1)
        return 1;
    return online > MAX_THREADS ? MAX_THREADS : (unsigned)online;
}
