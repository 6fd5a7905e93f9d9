#include "commands.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "export_json.h"
#include "output.h"
#include "report.h"
#include "project.h"
#include "suggest.h"
#include "xalloc.h"

static FILE *diag_stream(const fg_options *o)
{
    return o->format == FG_FORMAT_HUMAN ? stderr : stdout;
}

static void print_diags(fg_diags *d, fg_project *p, const fg_options *o)
{
    fg_diag_sort(d);
    fg_diag_print(d, &p->model.files, o->format, o->excerpts, diag_stream(o));
    fflush(diag_stream(o));
    if (d->dropped)
        fprintf(stderr, "factgraph: %zu more problems not shown (only the first %d found are kept)\n", d->dropped,
                FG_DIAG_LIMIT);
}

static void put_count(size_t n, const char *one, const char *many, const char *sep)
{
    fprintf(stderr, "%zu %s%s", n, n == 1 ? one : many, sep);
}

static void print_problem_count(const fg_diags *d)
{
    put_count(d->nerrors, "error", "errors", ", ");
    put_count(d->nwarnings, "warning", "warnings", "");
}

static void print_check_summary(const fg_project *p, const fg_diags *d, const fg_options *o)
{
    if (o->quiet)
        return;
    const fg_model *m = &p->model;
    size_t nevents = 0;
    for (size_t i = 0; i < m->nitems; i++)
        nevents += m->items[i].is_event;
    fprintf(stderr, "factgraph: ");
    print_problem_count(d);
    fprintf(stderr, " in ");
    put_count(p->nfiles, "file", "files", " (");
    put_count(m->nsources, "source", "sources", ", ");
    put_count(m->nitems - nevents, "entity", "entities", ", ");
    put_count(nevents, "event", "events", ", ");
    put_count(m->nrels, "relation", "relations", ", ");
    put_count(p->nviews, "view", "views", ")\n");
}

static bool has_findings(const fg_diags *d, const fg_options *o)
{
    return d->nerrors > 0 || (o->strict && d->nwarnings > 0);
}

static fg_status cmd_check(const fg_options *o)
{
    fg_diags d = {0};
    fg_project p;
    int rc = fg_project_load(&p, o->root, o->jobs, &d);
    print_diags(&d, &p, o);
    if (p.nfiles > 0) /* no summary of a project that is not there */
        print_check_summary(&p, &d, o);
    fg_status st = rc != 0 ? FG_STATUS_FAILURE : has_findings(&d, o) ? FG_STATUS_FINDINGS : FG_STATUS_OK;
    fg_project_release(&p);
    fg_diags_release(&d);
    return st;
}

/* Every --view must name a view of the project: a typo must not pass CI
 * by building nothing. */
static bool views_exist(fg_project *p, const fg_options *o)
{
    bool ok = true;
    for (size_t i = 0; i < o->nviews; i++) {
        if (fg_project_view(p, o->views[i]))
            continue;
        fg_suggest s;
        fg_suggest_init(&s, o->views[i]);
        for (size_t k = 0; k < p->nviews; k++)
            fg_suggest_consider(&s, p->views[k].name);
        fprintf(stderr, "factgraph: no view named '%s' in graphs/%s\n", o->views[i], fg_suggest_phrase(&s));
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
}

/* graphs/report.html, from the SVGs just built. Returns 0 with the bytes
 * written in *bytes, 1 when the page is too large (reported), or -1 when it
 * could not be written (reported). */
static int write_report(fg_project *p, const fg_strbuf *svgs, fg_diags *d, size_t *bytes)
{
    fg_strbuf html = FG_STRBUF_INIT, err = FG_STRBUF_INIT, dir = FG_STRBUF_INIT;
    fg_strbuf_printf(&dir, "%s/graphs", p->root);
    int rc = fg_report_html(p, svgs, &html, d) == 0 ? 0 : 1;
    if (rc == 0 && fg_write_atomic(dir.data, "report.html", html.data, html.len, &err) != 0) {
        fg_diag_error(d, (fg_pos){FG_NOFILE, 0, 0}, "io", "%s", err.data);
        rc = -1;
    }
    if (rc == 0)
        *bytes = html.len;
    fg_strbuf_release(&html);
    fg_strbuf_release(&err);
    fg_strbuf_release(&dir);
    return rc;
}

/* Build the views of a project whose facts are clean; for report, then
 * write the page from the SVGs this run rendered, unless a view could not
 * be built. */
static fg_status build_clean(fg_project *p, fg_diags *d, const fg_options *o)
{
    bool report = o->command == FG_CMD_REPORT;
    fg_strbuf *svgs = report ? fg_xcalloc(p->nviews + 1, sizeof *svgs) : NULL;
    fg_build_opts bo = {o->check, o->nviews ? o->views : NULL, o->nviews, o->timeout_s, svgs};
    fg_build_stats stats = {0};
    size_t report_bytes = 0;
    int rc = fg_build(p, &bo, d, &stats);
    if (rc == 0 && !stats.too_large && report) {
        rc = write_report(p, svgs, d, &report_bytes);
        if (rc > 0) { /* too large: a finding, like a view too large */
            stats.too_large++;
            rc = 0;
        }
    }
    for (size_t i = 0; svgs && i < p->nviews; i++)
        fg_strbuf_release(&svgs[i]);
    free(svgs);
    print_diags(d, p, o);
    print_build_summary(&stats, o);
    if (report_bytes && !o->quiet)
        fprintf(stderr, "factgraph: wrote graphs/report.html (%zu bytes)\n", report_bytes);
    if (rc != 0)
        return FG_STATUS_FAILURE;
    return stats.stale || stats.too_large ? FG_STATUS_FINDINGS : FG_STATUS_OK;
}

static fg_status cmd_build(const fg_options *o)
{
    fg_diags d = {0};
    fg_project p;
    fg_status st;
    if (fg_project_load(&p, o->root, o->jobs, &d) != 0 || !views_exist(&p, o)) {
        st = FG_STATUS_FAILURE;
        print_diags(&d, &p, o);
    } else if (has_findings(&d, o)) {
        st = FG_STATUS_FINDINGS;
        print_diags(&d, &p, o);
        if (!o->quiet) {
            fprintf(stderr, "factgraph: nothing built: ");
            print_problem_count(&d);
            fprintf(stderr, "\n");
        }
    } else {
        st = build_clean(&p, &d, o);
    }
    fg_project_release(&p);
    fg_diags_release(&d);
    return st;
}

static fg_status cmd_export(const fg_options *o)
{
    fg_diags d = {0};
    fg_project p;
    fg_status st = FG_STATUS_OK;
    int rc = fg_project_load(&p, o->root, o->jobs, &d);
    fg_options human = *o;
    human.format = FG_FORMAT_HUMAN; /* stdout carries the JSON */
    print_diags(&d, &p, &human);
    if (rc != 0) {
        st = FG_STATUS_FAILURE;
    } else if (d.nerrors) {
        if (!o->quiet) {
            fprintf(stderr, "factgraph: nothing exported: ");
            print_problem_count(&d);
            fprintf(stderr, "\n");
        }
        st = FG_STATUS_FINDINGS;
    } else {
        fg_strbuf out = FG_STRBUF_INIT;
        fg_export_json(&p.model, &out, stdout);
        fwrite(out.data, 1, out.len, stdout);
        fg_strbuf_release(&out);
    }
    fg_project_release(&p);
    fg_diags_release(&d);
    return st;
}

fg_status fg_run(const fg_options *o)
{
    switch (o->command) {
    case FG_CMD_CHECK: return cmd_check(o);
    case FG_CMD_BUILD:
    case FG_CMD_REPORT: return cmd_build(o);
    case FG_CMD_EXPORT: return cmd_export(o);
    }
    return FG_STATUS_FAILURE;
}
