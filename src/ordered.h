/* Work on several threads, results taken in order: the fact files are read
 * and parsed ahead, on every core, while the calling thread turns each one
 * into records in path order, so the model and the diagnostics are the
 * same whatever the number of threads. */
#ifndef FG_ORDERED_H
#define FG_ORDERED_H
#include <stddef.h>

typedef void (*fg_ordered_fn)(void *ctx, size_t i);

typedef struct fg_ordered {
    size_t n;            /* items 0 .. n-1 */
    unsigned threads;    /* the caller's included */
    size_t window;       /* items produced and not yet consumed, at most */
    const size_t *sizes; /* what each item will hold (a file's bytes), or NULL */
    size_t budget;       /* at most this much of it at once, unless one item alone is more */
    fg_ordered_fn produce, consume;
    void *ctx;
} fg_ordered;

/* Run produce(ctx, i) for each item on up to `threads` threads, and
 * consume(ctx, i) on the calling thread in order of i, each once its
 * produce has returned. The window and the budget bound the memory that
 * produced items hold until they are consumed: a file as large as the
 * budget is parsed alone. produce must touch only what belongs to item i.
 * With one thread, or when no thread can be started, it is a plain loop. */
void fg_run_ordered(const fg_ordered *job);

/* The number of threads worth using here: the online processors, at
 * most 8. */
unsigned fg_default_threads(void);

#endif
