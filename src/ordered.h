/* Work on several threads, results taken in order: the fact files are read
 * and parsed ahead, on every core, while the calling thread turns each one
 * into records in path order, so the model and the diagnostics are the
 * same whatever the number of threads. */
#ifndef FG_ORDERED_H
#define FG_ORDERED_H
#include <stddef.h>

typedef void (*fg_ordered_fn)(void *ctx, size_t i);

/* Run produce(ctx, i) for each i in [0, n) on up to `threads` threads (the
 * caller's included), and consume(ctx, i) on the calling thread in order
 * of i, each once its produce has returned. At most `window` items are
 * produced and not yet consumed, which bounds the memory they hold.
 * produce must touch only what belongs to item i. With one thread, or when
 * no thread can be started, it is a plain loop. */
void fg_run_ordered(size_t n, unsigned threads, size_t window, fg_ordered_fn produce, fg_ordered_fn consume,
                    void *ctx);

/* The number of threads worth using here: the online processors, at
 * most 8. */
unsigned fg_default_threads(void);

#endif
