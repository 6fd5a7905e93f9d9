#define _XOPEN_SOURCE 700 /* realpath */
#include "project.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "facts_load.h"
#include "strbuf.h"
#include "validate.h"
#include "xalloc.h"

typedef struct path_list {
    char **items;
    size_t n, cap;
} path_list;

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcmp(s + n - m, suffix) == 0;
}

static bool has_suffix_nocase(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n > m && strcasecmp(s + n - m, suffix) == 0;
}

static void io_error(fg_project *p, fg_diags *d, const char *what, const char *path)
{
    fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io", "cannot read %s'%s': %s", what, path, fg_read_error(errno));
    p->io_failed = true;
}

static bool inside_project(const fg_project *p, const char *path);
static uint32_t add_unread(fg_project *p, const char *rel);

/* A directory reached through a symbolic link is walked only if it stays in
 * the project and is not the directory being walked or one above it (a
 * loop). */
static bool linked_dir_ok(fg_project *p, const char *parent, const char *child, const char *rel, fg_diags *d)
{
    struct stat st;
    if (lstat(child, &st) != 0 || !S_ISLNK(st.st_mode))
        return true;
    if (!inside_project(p, child)) {
        fg_diag_error(d, (fg_pos){add_unread(p, rel), 0, 0}, "outside-project",
                      "a symbolic link that leads outside the project: not read");
        return false;
    }
    char *target = realpath(child, NULL), *here = realpath(parent, NULL);
    size_t n = target ? strlen(target) : 0;
    bool loop = target && here && strncmp(here, target, n) == 0 && (here[n] == '/' || here[n] == '\0');
    free(target);
    free(here);
    if (loop) {
        errno = ELOOP;
        io_error(p, d, "", rel);
    }
    return !loop;
}

/* Collect the *.yaml files under rel (relative to the root), recursively
 * when asked. Hidden files and directories are skipped. */
static void list_yaml(fg_project *p, const char *rel, bool recurse, path_list *out, fg_diags *d)
{
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root, rel);
    DIR *dir = opendir(abs.data);
    if (!dir) {
        io_error(p, d, "directory ", rel);
        fg_strbuf_release(&abs);
        return;
    }
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        fg_strbuf child = FG_STRBUF_INIT;
        fg_strbuf_printf(&child, "%s/%s", rel, e->d_name);
        fg_strbuf child_abs = FG_STRBUF_INIT;
        fg_strbuf_printf(&child_abs, "%s/%s", p->root, child.data);
        struct stat st;
        if (stat(child_abs.data, &st) != 0) {
            io_error(p, d, "", child.data);
        } else if (S_ISDIR(st.st_mode)) {
            if (recurse && linked_dir_ok(p, abs.data, child_abs.data, child.data, d))
                list_yaml(p, child.data, true, out, d);
        } else if (!has_suffix(e->d_name, ".yaml") &&
                   (has_suffix_nocase(e->d_name, ".yml") || has_suffix_nocase(e->d_name, ".yaml"))) {
            fg_diag_warning(d, (fg_pos){FG_NOFILE, 0, 0}, "ignored-file",
                            "'%s' is not read: fact and view files end in .yaml", child.data);
        } else if (has_suffix(e->d_name, ".yaml")) {
            out->items = fg_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
            out->items[out->n++] = fg_strbuf_detach(&child);
        }
        fg_strbuf_release(&child);
        fg_strbuf_release(&child_abs);
    }
    closedir(dir);
    fg_strbuf_release(&abs);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_paths(path_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i]);
    free(l->items);
}

/* Whether path, with symbolic links resolved, lies inside the project. */
static bool inside_project(const fg_project *p, const char *path)
{
    char *root = realpath(p->root, NULL), *real = realpath(path, NULL);
    bool inside = !root || !real || (strncmp(real, root, strlen(root)) == 0 && real[strlen(root)] == '/');
    free(root);
    free(real);
    return inside;
}

/* Register a file that is refused unread, so diagnostics can name it. */
static uint32_t add_unread(fg_project *p, const char *rel)
{
    return fg_files_add(&p->model.files, rel, fg_xstrdup(""), 0);
}

/* Read, register and parse one file, its nodes into `nodes` and their text
 * into the model's arena; NULL root for an empty or broken one. *ok is
 * false when the file could not be read or parsed. */
static const fg_ynode *parse_file(fg_project *p, const char *rel, fg_arena *nodes, fg_pos *pos, bool *ok,
                                  fg_diags *d)
{
    size_t errors_before = d->nerrors;
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root, rel);
    const fg_ynode *root = NULL;
    char *text;
    size_t len;
    *ok = false;
    if (!inside_project(p, abs.data)) {
        /* A pull request must not make CI read files outside the checkout. */
        fg_diag_error(d, (fg_pos){add_unread(p, rel), 0, 0}, "outside-project",
                      "a symbolic link that leads outside the project: not read");
    } else if (fg_read_file(abs.data, FG_YAML_MAX_FILE, &text, &len) != 0) {
        /* Too large is a wrong input, not a failure to read. */
        if (errno == EFBIG)
            fg_diag_error(d, (fg_pos){add_unread(p, rel), 0, 0}, "too-large",
                          "file is larger than the limit of %zu MiB", FG_YAML_MAX_FILE >> 20);
        else
            io_error(p, d, "", rel);
    } else {
        *ok = true;
        uint32_t index = fg_files_add(&p->model.files, rel, text, len);
        *pos = (fg_pos){index, 0, 0};
        p->nfiles++;
        root = fg_yaml_load_split(p->model.files.items[index], index, nodes, &p->model.arena, d);
        /* The tree holds all that is needed; excerpts read the file again. */
        fg_files_drop_text(&p->model.files, index, abs.data);
        *ok = root || d->nerrors == errors_before; /* NULL and no error: empty */
    }
    fg_strbuf_release(&abs);
    return root;
}

static void load_facts(fg_project *p, fg_diags *d)
{
    path_list facts = {0};
    list_yaml(p, "facts", true, &facts, d);
    if (facts.n > 1)
        qsort(facts.items, facts.n, sizeof *facts.items, cmp_path);
    bool have_schema = false;
    for (size_t i = 0; i < facts.n; i++) {
        fg_pos pos;
        bool ok;
        bool is_schema = strcmp(facts.items[i], FG_SCHEMA_PATH) == 0;
        /* The schema keeps its tree. A fact file's nodes live only until
         * its records have copied what they keep (their text is already
         * in the model's arena): the keys, the lists and the mappings
         * around the values are most of a tree, and a large base would
         * otherwise hold every file's tree at once. */
        fg_arena scratch = FG_ARENA_INIT;
        const fg_ynode *root = parse_file(p, facts.items[i], is_schema ? &p->model.arena : &scratch, &pos, &ok, d);
        have_schema |= is_schema;
        if (!ok) {
            /* Reported; what the file would have declared is unknown, so
             * nothing is reported missing because of it. */
            if (!is_schema)
                p->model.incomplete = true;
            fg_arena_release(&scratch);
            continue;
        }
        if (is_schema) {
            fg_schema_load(&p->model.schema, root, pos, d);
        } else {
            p->model.nfact_files++;
            fg_facts_load(&p->model, root, d);
        }
        fg_arena_release(&scratch);
    }
    if (!have_schema && !p->io_failed)
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "missing-schema",
                      "no %s: the vocabulary of types and predicates is missing", FG_SCHEMA_PATH);
    free_paths(&facts);
}

static void load_views(fg_project *p, fg_diags *d)
{
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/graphs", p->root);
    struct stat st;
    bool exists = stat(abs.data, &st) == 0;
    fg_strbuf_release(&abs);
    if (!exists)
        return; /* a project without views only checks its facts */
    path_list views = {0};
    list_yaml(p, "graphs", false, &views, d);
    if (views.n > 1)
        qsort(views.items, views.n, sizeof *views.items, cmp_path);
    p->views = fg_xcalloc(views.n + 1, sizeof *p->views);
    for (size_t i = 0; i < views.n; i++) {
        fg_pos pos;
        bool ok;
        pos.file = FG_NOFILE;
        const fg_ynode *root = parse_file(p, views.items[i], &p->model.arena, &pos, &ok, d);
        if (!ok && pos.file == FG_NOFILE)
            continue; /* not read */
        const char *base = views.items[i] + strlen("graphs/");
        char *name = fg_xstrndup(base, strlen(base) - strlen(".yaml"));
        if (ok)
            fg_view_load(&p->views[p->nviews++], name, root, pos, d);
        else
            fg_view_load_failed(&p->views[p->nviews++], name, pos);
        free(name);
    }
    free_paths(&views);
}

int fg_project_load(fg_project *p, const char *root, fg_diags *d)
{
    memset(p, 0, sizeof *p);
    fg_model_init(&p->model);
    p->root = fg_xstrdup(root);
    fg_strbuf facts = FG_STRBUF_INIT;
    fg_strbuf_printf(&facts, "%s/facts", root);
    struct stat st;
    if (stat(facts.data, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fg_strbuf where = FG_STRBUF_INIT;
        if (strcmp(root, ".") == 0)
            fg_strbuf_puts(&where, "the current directory");
        else
            fg_strbuf_printf(&where, "'%s'", root);
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io",
                      "%s has no facts/ directory: run factgraph in a project, or name one with -C DIR", where.data);
        fg_strbuf_release(&where);
        p->io_failed = true;
        fg_strbuf_release(&facts);
        return -1;
    }
    fg_strbuf_release(&facts);
    load_facts(p, d);
    load_views(p, d);
    fg_validate(&p->model, root, d);
    for (size_t i = 0; i < p->nviews; i++)
        fg_view_validate(&p->views[i], &p->model, d);
    return p->io_failed ? -1 : 0;
}

fg_view *fg_project_view(fg_project *p, const char *name)
{
    for (size_t i = 0; i < p->nviews; i++)
        if (strcmp(p->views[i].name, name) == 0)
            return &p->views[i];
    return NULL;
}

void fg_project_release(fg_project *p)
{
    for (size_t i = 0; i < p->nviews; i++)
        fg_view_release(&p->views[i]);
    free(p->views);
    fg_model_release(&p->model);
    free(p->root);
    memset(p, 0, sizeof *p);
}
