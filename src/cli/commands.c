#include "commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph.h"

static void print_diags(fg_project *p, fg_format fmt, const fg_options *o)
{
    FILE *out = fmt == FG_FORMAT_HUMAN ? stderr : stdout;
    fg_project_print_diagnostics(p, fmt, o->excerpts, out);
    fflush(out);
    if (fg_project_dropped_count(p))
        fprintf(stderr, "factgraph: %zu more problems not shown (only the first %d found are kept)\n",
                fg_project_dropped_count(p), FG_DIAGNOSTICS_KEPT);
}

static void put_count(size_t n, const char *one, const char *many, const char *sep)
{
    fprintf(stderr, "%zu %s%s", n, n == 1 ? one : many, sep);
}

static void print_problem_count(const fg_project *p)
{
    put_count(fg_project_error_count(p), "error", "errors", ", ");
    put_count(fg_project_warning_count(p), "warning", "warnings", "");
}

static void print_check_summary(const fg_project *p, const fg_options *o)
{
    if (o->quiet)
        return;
    fg_counts c;
    fg_project_counts(p, &c);
    fprintf(stderr, "factgraph: ");
    print_problem_count(p);
    fprintf(stderr, " in ");
    if (o->nfiles)
        fprintf(stderr, "%zu of ", o->nfiles);
    put_count(c.files, "file", "files", " (");
    put_count(c.sources, "source", "sources", ", ");
    put_count(c.entities, "entity", "entities", ", ");
    put_count(c.events, "event", "events", ", ");
    put_count(c.relations, "relation", "relations", ", ");
    put_count(c.views, "view", "views", ")\n");
}

static bool has_findings(const fg_project *p, const fg_options *o)
{
    return fg_project_error_count(p) > 0 || (o->strict && fg_project_warning_count(p) > 0);
}

/* check FILE...: every name must be a fact file the project read (a typo
 * must not pass a hook by checking nothing); then only its diagnostics
 * are kept. Returns false after a usage error. */
static bool keep_named_files(fg_project *p, const fg_options *o)
{
    const char **paths = calloc(o->nfiles + 1, sizeof *paths);
    if (!paths) {
        fputs("factgraph: out of memory\n", stderr);
        abort();
    }
    bool ok = true;
    for (size_t i = 0; i < o->nfiles; i++) {
        const char *path = o->files[i];
        while (path[0] == '.' && path[1] == '/')
            path += 2;
        paths[i] = path;
        if (!fg_project_has_fact_file(p, path)) {
            fprintf(stderr, "factgraph: '%s' is not a fact file of the project (a .yaml file under facts/, named "
                            "relative to the project)\n", o->files[i]);
            ok = false;
        }
    }
    if (ok)
        fg_project_keep_diagnostics_of(p, paths, o->nfiles);
    else
        fputs("Try 'factgraph help check' for more information.\n", stderr);
    free(paths);
    return ok;
}

static fg_status cmd_check(fg_project *p, const fg_options *o)
{
    if (o->nfiles && !fg_project_io_failed(p) && !keep_named_files(p, o))
        return FG_STATUS_FAILURE;
    print_diags(p, o->diag_format, o);
    fg_counts c;
    fg_project_counts(p, &c);
    if (c.files > 0) /* no summary of a project that is not there */
        print_check_summary(p, o);
    return fg_project_io_failed(p) ? FG_STATUS_FAILURE : has_findings(p, o) ? FG_STATUS_FINDINGS : FG_STATUS_OK;
}

/* Every --view must name a view of the project: a typo must not pass CI
 * by building nothing. */
static bool views_exist(const fg_project *p, const fg_options *o)
{
    bool ok = true;
    for (size_t i = 0; i < o->nviews; i++) {
        if (fg_project_find_view(p, o->views[i]) >= 0)
            continue;
        char *hint = fg_project_view_hint(p, o->views[i]);
        fprintf(stderr, "factgraph: no view named '%s' in graphs/%s\n", o->views[i], hint);
        free(hint);
        ok = false;
    }
    return ok;
}

static void print_build_summary(const fg_build_stats *s, const fg_options *o)
{
    if (o->quiet)
        return;
    fprintf(stderr, "factgraph: ");
    if (o->check && s->stale) {
        fprintf(stderr, "%zu %s in graphs/ %s missing, out of date or left over (", s->stale,
                s->stale == 1 ? "file" : "files", s->stale == 1 ? "is" : "are");
        put_count(s->views, "view", "views", " checked)\n");
    } else if (o->check) {
        fprintf(stderr, "all %zu outputs of ", s->unchanged);
        put_count(s->views, "view", "views", " are up to date\n");
    } else {
        put_count(s->views, "view", "views", ": wrote ");
        put_count(s->written, "file", "files", ", ");
        fprintf(stderr, "%zu already up to date, ", s->unchanged);
        put_count(s->laid_out, "layout", "layouts", " run\n");
    }
    if (s->report_bytes)
        fprintf(stderr, "factgraph: wrote graphs/report.html (%zu bytes)\n", s->report_bytes);
}

/* Build the views of a project whose facts are clean; for report, then
 * write the page. */
static fg_status build_clean(fg_project *p, const fg_options *o)
{
    fg_build_options bo = {.check = o->check,
                           .views = o->nviews ? o->views : NULL,
                           .nviews = o->nviews,
                           .timeout_s = o->timeout_s,
                           .jobs = o->jobs,
                           .verbose = o->verbose ? stderr : NULL};
    fg_build_stats stats;
    fg_result rc = o->command == FG_CMD_REPORT ? fg_project_report(p, &bo, &stats) : fg_project_build(p, &bo, &stats);
    print_diags(p, o->diag_format, o);
    print_build_summary(&stats, o);
    if (rc != FG_OK)
        return FG_STATUS_FAILURE;
    /* --strict also counts the warnings of the build itself (a layout's,
     * an orphan output's), not only the facts'. */
    return stats.stale || stats.too_large || has_findings(p, o) ? FG_STATUS_FINDINGS : FG_STATUS_OK;
}

static fg_status cmd_build(fg_project *p, const fg_options *o)
{
    if (fg_project_io_failed(p) || !views_exist(p, o)) {
        print_diags(p, o->diag_format, o);
        return FG_STATUS_FAILURE;
    }
    if (has_findings(p, o)) {
        print_diags(p, o->diag_format, o);
        if (!o->quiet) {
            fprintf(stderr, "factgraph: nothing built: ");
            print_problem_count(p);
            fprintf(stderr, "\n");
        }
        return FG_STATUS_FINDINGS;
    }
    return build_clean(p, o);
}

static fg_status cmd_export(fg_project *p, const fg_options *o)
{
    if (fg_project_io_failed(p) || !views_exist(p, o)) {
        print_diags(p, FG_FORMAT_HUMAN, o);
        return FG_STATUS_FAILURE;
    }
    if (fg_project_error_count(p)) {
        print_diags(p, FG_FORMAT_HUMAN, o);
        if (!o->quiet) {
            fprintf(stderr, "factgraph: nothing exported: ");
            print_problem_count(p);
            fprintf(stderr, "\n");
        }
        return FG_STATUS_FINDINGS;
    }
    fg_export_options eo = {o->nviews ? o->views[0] : NULL, o->output};
    fg_result rc = fg_project_export(p, o->exporter, &eo, stdout);
    print_diags(p, FG_FORMAT_HUMAN, o); /* stdout carries the export: warnings, and why it failed */
    return rc == FG_OK ? FG_STATUS_OK : FG_STATUS_FAILURE;
}

/* One view's DOT or SVG on stdout. As for build: a view that does not
 * exist, or that cannot be laid out, exits 2; facts with errors exit 1. */
static fg_status cmd_render(fg_project *p, const fg_options *o)
{
    long view = fg_project_find_view(p, o->render_view);
    if (view < 0 && !fg_project_io_failed(p)) {
        char *hint = fg_project_view_hint(p, o->render_view);
        fprintf(stderr, "factgraph: no view named '%s' in graphs/%s\n", o->render_view, hint);
        free(hint);
    }
    char *out = NULL;
    size_t len = 0;
    fg_result rc = FG_FAILED;
    if (view >= 0 && !has_findings(p, o))
        rc = fg_project_render(p, (size_t)view, o->render_svg ? FG_RENDER_SVG : FG_RENDER_DOT, o->timeout_s, &out,
                               &len);
    print_diags(p, o->diag_format, o);
    if (rc == FG_OK)
        fwrite(out, 1, len, stdout);
    free(out);
    if (view < 0 || fg_project_io_failed(p))
        return FG_STATUS_FAILURE;
    if (has_findings(p, o) && !o->quiet) {
        fprintf(stderr, "factgraph: nothing rendered: ");
        print_problem_count(p);
        fprintf(stderr, "\n");
    }
    return rc == FG_OK ? FG_STATUS_OK : has_findings(p, o) ? FG_STATUS_FINDINGS : FG_STATUS_FAILURE;
}

/* A side's diagnostics, each place prefixed with the revision as git
 * names a file at a revision (HEAD~1:facts/x.yaml:3:5: ...); the working
 * tree's as check prints them. */
static void print_side_diags(fg_project *p, const char *rev, const fg_options *o)
{
    if (!rev) {
        print_diags(p, FG_FORMAT_HUMAN, o);
        return;
    }
    fg_diagnostic d;
    for (size_t i = 0; fg_project_diagnostic(p, i, &d); i++) {
        const char *sev = d.severity == FG_SEV_ERROR ? "error" : "warning";
        if (*d.file)
            fprintf(stderr, "%s:%s:%u:%u: %s: %s [%s]\n", rev, d.file, d.line, d.column, sev, d.message, d.rule);
        else
            fprintf(stderr, "%s: %s: %s [%s]\n", rev, sev, d.message, d.rule);
    }
    if (fg_project_error_count(p))
        fprintf(stderr, "factgraph: %s: %zu %s: compared as far as it loaded\n", rev, fg_project_error_count(p),
                fg_project_error_count(p) == 1 ? "error" : "errors");
}

/* One side of a diff: revision rev, or the working tree when rev is NULL. */
static fg_project *open_side(const fg_options *o, const char *rev)
{
    if (!rev)
        return fg_project_open(o->root, o->jobs);
    char *error = NULL;
    fg_project *p = fg_project_open_git(o->root, rev, o->jobs, &error);
    if (!p)
        fprintf(stderr, "factgraph: %s\n", error);
    free(error);
    return p;
}

/* diff --view NAME: the view must be on one side at least (a typo must
 * not draw nothing); one side only is said. Returns false after an error. */
static bool picture_view_exists(fg_project *a, fg_project *b, const char *before, const char *after,
                                const char *view)
{
    bool in_a = fg_project_find_view(a, view) >= 0, in_b = fg_project_find_view(b, view) >= 0;
    if (!in_a && !in_b) {
        char *hint = fg_project_view_hint(b, view);
        if (!*hint) {
            free(hint);
            hint = fg_project_view_hint(a, view);
        }
        fprintf(stderr, "factgraph: no view named '%s' in graphs/ of %s or of %s%s\n", view, before, after, hint);
        free(hint);
        return false;
    }
    if (!in_b)
        fprintf(stderr, "factgraph: view '%s' is only in %s: drawn as %s defines it\n", view, before, before);
    else if (!in_a)
        fprintf(stderr, "factgraph: view '%s' is only in %s: all it shows is added\n", view, after);
    return true;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* What went wrong while drawing: the diagnostics added since the first
 * seen (the others were printed with their side). */
static void print_new_diags(const fg_project *p, size_t seen)
{
    fg_diagnostic d;
    for (size_t i = seen; fg_project_diagnostic(p, i, &d); i++)
        fprintf(stderr, "factgraph: %s: %s [%s]\n", d.severity == FG_SEV_ERROR ? "error" : "warning", d.message,
                d.rule);
}

/* diff --view NAME -o FILE: the picture, drawn only when both sides'
 * facts validate. */
static fg_status draw_picture(fg_project *a, fg_project *b, const char *before, const char *after,
                              const fg_options *o)
{
    if (!fg_project_valid(a) || !fg_project_valid(b)) {
        fprintf(stderr, "factgraph: no picture drawn: %s has errors\n",
                fg_project_valid(a) ? after : before);
        return FG_STATUS_FINDINGS;
    }
    fg_diff_picture_options po = {o->views[0], before, after,
                                  ends_with(o->output, ".dot") ? FG_RENDER_DOT : FG_RENDER_SVG, o->timeout_s,
                                  o->output};
    char *out = NULL;
    size_t len = 0;
    size_t seen_a = fg_project_diagnostic_count(a), seen_b = fg_project_diagnostic_count(b);
    fg_result rc = fg_diff_picture(a, b, &po, &out, &len);
    print_new_diags(a, seen_a);
    print_new_diags(b, seen_b);
    if (rc == FG_INVALID) /* checked above: not expected */
        fprintf(stderr, "factgraph: view '%s' cannot be drawn\n", o->views[0]);
    free(out);
    return rc == FG_OK ? FG_STATUS_OK : FG_STATUS_FAILURE;
}

/* diff [REV [REV]]: HEAD or REV against the working tree, or two revisions;
 * with --view, the picture too. */
static fg_status cmd_diff(const fg_options *o)
{
    const char *before = o->nrevs ? o->revs[0] : "HEAD", *after = o->nrevs > 1 ? o->revs[1] : NULL;
    const char *after_name = after ? after : "working tree";
    fg_project *a = open_side(o, before), *b = a ? open_side(o, after) : NULL;
    fg_status st = FG_STATUS_FAILURE;
    bool loaded = a && b && !fg_project_io_failed(a) && !fg_project_io_failed(b);
    /* An unknown view is a usage error: nothing is compared. */
    bool view_known = !loaded || !o->nviews || picture_view_exists(a, b, before, after_name, o->views[0]);
    if (a && b) {
        print_side_diags(a, before, o);
        print_side_diags(b, after, o);
    }
    if (loaded && view_known) {
        if (!fg_project_valid(a) || !fg_project_valid(b))
            fprintf(stderr, "factgraph: the diagrams are not compared while the facts have errors\n");
        fg_diff_options d = {o->diff_format, before, after_name, o->timeout_s};
        size_t changes = 0;
        if (fg_diff_write(a, b, &d, stdout, &changes) == FG_OK) {
            bool errors = fg_project_error_count(a) || fg_project_error_count(b);
            st = errors || (o->exit_code && changes) ? FG_STATUS_FINDINGS : FG_STATUS_OK;
            fg_status drawn = o->nviews ? draw_picture(a, b, before, after_name, o) : FG_STATUS_OK;
            st = drawn > st ? drawn : st; /* the worse of the two */
        } else {
            print_diags(a, FG_FORMAT_HUMAN, o);
            print_diags(b, FG_FORMAT_HUMAN, o);
        }
    }
    fg_project_free(a);
    fg_project_free(b);
    return st;
}

/* One record on stdout. Facts with errors are shown as far as they
 * loaded, and exit 1 like check; an id that names nothing exits 1. */
static fg_status cmd_show(fg_project *p, const fg_options *o)
{
    if (fg_project_io_failed(p)) {
        print_diags(p, FG_FORMAT_HUMAN, o);
        return FG_STATUS_FAILURE;
    }
    fg_result rc = fg_project_show(p, o->show_id, o->diag_format, stdout);
    if (rc == FG_INVALID) {
        char *hint = fg_project_id_hint(p, o->show_id);
        fprintf(stderr, "factgraph: no entity, event or source '%s'%s\n", o->show_id, hint);
        free(hint);
    }
    if (fg_project_error_count(p)) {
        fprintf(stderr, "factgraph: the facts have ");
        print_problem_count(p);
        fprintf(stderr, " (factgraph check shows them)\n");
    }
    if (rc == FG_FAILED)
        return FG_STATUS_FAILURE;
    return rc == FG_INVALID || fg_project_error_count(p) ? FG_STATUS_FINDINGS : FG_STATUS_OK;
}

fg_status fg_run(const fg_options *o)
{
    if (o->command == FG_CMD_DIFF)
        return cmd_diff(o);
    fg_project *p = fg_project_open(o->root, o->jobs);
    fg_status st = FG_STATUS_FAILURE;
    switch (o->command) {
    case FG_CMD_CHECK: st = cmd_check(p, o); break;
    case FG_CMD_BUILD:
    case FG_CMD_REPORT: st = cmd_build(p, o); break;
    case FG_CMD_EXPORT: st = cmd_export(p, o); break;
    case FG_CMD_RENDER: st = cmd_render(p, o); break;
    case FG_CMD_DIFF: break;
    case FG_CMD_SHOW: st = cmd_show(p, o); break;
    }
    fg_project_free(p);
    return st;
}
