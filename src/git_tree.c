#define _XOPEN_SOURCE 700 /* realpath */
/* A project as it was at a git revision, read in-process with libgit2:
 * the repository that holds the project directory is opened, the revision
 * resolved to a tree, and the project's subtree (the project may be a
 * subdirectory of the repository) walked for the files a project is made
 * of; they are loaded as a project in memory. Nothing is checked out and
 * git is not run. */
#include <git2.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph.h"
#include "strbuf.h"
#include "xalloc.h"

typedef struct collected {
    git_repository *repo;
    fg_memfile *files;
    git_blob **blobs; /* the files' bytes are the blobs': freed once loaded */
    size_t n, cap, blobs_cap;
} collected;

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* What a project is read from: the YAML files under facts/, those of
 * graphs/ itself, and everything under seeds/. */
static bool wanted(const char *path)
{
    if (strncmp(path, "facts/", 6) == 0)
        return has_suffix(path, ".yaml");
    if (strncmp(path, "graphs/", 7) == 0)
        return has_suffix(path, ".yaml") && !strchr(path + 7, '/');
    return strncmp(path, "seeds/", 6) == 0;
}

static int collect(const char *root, const git_tree_entry *entry, void *payload)
{
    collected *c = payload;
    const char *name = git_tree_entry_name(entry);
    git_object_t type = git_tree_entry_type(entry);
    if (type == GIT_OBJECT_TREE) {
        /* At the top, only the three directories are worth a walk. */
        bool top = !*root;
        bool wanted = strcmp(name, "facts") == 0 || strcmp(name, "graphs") == 0 || strcmp(name, "seeds") == 0;
        return top && !wanted ? 1 : 0;
    }
    /* Links and submodules are not files of the project. */
    if (type != GIT_OBJECT_BLOB || git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK)
        return 0;
    fg_strbuf path = FG_STRBUF_INIT;
    fg_strbuf_printf(&path, "%s%s", root, name);
    if (!wanted(path.data)) {
        fg_strbuf_release(&path);
        return 0;
    }
    git_blob *blob;
    if (git_blob_lookup(&blob, c->repo, git_tree_entry_id(entry)) != 0) {
        fg_strbuf_release(&path);
        return -1;
    }
    c->files = fg_xgrow(c->files, &c->cap, c->n + 1, sizeof *c->files);
    c->blobs = fg_xgrow(c->blobs, &c->blobs_cap, c->n + 1, sizeof *c->blobs);
    c->blobs[c->n] = blob;
    c->files[c->n++] = (fg_memfile){fg_strbuf_detach(&path), git_blob_rawcontent(blob),
                                    (size_t)git_blob_rawsize(blob)};
    return 0;
}

static void collected_release(collected *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free((char *)c->files[i].path);
        git_blob_free(c->blobs[i]);
    }
    free(c->files);
    free(c->blobs);
}

/* The path of dir inside the work tree of repo ("" for its top, "sub/p/"
 * otherwise), or NULL when dir is not inside it. The caller frees it. */
static char *project_prefix(git_repository *repo, const char *dir)
{
    const char *workdir = git_repository_workdir(repo);
    char *real_dir = realpath(dir, NULL), *real_top = workdir ? realpath(workdir, NULL) : NULL;
    char *prefix = NULL;
    size_t n = real_top ? strlen(real_top) : 0;
    if (real_dir && real_top && strncmp(real_dir, real_top, n) == 0 && (real_dir[n] == '/' || !real_dir[n])) {
        fg_strbuf sb = FG_STRBUF_INIT;
        const char *rest = real_dir + n + (real_dir[n] == '/');
        if (*rest)
            fg_strbuf_printf(&sb, "%s/", rest);
        prefix = sb.data ? fg_strbuf_detach(&sb) : fg_xstrdup("");
    }
    free(real_dir);
    free(real_top);
    return prefix;
}

/* *error: what went wrong, with what libgit2 said of it. */
static void set_error(char **error, const char *what, const char *arg)
{
    const git_error *e = git_error_last();
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_printf(&sb, "%s '%s'", what, arg);
    if (e && e->message && *e->message)
        fg_strbuf_printf(&sb, " (%s)", e->message);
    *error = fg_strbuf_detach(&sb);
}

/* The tree of the project at rev: the subtree at prefix of the revision's
 * tree, or NULL with *missing set when the project is not there then. */
static int project_tree(git_repository *repo, const char *rev, const char *prefix, git_tree **out, bool *missing,
                        char **error)
{
    git_object *obj = NULL, *tree = NULL;
    *out = NULL;
    *missing = false;
    if (git_revparse_single(&obj, repo, rev) != 0) {
        set_error(error, "unknown revision", rev);
        return -1;
    }
    int rc = git_object_peel(&tree, obj, GIT_OBJECT_TREE);
    git_object_free(obj);
    if (rc != 0) {
        set_error(error, "not a commit or a tree: revision", rev);
        return -1;
    }
    if (!*prefix) {
        *out = (git_tree *)tree;
        return 0;
    }
    /* Without its trailing slash, the prefix names the project's directory. */
    char *dir = fg_xstrndup(prefix, strlen(prefix) - 1);
    git_tree_entry *entry = NULL;
    rc = git_tree_entry_bypath(&entry, (git_tree *)tree, dir);
    if (rc == 0 && git_tree_entry_type(entry) == GIT_OBJECT_TREE)
        rc = git_tree_lookup(out, repo, git_tree_entry_id(entry));
    else
        *missing = true, rc = 0;
    git_tree_entry_free(entry);
    git_object_free(tree);
    free(dir);
    if (rc != 0)
        set_error(error, "cannot read the tree of", rev);
    return rc;
}

fg_project *fg_project_open_git(const char *dir, const char *rev, unsigned threads, char **error)
{
    *error = NULL;
    git_libgit2_init();
    git_repository *repo = NULL;
    git_tree *tree = NULL;
    char *prefix = NULL;
    collected c = {0};
    fg_project *p = NULL;
    bool missing = false;
    /* As git finds it: from dir upwards, honouring GIT_DIR,
     * GIT_CEILING_DIRECTORIES and the rest, as in a hook. */
    if (git_repository_open_ext(&repo, dir, GIT_REPOSITORY_OPEN_FROM_ENV, NULL) != 0) {
        set_error(error, "not in a git repository:", dir);
        goto done;
    }
    if (!(prefix = project_prefix(repo, dir))) {
        set_error(error, "not in the work tree of its git repository:", dir);
        goto done;
    }
    if (project_tree(repo, rev, prefix, &tree, &missing, error) != 0)
        goto done;
    c.repo = repo;
    if (tree && git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &c) != 0) {
        set_error(error, "cannot read the files of", rev);
        goto done;
    }
    p = fg_project_open_memory(c.files, c.n, threads);
done:
    collected_release(&c);
    git_tree_free(tree);
    git_repository_free(repo);
    free(prefix);
    git_libgit2_shutdown();
    return p;
}
