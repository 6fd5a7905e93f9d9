/* Where a project's files come from: a directory on disk, or files held in
 * memory (what a fuzz target, an editor or a git revision supplies). The
 * loader and the seed reader ask this module for bytes, so the pipeline
 * after them never knows which. */
#ifndef FG_TREE_H
#define FG_TREE_H
#include <stdbool.h>
#include <stddef.h>

#include "factgraph.h" /* fg_memfile */

typedef struct fg_tree {
    const char *root;       /* the project directory, or NULL */
    const fg_memfile *mem;  /* when root is NULL: the files, sorted by path */
    size_t nmem;
} fg_tree;

/* The file at rel (a path relative to the project) of at most max bytes,
 * NUL-terminated, into *text (the caller's to free). Returns 0, or -1 with
 * errno set: ENOENT, EISDIR, EINVAL (not a regular file), EFBIG (larger
 * than max, refused unread). */
int fg_tree_read(const fg_tree *t, const char *rel, size_t max, char **text, size_t *len);
/* The file in memory at rel, or NULL (always NULL for a directory). */
const fg_memfile *fg_tree_mem_file(const fg_tree *t, const char *rel);
/* Whether a file in memory lies under directory dir ("facts"). */
bool fg_tree_mem_has_dir(const fg_tree *t, const char *dir);

#endif
