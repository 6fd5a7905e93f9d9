#define _XOPEN_SOURCE 700 /* realpath */
#include "project.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "facts_load.h"
#include "ordered.h"
#include "seeds.h"
#include "strbuf.h"
#include "tree.h"
#include "validate.h"
#include "xalloc.h"
#include "yaml_load.h"

/* A file found by list_yaml, with its size as the listing saw it. */
typedef struct listed_file {
    char *path; /* relative to the project root */
    size_t size;
} listed_file;

typedef struct path_list {
    listed_file *items;
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

/* Report errno's failure to read path, and set *failed. */
static void io_error(bool *failed, fg_diags *d, const char *what, const char *path)
{
    fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io", "cannot read %s'%s': %s", what, path, fg_read_error(errno));
    *failed = true;
}

static bool inside_project(const fg_project *p, const char *path);
static uint32_t register_file(fg_project *p, const char *rel);

/* A directory reached through a symbolic link is walked only if it stays in
 * the project and is not the directory being walked or one above it (a
 * loop). */
static bool linked_dir_ok(fg_project *p, const char *parent, const char *child, const char *rel, fg_diags *d)
{
    struct stat st;
    if (lstat(child, &st) != 0 || !S_ISLNK(st.st_mode))
        return true;
    if (!inside_project(p, child)) {
        fg_diag_error(d, (fg_pos){register_file(p, rel), 0, 0}, "outside-project",
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
        io_error(&p->io_failed, d, "", rel);
    }
    return !loop;
}

/* For a project in memory: the *.yaml files under rel, in any
 * folder below it when recurse is set. */
static void list_yaml_memory(fg_project *p, const char *rel, bool recurse, path_list *out)
{
    size_t n = strlen(rel);
    for (size_t i = 0; i < p->nmem; i++) {
        const char *path = p->mem[i].path;
        if (strncmp(path, rel, n) != 0 || path[n] != '/' || !has_suffix(path, ".yaml") ||
            (!recurse && strchr(path + n + 1, '/')))
            continue;
        out->items = fg_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
        out->items[out->n++] = (listed_file){fg_xstrdup(path), p->mem[i].len};
    }
}

/* Collect the *.yaml files under rel (relative to the root), recursively
 * when asked. Hidden files and directories are skipped. */
static void list_yaml(fg_project *p, const char *rel, bool recurse, path_list *out, fg_diags *d)
{
    if (!p->root) {
        list_yaml_memory(p, rel, recurse, out);
        return;
    }
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root, rel);
    DIR *dir = opendir(abs.data);
    if (!dir) {
        io_error(&p->io_failed, d, "directory ", rel);
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
            io_error(&p->io_failed, d, "", child.data);
        } else if (S_ISDIR(st.st_mode)) {
            if (recurse && linked_dir_ok(p, abs.data, child_abs.data, child.data, d))
                list_yaml(p, child.data, true, out, d);
        } else if (!has_suffix(e->d_name, ".yaml") &&
                   (has_suffix_nocase(e->d_name, ".yml") || has_suffix_nocase(e->d_name, ".yaml"))) {
            fg_diag_warning(d, (fg_pos){FG_NOFILE, 0, 0}, "ignored-file",
                            "'%s' is not read: fact and view files end in .yaml", child.data);
        } else if (has_suffix(e->d_name, ".yaml")) {
            out->items = fg_xgrow(out->items, &out->cap, out->n + 1, sizeof *out->items);
            size_t size = S_ISREG(st.st_mode) ? (size_t)st.st_size : 0; /* 0: reading it will say why */
            out->items[out->n++] = (listed_file){fg_strbuf_detach(&child), size};
        }
        fg_strbuf_release(&child);
        fg_strbuf_release(&child_abs);
    }
    closedir(dir);
    fg_strbuf_release(&abs);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(((const listed_file *)a)->path, ((const listed_file *)b)->path);
}

static void free_paths(path_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->items[i].path);
    free(l->items);
}

/* Whether path, with symbolic links resolved, lies inside the project. */
static bool inside_project(const fg_project *p, const char *path)
{
    if (!p->root)
        return true; /* files in memory have no links */
    char *root = realpath(p->root, NULL), *real = realpath(path, NULL);
    bool inside = !root || !real || (strncmp(real, root, strlen(root)) == 0 && real[strlen(root)] == '/');
    free(root);
    free(real);
    return inside;
}

/* Whether the top-level directory name (facts, seeds or graphs), if it is a
 * symbolic link, stays in the project. One that leads out is one error, and
 * nothing under it is read or written: a pull request could otherwise make
 * CI walk the whole file system (facts -> /), search its quotes in any
 * readable file (seeds -> /proc) or write outside the checkout (graphs). */
static bool top_dir_inside(fg_project *p, const char *name, fg_diags *d)
{
    if (!p->root)
        return true;
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root, name);
    struct stat st;
    bool inside = true;
    if (lstat(abs.data, &st) == 0 && S_ISLNK(st.st_mode)) {
        char *root = realpath(p->root, NULL), *real = realpath(abs.data, NULL);
        size_t n = root ? strlen(root) : 0;
        /* A dangling link is let through: reading it reports why. */
        inside = !root || !real || (strncmp(real, root, n) == 0 && (real[n] == '/' || real[n] == '\0'));
        free(root);
        free(real);
    }
    if (!inside) {
        fg_strbuf rel = FG_STRBUF_INIT;
        fg_strbuf_printf(&rel, "%s/", name);
        fg_diag_error(d, (fg_pos){register_file(p, rel.data), 0, 0}, "outside-project",
                      "a symbolic link that leads outside the project: nothing under it is read");
        fg_strbuf_release(&rel);
    }
    fg_strbuf_release(&abs);
    return inside;
}

/* Register a file before it is read, so that diagnostics can name it
 * whether or not it can be read. */
static uint32_t register_file(fg_project *p, const char *rel)
{
    return fg_files_add(&p->model.files, rel, fg_xstrdup(""), 0);
}

/* One file read and parsed, perhaps on another thread: its tree (nodes and
 * text in arenas of its own until it is taken), its diagnostics and how it
 * went. */
typedef struct parsed_file {
    uint32_t index;       /* in the model's files, registered beforehand */
    fg_arena nodes, texts;
    fg_diags diags;
    const fg_ynode *root; /* NULL for an empty or broken file */
    bool read;            /* it could be read: it counts in nfiles */
    bool ok;              /* read, and parsed or empty */
    bool io_failed;
} parsed_file;

/* Read and parse the registered file pf->index. Only *pf and the file's own
 * entry in the model's files are written, so that several threads can
 * parse files at once (the list of files does not grow meanwhile). */
static fg_tree project_tree(const fg_project *p)
{
    return (fg_tree){p->root, p->mem, p->nmem};
}

static void parse_file(fg_project *p, parsed_file *pf)
{
    fg_file *f = p->model.files.items[pf->index];
    fg_pos at = {pf->index, 0, 0};
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root ? p->root : "", f->path);
    fg_tree tree = project_tree(p);
    char *text;
    size_t len;
    if (!inside_project(p, abs.data)) {
        /* A pull request must not make CI read files outside the checkout. */
        fg_diag_error(&pf->diags, at, "outside-project", "a symbolic link that leads outside the project: not read");
    } else if (fg_tree_read(&tree, f->path, FG_YAML_MAX_FILE, &text, &len) != 0) {
        /* Too large is a wrong input, not a failure to read. */
        if (errno == EFBIG)
            fg_diag_error(&pf->diags, at, "too-large", "file is larger than the limit of %zu MiB",
                          FG_YAML_MAX_FILE >> 20);
        else
            io_error(&pf->io_failed, &pf->diags, "", f->path);
    } else {
        free(f->text);
        f->text = text;
        f->len = len;
        pf->read = true;
        pf->root = fg_yaml_load_split(f, pf->index, &pf->nodes, &pf->texts, &pf->diags);
        /* The tree holds all that is needed; excerpts read the file again
         * (a file in memory keeps its text: there is nothing to read). */
        if (p->root)
            fg_files_drop_text(&p->model.files, pf->index, abs.data);
        pf->ok = pf->root || pf->diags.nerrors == 0; /* NULL and no error: empty */
    }
    fg_strbuf_release(&abs);
}

/* Back on the main thread: the file's diagnostics join the others in file
 * order, and its text moves into the model (records hold pointers into
 * it); its nodes are the caller's to release once read. */
static void take_parsed(fg_project *p, parsed_file *pf, fg_diags *d)
{
    fg_diags_append(d, &pf->diags);
    p->io_failed |= pf->io_failed;
    p->nfiles += pf->read;
    fg_arena_adopt(&p->model.arena, &pf->texts);
}

typedef struct fact_files {
    fg_project *p;
    fg_diags *d;
    const path_list *paths;
    parsed_file *parsed;
    bool have_schema;
} fact_files;

static void parse_fact_file(void *ctx, size_t i)
{
    fact_files *ff = ctx;
    parse_file(ff->p, &ff->parsed[i]);
}

static void load_fact_file(void *ctx, size_t i)
{
    fact_files *ff = ctx;
    fg_project *p = ff->p;
    parsed_file *pf = &ff->parsed[i];
    /* A file's nodes live only until its records have copied what they
     * keep (their text is kept whole): the keys, the lists and the
     * mappings around the values are most of a tree, and a large base
     * would otherwise hold every file's at once. */
    bool is_schema = strcmp(ff->paths->items[i].path, FG_SCHEMA_PATH) == 0;
    take_parsed(p, pf, ff->d);
    ff->have_schema |= is_schema;
    if (!pf->ok) {
        /* Reported; what the file would have declared is unknown, so
         * nothing is reported missing because of it. */
        if (!is_schema)
            p->model.incomplete = true;
    } else if (is_schema) {
        fg_schema_load(&p->model.schema, pf->root, (fg_pos){pf->index, 0, 0}, &p->model.arena, ff->d);
    } else {
        p->model.nfact_files++;
        fg_facts_load(&p->model, pf->root, ff->d);
    }
    fg_arena_release(&pf->nodes);
}

static void load_facts(fg_project *p, unsigned threads, fg_diags *d)
{
    path_list facts = {0};
    list_yaml(p, "facts", true, &facts, d);
    if (facts.n > 1)
        qsort(facts.items, facts.n, sizeof *facts.items, cmp_path);
    fact_files ff = {p, d, &facts, fg_xcalloc(facts.n + 1, sizeof *ff.parsed), false};
    size_t *sizes = fg_xcalloc(facts.n + 1, sizeof *sizes);
    for (size_t i = 0; i < facts.n; i++) {
        ff.parsed[i].index = register_file(p, facts.items[i].path);
        sizes[i] = facts.items[i].size;
    }
    /* Files are parsed ahead on every thread while this one loads them in
     * path order. Two files a thread keep the threads busy; the budget
     * keeps the trees waiting to be loaded small, whatever the files (a
     * tree is 3 to 30 times its file): a file of 16 MiB is parsed alone. */
    fg_ordered job = {.n = facts.n, .threads = threads, .window = 2 * (size_t)threads, .sizes = sizes,
                      .budget = (size_t)16 << 20, .produce = parse_fact_file, .consume = load_fact_file,
                      .ctx = &ff};
    fg_run_ordered(&job);
    free(sizes);
    free(ff.parsed);
    if (!ff.have_schema && !p->io_failed)
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "missing-schema",
                      "no %s: the vocabulary of types and predicates is missing", FG_SCHEMA_PATH);
    free_paths(&facts);
}

/* Whether the project has the directory name (facts, graphs). */
static bool has_dir(const fg_project *p, const char *name)
{
    if (!p->root) {
        fg_tree tree = project_tree(p);
        return fg_tree_mem_has_dir(&tree, name);
    }
    fg_strbuf abs = FG_STRBUF_INIT;
    fg_strbuf_printf(&abs, "%s/%s", p->root, name);
    struct stat st;
    bool exists = stat(abs.data, &st) == 0 && S_ISDIR(st.st_mode);
    fg_strbuf_release(&abs);
    return exists;
}

static void load_views(fg_project *p, fg_diags *d)
{
    if (!has_dir(p, "graphs"))
        return; /* a project without views only checks its facts */
    path_list views = {0};
    list_yaml(p, "graphs", false, &views, d);
    if (views.n > 1)
        qsort(views.items, views.n, sizeof *views.items, cmp_path);
    p->views = fg_xcalloc(views.n + 1, sizeof *p->views);
    for (size_t i = 0; i < views.n; i++) {
        parsed_file pf = {.index = register_file(p, views.items[i].path)};
        parse_file(p, &pf);
        take_parsed(p, &pf, d);
        if (!pf.read) {
            fg_arena_release(&pf.nodes);
            continue;
        }
        fg_pos pos = {pf.index, 0, 0};
        const char *base = views.items[i].path + strlen("graphs/");
        char *name = fg_xstrndup(base, strlen(base) - strlen(".yaml"));
        if (pf.ok)
            fg_view_load(&p->views[p->nviews++], name, pf.root, pos, &p->model.arena, d);
        else
            fg_view_load_failed(&p->views[p->nviews++], name, pos);
        fg_arena_release(&pf.nodes);
        free(name);
    }
    free_paths(&views);
}

int fg_project_load(fg_project *p, const char *root, const fg_memfile *mem, size_t nmem, unsigned threads,
                    fg_diags *d)
{
    memset(p, 0, sizeof *p);
    fg_model_init(&p->model);
    p->root = root ? fg_xstrdup(root) : NULL;
    p->mem = mem;
    p->nmem = nmem;
    struct stat st;
    if (root && stat(root, &st) != 0) {
        /* -C to a path that is not there: say so, not that it lacks facts/. */
        io_error(&p->io_failed, d, "directory ", root);
        return -1;
    }
    if (root && !S_ISDIR(st.st_mode)) {
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io", "cannot read directory '%s': %s", root,
                      fg_read_error(ENOTDIR));
        p->io_failed = true;
        return -1;
    }
    if (!has_dir(p, "facts")) {
        fg_strbuf where = FG_STRBUF_INIT;
        if (!root)
            fg_strbuf_puts(&where, "the files given");
        else if (strcmp(root, ".") == 0)
            fg_strbuf_puts(&where, "the current directory");
        else
            fg_strbuf_printf(&where, "'%s'", root);
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io",
                      "%s has no facts/ directory: run factgraph in a project, or name one with -C DIR", where.data);
        fg_strbuf_release(&where);
        p->io_failed = true;
        return -1;
    }
    if (top_dir_inside(p, "facts", d))
        load_facts(p, threads ? threads : fg_default_threads(), d);
    else
        p->model.incomplete = true; /* nothing is reported missing because of it */
    p->model.seeds_refused = !top_dir_inside(p, "seeds", d);
    p->graphs_refused = !top_dir_inside(p, "graphs", d);
    if (!p->graphs_refused)
        load_views(p, d);
    fg_tree tree = project_tree(p);
    fg_seeds_load(&p->model, &tree, d);
    fg_validate(&p->model, d);
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

fg_pos fg_project_output_pos(fg_project *p, const char *rel)
{
    uint32_t index = fg_files_add(&p->model.files, rel, fg_xstrdup(""), 0);
    return (fg_pos){index, 0, 0};
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
