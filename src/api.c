/* The public API (include/factgraph.h) over the pipeline's modules: each
 * entry point checks what it needs (a project whose facts validated, on
 * disk when it writes) before it calls in. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "export.h"
#include "output.h"
#include "factgraph.h"
#include "project.h"
#include "report.h"
#include "suggest.h"
#include "xalloc.h"

const char *fg_version(void)
{
    return FG_VERSION;
}

const char *fg_closest(const char *word, const char *const *words, size_t n)
{
    fg_suggest s;
    fg_suggest_init(&s, word);
    for (size_t i = 0; i < n; i++)
        fg_suggest_consider(&s, words[i]);
    return fg_suggest_result(&s);
}

/* Files in memory are looked up by path: a sorted copy of the array (the
 * bytes themselves are copied too, so the caller keeps its own). */
typedef struct memory_project {
    fg_project p; /* first: the public pointer is this struct's */
    fg_memfile *files;
    size_t n;
} memory_project;

static int cmp_memfile(const void *a, const void *b)
{
    return strcmp(((const fg_memfile *)a)->path, ((const fg_memfile *)b)->path);
}

static void finish_load(fg_project *p, fg_diags *d)
{
    fg_diag_sort(d);
    p->diags = *d;
}

fg_project *fg_project_open(const char *root, unsigned threads)
{
    fg_project *p = fg_xmalloc(sizeof *p);
    fg_diags d = {0};
    fg_project_load(p, root, NULL, 0, threads, &d);
    finish_load(p, &d);
    return p;
}

fg_project *fg_project_open_memory(const fg_memfile *files, size_t n, unsigned threads)
{
    memory_project *mp = fg_xcalloc(1, sizeof *mp);
    mp->files = fg_xcalloc(n + 1, sizeof *mp->files);
    for (size_t i = 0; i < n; i++) {
        char *data = fg_xmalloc(files[i].len + 1);
        if (files[i].len)
            memcpy(data, files[i].data, files[i].len);
        mp->files[i] = (fg_memfile){fg_xstrdup(files[i].path), data, files[i].len};
    }
    mp->n = n;
    if (n > 1)
        qsort(mp->files, n, sizeof *mp->files, cmp_memfile);
    fg_diags d = {0};
    fg_project_load(&mp->p, NULL, mp->files, n, threads, &d);
    finish_load(&mp->p, &d);
    return &mp->p;
}

void fg_project_free(fg_project *p)
{
    if (!p)
        return;
    fg_diags_release(&p->diags);
    /* A project in memory is a memory_project: its files go with it. */
    memory_project *mp = p->root ? NULL : (memory_project *)p;
    fg_project_release(p);
    if (mp) {
        for (size_t i = 0; i < mp->n; i++) {
            free((char *)mp->files[i].path);
            free((char *)mp->files[i].data);
        }
        free(mp->files);
    }
    free(p);
}

bool fg_project_io_failed(const fg_project *p)
{
    return p->io_failed;
}

bool fg_project_valid(const fg_project *p)
{
    return p->diags.nerrors == 0 && !p->io_failed;
}

size_t fg_project_diagnostic_count(const fg_project *p)
{
    return p->diags.n;
}

static const char *file_path(const fg_project *p, fg_pos pos)
{
    const fg_file *f = fg_files_get(&p->model.files, pos.file);
    return f ? f->path : "";
}

bool fg_project_diagnostic(const fg_project *p, size_t i, fg_diagnostic *out)
{
    if (i >= p->diags.n)
        return false;
    const fg_diag *g = &p->diags.items[i];
    *out = (fg_diagnostic){g->sev, g->rule, g->msg, file_path(p, g->pos), g->pos.line, g->pos.col, NULL, NULL, 0, 0};
    if (g->has_note) {
        out->note = g->note;
        out->note_file = file_path(p, g->note_pos);
        out->note_line = g->note_pos.line;
        out->note_column = g->note_pos.col;
    }
    return true;
}

size_t fg_project_error_count(const fg_project *p)
{
    return p->diags.nerrors;
}

size_t fg_project_warning_count(const fg_project *p)
{
    return p->diags.nwarnings;
}

size_t fg_project_dropped_count(const fg_project *p)
{
    return p->diags.dropped;
}

void fg_project_print_diagnostics(fg_project *p, fg_format fmt, bool excerpts, FILE *out)
{
    fg_diag_sort(&p->diags);
    fg_diag_print(&p->diags, &p->model.files, fmt, excerpts, out);
}

bool fg_project_has_fact_file(const fg_project *p, const char *path)
{
    size_t len = strlen(path);
    if (strncmp(path, "facts/", 6) != 0 || len < 5 || strcmp(path + len - 5, ".yaml") != 0)
        return false;
    for (size_t i = 0; i < p->model.files.n; i++)
        if (strcmp(p->model.files.items[i]->path, path) == 0)
            return true;
    return false;
}

typedef struct named_files {
    const fg_project *p;
    const char *const *paths;
    size_t n;
} named_files;

static bool in_named_file(const fg_diag *g, void *ctx)
{
    const named_files *nf = ctx;
    const char *path = file_path(nf->p, g->pos);
    for (size_t i = 0; i < nf->n; i++)
        if (strcmp(nf->paths[i], path) == 0)
            return true;
    return false;
}

void fg_project_keep_diagnostics_of(fg_project *p, const char *const *paths, size_t n)
{
    named_files nf = {p, paths, n};
    fg_diags_filter(&p->diags, in_named_file, &nf);
}

void fg_project_counts(const fg_project *p, fg_counts *out)
{
    const fg_model *m = &p->model;
    size_t nevents = 0;
    for (size_t i = 0; i < m->nitems; i++)
        nevents += m->items[i].is_event;
    *out = (fg_counts){p->nfiles, m->nsources, m->nitems - nevents, nevents, m->nrels, p->nviews};
}

size_t fg_project_view_count(const fg_project *p)
{
    return p->nviews;
}

const char *fg_project_view_name(const fg_project *p, size_t i)
{
    return i < p->nviews ? p->views[i].name : NULL;
}

long fg_project_find_view(const fg_project *p, const char *name)
{
    for (size_t i = 0; i < p->nviews; i++)
        if (strcmp(p->views[i].name, name) == 0)
            return (long)i;
    return -1;
}

char *fg_project_view_hint(const fg_project *p, const char *name)
{
    fg_suggest s;
    fg_suggest_init(&s, name);
    for (size_t k = 0; k < p->nviews; k++)
        fg_suggest_consider(&s, p->views[k].name);
    return fg_xstrdup(fg_suggest_phrase(&s));
}

/* Building writes graphs/: only a valid project on disk is built. */
static bool buildable(const fg_project *p)
{
    return fg_project_valid(p) && p->root && !p->graphs_refused;
}

static fg_result run_build(fg_project *p, const fg_build_options *o, fg_build_stats *stats, fg_built_view *built)
{
    memset(stats, 0, sizeof *stats);
    if (!buildable(p))
        return FG_INVALID;
    fg_build_opts bo = {.check = o->check,
                        .views = o->nviews ? (char **)o->views : NULL,
                        .nviews = o->nviews,
                        .timeout_s = o->timeout_s,
                        .jobs = o->jobs,
                        .built = built,
                        .verbose = o->verbose};
    return fg_build(p, &bo, &p->diags, stats) == 0 ? FG_OK : FG_FAILED;
}

fg_result fg_project_build(fg_project *p, const fg_build_options *o, fg_build_stats *stats)
{
    return run_build(p, o, stats, NULL);
}

/* graphs/report.html, from the SVGs just built. Returns 0, 1 when the page
 * is too large (reported, a finding like a view too large), or -1 when it
 * could not be written (reported). */
static int write_report(fg_project *p, const fg_built_view *built, size_t *bytes)
{
    fg_strbuf html = FG_STRBUF_INIT, err = FG_STRBUF_INIT, dir = FG_STRBUF_INIT;
    fg_strbuf_printf(&dir, "%s/graphs", p->root);
    int rc = fg_report_html(p, built, &html, &p->diags) == 0 ? 0 : 1;
    if (rc == 0 && fg_write_atomic(dir.data, "report.html", html.data, html.len, &err) != 0) {
        fg_diag_error(&p->diags, (fg_pos){FG_NOFILE, 0, 0}, "io", "%s", err.data);
        rc = -1;
    }
    if (rc == 0)
        *bytes = html.len;
    fg_strbuf_release(&html);
    fg_strbuf_release(&err);
    fg_strbuf_release(&dir);
    return rc;
}

fg_result fg_project_report(fg_project *p, const fg_build_options *o, fg_build_stats *stats)
{
    if (!buildable(p)) {
        memset(stats, 0, sizeof *stats);
        return FG_INVALID;
    }
    /* The page is made of what this build made: each view's selection and
     * its SVG, rendered in this run, never bytes read back from graphs/. */
    fg_built_view *built = fg_xcalloc(p->nviews + 1, sizeof *built);
    fg_result rc = run_build(p, o, stats, built);
    if (rc == FG_OK && !stats->too_large) {
        int wr = write_report(p, built, &stats->report_bytes);
        if (wr > 0)
            stats->too_large++;
        else if (wr < 0)
            rc = FG_FAILED;
    }
    for (size_t i = 0; i < p->nviews; i++)
        fg_built_view_release(&built[i]);
    free(built);
    return rc;
}

fg_result fg_project_render(fg_project *p, size_t view, fg_render_format fmt, unsigned timeout_s, char **out,
                            size_t *len)
{
    *out = NULL;
    *len = 0;
    if (!fg_project_valid(p) || view >= p->nviews || !p->views[view].ok)
        return FG_INVALID;
    fg_strbuf sb = FG_STRBUF_INIT;
    if (fg_build_render_view(p, &p->views[view], fmt == FG_RENDER_SVG, timeout_s, &sb, &p->diags) != 0) {
        fg_strbuf_release(&sb);
        return FG_FAILED;
    }
    *len = sb.len;
    *out = sb.data ? fg_strbuf_detach(&sb) : fg_xstrdup("");
    return FG_OK;
}

/* An export to a file: streamed into a temporary file, renamed at the end. */
static int export_to_file(fg_project *p, const fg_exporter *e, const fg_export_scope *scope,
                          const fg_export_options *o)
{
    fg_atomic_file a;
    fg_strbuf err = FG_STRBUF_INIT;
    int rc = fg_atomic_open(&a, o->output, &err);
    if (rc == 0 && e->write(p, scope, o, a.f) != 0) {
        fg_strbuf_printf(&err, "cannot write %s: %s", o->output, strerror(errno));
        fg_atomic_abort(&a);
        rc = -1;
    } else if (rc == 0) {
        rc = fg_atomic_commit(&a, &err);
    }
    if (rc != 0)
        fg_diag_error(&p->diags, (fg_pos){FG_NOFILE, 0, 0}, "io", "%s", err.data);
    fg_strbuf_release(&err);
    return rc;
}

fg_result fg_project_export(fg_project *p, const fg_exporter *e, const fg_export_options *o, FILE *out)
{
    static const fg_export_options whole = {NULL, NULL};
    if (!o)
        o = &whole;
    const fg_view *v = o->view ? fg_project_view(p, o->view) : NULL;
    if (!fg_project_valid(p) || (o->view && (!v || !v->ok)) || (e->needs_output && !o->output))
        return FG_INVALID;
    fg_export_scope scope;
    fg_export_scope_init(&scope, p, o);
    int rc = o->output && !e->needs_output ? export_to_file(p, e, &scope, o) : e->write(p, &scope, o, out);
    if (rc != 0 && e->needs_output)
        fg_diag_error(&p->diags, (fg_pos){FG_NOFILE, 0, 0}, "io", "cannot write %s: %s", o->output,
                      strerror(errno));
    fg_export_scope_release(&scope);
    return rc == 0 ? FG_OK : FG_FAILED;
}
