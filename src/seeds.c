#define _XOPEN_SOURCE 700 /* realpath */
#include "seeds.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

/* A seed path must be relative, under seeds/, and free of '..' parts. */
static bool seed_path_ok(const char *path)
{
    if (strncmp(path, "seeds/", 6) != 0 || !path[6])
        return false;
    for (const char *p = path; *p;) {
        const char *slash = strchr(p, '/');
        size_t n = slash ? (size_t)(slash - p) : strlen(p);
        if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
            return false;
        p += n + (slash ? 1 : 0);
    }
    return true;
}

/* Whether the seed at rel, once symbolic links are resolved, still lies in
 * seeds/ (files in memory have no links). A path that does not resolve is
 * let through: reading it reports why. */
static bool resolves_inside_seeds(const fg_tree *t, const char *rel)
{
    if (!t->root)
        return true;
    fg_strbuf seeds = FG_STRBUF_INIT, path = FG_STRBUF_INIT;
    fg_strbuf_printf(&seeds, "%s/seeds", t->root);
    fg_strbuf_printf(&path, "%s/%s", t->root, rel);
    char *dir = realpath(seeds.data, NULL), *real = realpath(path.data, NULL);
    bool inside = !dir || !real || (strncmp(real, dir, strlen(dir)) == 0 && real[strlen(dir)] == '/');
    free(dir);
    free(real);
    fg_strbuf_release(&seeds);
    fg_strbuf_release(&path);
    return inside;
}

static int load_seed(fg_model *m, const fg_tree *t, const fg_text *file, fg_diags *d)
{
    int doc = fg_quote_index_find(&m->quotes, file->str);
    if (doc >= 0)
        return doc;
    if (!resolves_inside_seeds(t, file->str)) {
        fg_diag_error(d, file->pos, "file-outside-seeds",
                      "source file '%s' is a symbolic link that leads outside seeds/", file->str);
        return -1;
    }
    char *text;
    size_t len;
    if (fg_tree_read(t, file->str, FG_SEED_MAX_FILE, &text, &len) != 0) {
        if (errno == EFBIG)
            fg_diag_error(d, file->pos, "too-large", "source file '%s' is larger than the limit of %zu MiB",
                          file->str, FG_SEED_MAX_FILE >> 20);
        else
            fg_diag_error(d, file->pos, "missing-file", "cannot read source file '%s': %s", file->str,
                          fg_read_error(errno));
        return -1;
    }
    /* The index keeps the text: the RDF exports quote its context. */
    return fg_quote_index_adopt(&m->quotes, file->str, text, len);
}

void fg_seeds_load(fg_model *m, const fg_tree *t, fg_diags *diags)
{
    for (size_t i = 0; i < m->nsources && !m->seeds_refused; i++) {
        fg_source *s = &m->sources[i];
        if (!s->file)
            continue;
        if (!seed_path_ok(s->file->str))
            fg_diag_error(diags, s->file->pos, "file-outside-seeds",
                          "source file '%s' must be a relative path under seeds/ without '.' or '..' parts",
                          s->file->str);
        else
            s->doc = load_seed(m, t, s->file, diags);
    }
}
