/* Writing generated files: atomically, and only when the bytes change. */
#ifndef FG_OUTPUT_H
#define FG_OUTPUT_H
#include <stddef.h>
#include <stdio.h>

#include "strbuf.h"

/* Replace dir/name with data through a temporary file in dir and a rename,
 * so a reader never sees a partial file. Returns 0, or -1 with a message
 * in err. */
int fg_write_atomic(const char *dir, const char *name, const char *data, size_t len, fg_strbuf *err);

/* A file written as a stream, then renamed into place: the same promise
 * for outputs too large to build in memory (exports). */
typedef struct fg_atomic_file {
    FILE *f;    /* write here between open and commit */
    char *tmp;  /* the temporary file beside the destination */
    char *dest;
} fg_atomic_file;

/* Open a temporary file beside path. Returns 0, or -1 with a message in err. */
int fg_atomic_open(fg_atomic_file *a, const char *path, fg_strbuf *err);
/* Flush, sync and rename the file into place; on failure the temporary
 * file is removed. Returns 0, or -1 with a message in err. */
int fg_atomic_commit(fg_atomic_file *a, fg_strbuf *err);
/* Give up: close and remove the temporary file. */
void fg_atomic_abort(fg_atomic_file *a);

#endif
