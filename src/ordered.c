#define _DEFAULT_SOURCE /* sysconf's _SC_NPROCESSORS_ONLN */
#include "ordered.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <unistd.h>

#include "xalloc.h"

enum { MAX_THREADS = 8 };

typedef struct queue {
    const fg_ordered *job;
    pthread_mutex_t lock;
    pthread_cond_t changed; /* an item was taken, produced or consumed */
    size_t next;     /* the next item to produce */
    size_t consumed; /* items consumed so far */
    size_t held;     /* the sizes of the items started and not consumed */
    bool *done;      /* produced */
} queue;

static size_t size_of(const fg_ordered *job, size_t i)
{
    return job->sizes ? job->sizes[i] : 0;
}

/* Whether item `next` may be started: it exists, it is inside the window,
 * and it fits the budget or nothing else is held. */
static bool may_start(const queue *q)
{
    const fg_ordered *job = q->job;
    size_t window = job->window ? job->window : 1;
    if (q->next >= job->n || q->next >= q->consumed + window)
        return false;
    return q->next == q->consumed || q->held + size_of(job, q->next) <= job->budget;
}

/* Produce one item, unlocking while it runs. Called with the lock held. */
static void produce_next(queue *q)
{
    size_t i = q->next++;
    q->held += size_of(q->job, i);
    pthread_mutex_unlock(&q->lock);
    q->job->produce(q->job->ctx, i);
    pthread_mutex_lock(&q->lock);
    q->done[i] = true;
    pthread_cond_broadcast(&q->changed);
}

static void *worker(void *arg)
{
    queue *q = arg;
    pthread_mutex_lock(&q->lock);
    while (q->next < q->job->n) {
        if (may_start(q))
            produce_next(q);
        else
            pthread_cond_wait(&q->changed, &q->lock);
    }
    pthread_mutex_unlock(&q->lock);
    return NULL;
}

void fg_run_ordered(const fg_ordered *job)
{
    unsigned threads = job->threads > MAX_THREADS ? MAX_THREADS : job->threads;
    if (threads <= 1 || job->n <= 1) {
        for (size_t i = 0; i < job->n; i++) {
            job->produce(job->ctx, i);
            job->consume(job->ctx, i);
        }
        return;
    }
    queue q = {.job = job};
    q.done = fg_xcalloc(job->n, sizeof *q.done);
    pthread_mutex_init(&q.lock, NULL);
    pthread_cond_init(&q.changed, NULL);
    pthread_t ids[MAX_THREADS];
    unsigned started = 0;
    while (started + 1 < threads && pthread_create(&ids[started], NULL, worker, &q) == 0)
        started++;
    /* The calling thread produces too when the item it waits for, or one
     * inside the window, is not taken yet; it never waits while it could
     * work, so it finishes alone if no worker started. The item it waits
     * for can always start: nothing before it is held. */
    for (size_t i = 0; i < job->n; i++) {
        pthread_mutex_lock(&q.lock);
        while (!q.done[i]) {
            if (may_start(&q))
                produce_next(&q);
            else
                pthread_cond_wait(&q.changed, &q.lock);
        }
        pthread_mutex_unlock(&q.lock);
        job->consume(job->ctx, i);
        pthread_mutex_lock(&q.lock);
        q.consumed++;
        q.held -= size_of(job, i);
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
