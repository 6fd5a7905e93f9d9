#include "tree.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"
#include "strbuf.h"
#include "xalloc.h"

static int cmp_path(const void *key, const void *elem)
{
    return strcmp(key, ((const fg_memfile *)elem)->path);
}

const fg_memfile *fg_tree_mem_file(const fg_tree *t, const char *rel)
{
    return t->nmem ? bsearch(rel, t->mem, t->nmem, sizeof *t->mem, cmp_path) : NULL;
}

bool fg_tree_mem_has_dir(const fg_tree *t, const char *dir)
{
    size_t n = strlen(dir);
    for (size_t i = 0; i < t->nmem; i++)
        if (strncmp(t->mem[i].path, dir, n) == 0 && t->mem[i].path[n] == '/')
            return true;
    return false;
}

int fg_tree_read(const fg_tree *t, const char *rel, size_t max, char **text, size_t *len)
{
    if (t->root) {
        fg_strbuf abs = FG_STRBUF_INIT;
        fg_strbuf_printf(&abs, "%s/%s", t->root, rel);
        int rc = fg_read_file(abs.data, max, text, len);
        int saved = errno;
        fg_strbuf_release(&abs);
        errno = saved;
        return rc;
    }
    const fg_memfile *f = fg_tree_mem_file(t, rel);
    if (!f) {
        errno = fg_tree_mem_has_dir(t, rel) ? EISDIR : ENOENT;
        return -1;
    }
    if (f->len > max) {
        errno = EFBIG;
        return -1;
    }
    *text = fg_xmalloc(f->len + 1);
    if (f->len)
        memcpy(*text, f->data, f->len);
    (*text)[f->len] = '\0';
    *len = f->len;
    return 0;
}
