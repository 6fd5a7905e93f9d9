/* Writing generated files: atomically, and only when the bytes change. */
#ifndef FG_OUTPUT_H
#define FG_OUTPUT_H
#include <stddef.h>

#include "strbuf.h"

/* Replace dir/name with data through a temporary file in dir and a rename,
 * so a reader never sees a partial file. Returns 0, or -1 with a message
 * in err. */
int fg_write_atomic(const char *dir, const char *name, const char *data, size_t len, fg_strbuf *err);

#endif
