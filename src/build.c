#include "build.h"

#include <sys/stat.h>
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "digest.h"
#include "jobs.h"
#include "orphans.h"
#include "ordered.h" /* fg_default_threads */
#include "output.h"
#include "render_dot.h"
#include "render_raster.h"
#include "render_svg.h"
#include "svg_decorate.h"
#include "svg_measure.h"
#include "xalloc.h"

typedef struct builder {
    fg_project *p;
    const fg_build_opts *opts;
    fg_diags *d;
    fg_build_stats *stats;
    GVC_t *gvc; /* one Graphviz context per process */
    char *outdir;
    fg_jobs *jobs; /* the layout and raster children */
} builder;


/* What is on disk where an output goes. */
typedef enum { OUT_MISSING, OUT_NOT_FILE, OUT_READ } out_state;

typedef struct on_disk {
    out_state state;
    char *text; /* OUT_READ: the bytes, the caller's to free */
    size_t len;
} on_disk;

/* Read graphs/name without following a symbolic link: a link there is no
 * file factgraph wrote, and could lead anywhere. */
static on_disk read_output(builder *b, const char *name)
{
    on_disk o = {OUT_MISSING, NULL, 0};
    fg_strbuf path = FG_STRBUF_INIT;
    fg_strbuf_printf(&path, "%s/%s", b->outdir, name);
    struct stat st;
    if (lstat(path.data, &st) == 0)
        o.state = S_ISREG(st.st_mode) && fg_read_file(path.data, SIZE_MAX, &o.text, &o.len) == 0 ? OUT_READ
                                                                                                 : OUT_NOT_FILE;
    fg_strbuf_release(&path);
    return o;
}

static bool same_bytes(const on_disk *o, const char *data, size_t len)
{
    return o->state == OUT_READ && o->len == len && memcmp(o->text, data, len) == 0;
}

static void report_stale(builder *b, const char *name, bool missing, const char *why)
{
    fg_strbuf rel = FG_STRBUF_INIT;
    fg_strbuf_printf(&rel, "graphs/%s", name);
    fg_diag_error(b->d, fg_project_output_pos(b->p, rel.data), missing ? "missing-output" : "stale-output",
                  "%s%s%s: run 'factgraph build'", missing ? "missing" : "out of date", *why ? " " : "", why);
    fg_strbuf_release(&rel);
    b->stats->stale++;
}

static const char not_a_file[] = "(a symbolic link or another kind of file, not one factgraph wrote)";

static int write_output(builder *b, const char *name, const char *data, size_t len)
{
    fg_strbuf err = FG_STRBUF_INIT;
    int rc = fg_write_atomic(b->outdir, name, data, len, &err);
    if (rc != 0)
        fg_diag_error(b->d, (fg_pos){FG_NOFILE, 0, 0}, "io", "%s", err.data);
    else
        b->stats->written++;
    fg_strbuf_release(&err);
    return rc;
}

static int build_dot(builder *b, const char *name, const fg_strbuf *dot)
{
    on_disk old = read_output(b, name);
    bool fresh = same_bytes(&old, dot->data, dot->len);
    out_state state = old.state;
    free(old.text);
    if (fresh) {
        b->stats->unchanged++;
        return 0;
    }
    if (b->opts->check) {
        report_stale(b, name, state == OUT_MISSING,
                     state == OUT_MISSING    ? ""
                     : state == OUT_NOT_FILE ? not_a_file
                                             : "(the facts or the view changed since it was built)");
        return 0;
    }
    return write_output(b, name, dot->data, dot->len);
}

/* One output of a view larger than FG_VIEW_OUTPUT_MAX is refused: facts
 * of a few hundred kilobytes must not make a build write gigabytes. */
static bool output_fits(builder *b, const fg_view *v, const char *what, size_t len)
{
    if (len <= FG_VIEW_OUTPUT_MAX)
        return true;
    fg_diag_error(b->d, v->title->pos, "output-too-large",
                  "view '%s': its %s would be %zu MiB, more than the limit of %zu MiB: narrow the view with "
                  "focus and depth, types, predicates or a date window",
                  v->name, what, (len + (1u << 20) - 1) >> 20, (size_t)FG_VIEW_OUTPUT_MAX >> 20);
    b->stats->too_large++;
    return false;
}

/* What to do with a view's SVG, decided before any layout runs. */
typedef enum {
    SVG_KEEP,   /* stamped from this DOT: taken as it is */
    SVG_STALE,  /* build --check: not from this DOT, reported without a layout */
    SVG_RENDER, /* laid out in this run */
} svg_plan;

/* A PNG or PDF drawn in a child from the SVG just rendered. */
typedef struct drawn {
    struct view_work *w;
    bool asked;
    int rc;
    fg_strbuf out, err;
    fg_strbuf msgs; /* what Graphviz said in the child */
    fg_raster job;
} drawn;

/* One view on its way through the build. prepare fills in what the view
 * needs, in any order of views; its layout and raster children fill in
 * what they made; finish reports and writes it all, in the order of the
 * views, so that messages and files do not depend on which child ended
 * first. */
typedef struct view_work {
    builder *b;
    const fg_view *v;
    fg_built_view *kept; /* for the report, or NULL */
    fg_selection sel;
    bool fits;     /* not too large for its layout */
    bool prepared;
    unsigned pending; /* children queued or running */
    int dot_rc;
    fg_strbuf dot;
    char digest[17];
    bool rasters; /* a PNG or PDF to make or check: drawn from the new SVG */
    svg_plan svg;
    out_state svg_state;   /* SVG_STALE: what was on disk */
    fg_stamp_status stamp; /* SVG_STALE: and its stamp */
    fg_layout layout;      /* SVG_RENDER */
    int svg_rc;            /* 0; -1 the layout failed (svg_err says why); -2 Graphviz's SVG had no size */
    fg_strbuf svg_out, svg_err;
    fg_strbuf svg_msgs; /* what Graphviz said in the layout child */
    drawn raster[2]; /* PNG, PDF */
} view_work;

static const struct {
    fg_raster_format fmt;
    const char *ext, *what;
} raster_kinds[] = {{FG_RASTER_PNG, "png", "PNG"}, {FG_RASTER_PDF, "pdf", "PDF"}};

static bool wants_raster(const fg_view *v, size_t k)
{
    return raster_kinds[k].fmt == FG_RASTER_PNG ? v->want_png : v->want_pdf;
}

/* In the parent, once the child drew a PNG or PDF. */
static void raster_done(void *ctx, const fg_job_result *r)
{
    drawn *dr = ctx;
    dr->rc = fg_raster_result(&dr->job, r, &dr->out, &dr->err, &dr->msgs);
    dr->w->pending--;
}

/* Each PNG and PDF the view lists, drawn from its new SVG. */
static void queue_rasters(view_work *w)
{
    for (size_t k = 0; k < 2; k++) {
        if (!wants_raster(w->v, k))
            continue;
        drawn *dr = &w->raster[k];
        dr->w = w;
        dr->asked = true;
        dr->job = (fg_raster){w->b->gvc, w->svg_out.data, w->svg_out.len, raster_kinds[k].fmt, w->digest,
                              w->b->opts->timeout_s};
        w->pending++;
        fg_jobs_add(w->b->jobs, fg_raster_body, &dr->job, raster_done, dr);
    }
}

/* In the parent, once the layout child ended: decorate with legend and
 * sources, stamp, and draw the PNG and PDF from the result. */
static void layout_done(void *ctx, const fg_job_result *r)
{
    view_work *w = ctx;
    fg_strbuf svg = FG_STRBUF_INIT, decorated = FG_STRBUF_INIT;
    w->svg_rc = fg_layout_result(&w->layout, r, &svg, &w->svg_err, &w->svg_msgs);
    agclose(w->layout.g);
    w->layout.g = NULL;
    if (w->svg_rc == 0 && fg_svg_decorate(svg.data, svg.len, w->v, &w->b->p->model, &w->sel, &decorated) != 0)
        w->svg_rc = -2;
    else if (w->svg_rc == 0)
        fg_stamp_svg(decorated.data, decorated.len, w->digest, &w->svg_out);
    fg_strbuf_release(&svg);
    fg_strbuf_release(&decorated);
    w->pending--;
    if (w->svg_rc == 0 && w->rasters && w->svg_out.len <= FG_VIEW_OUTPUT_MAX)
        queue_rasters(w);
}

/* Queue the layout of g, which the job closes. */
static void lay_out(view_work *w, Agraph_t *g)
{
    w->svg = SVG_RENDER;
    w->layout = (fg_layout){w->b->gvc, g, fg_view_engine(w->v), w->b->opts->timeout_s};
    w->pending++;
    fg_jobs_add(w->b->jobs, fg_layout_body, &w->layout, layout_done, w);
}

static void report_layout_failure(builder *b, const view_work *w)
{
    if (w->svg_rc == -1)
        fg_diag_error(b->d, w->v->title->pos, "layout-failed", "view '%s': %s", w->v->name, w->svg_err.data);
    else if (w->svg_rc == -2)
        fg_diag_error(b->d, w->v->title->pos, "layout-failed", "view '%s': Graphviz wrote an SVG without a size",
                      w->v->name);
}

/* What Graphviz said in a child, a warning a line naming the view, so
 * that it is reported with the view, in view order, for any -j. */
static void report_gv_messages(builder *b, const fg_view *v, const fg_strbuf *msgs)
{
    const char *p = msgs->data ? msgs->data : "";
    while (*p) {
        size_t n = strcspn(p, "\n");
        if (n)
            fg_diag_warning(b->d, v->title->pos, "layout-warning", "view '%s': Graphviz: %.*s", v->name, (int)n, p);
        p += n + (p[n] == '\n');
    }
}

static const char *stamp_problem(fg_stamp_status st)
{
    switch (st) {
    case FG_STAMP_OK: return "";
    case FG_STAMP_NONE: return "(it has no stamp of this factgraph: edited, truncated or made by an older version)";
    case FG_STAMP_OTHER_DOT: return "(it was not rendered from the current DOT)";
    case FG_STAMP_EDITED: return "(its bytes changed after it was rendered: edited by hand or truncated)";
    }
    return "";
}

/* A PNG or PDF of the view is made from its SVG as rendered in this run;
 * when the SVG is not rendered, the file on disk must carry the stamp of
 * this DOT. Like an SVG, build --check renders it again and compares the
 * bytes. */
static bool raster_fresh(builder *b, const char *name, fg_raster_format fmt, const char *digest)
{
    on_disk old = read_output(b, name);
    bool ok = old.state == OUT_READ && fg_raster_stamped(old.text, old.len, fmt, digest);
    free(old.text);
    return ok;
}

/* Whether a PNG or PDF the view lists is to be made (or checked): then
 * its SVG is rendered in this run. */
static bool needs_rasters(builder *b, const fg_view *v, const char *digest)
{
    bool rasters = false;
    for (size_t k = 0; k < 2; k++) {
        if (!wants_raster(v, k))
            continue;
        fg_strbuf name = FG_STRBUF_INIT;
        fg_strbuf_printf(&name, "%s.%s", v->name, raster_kinds[k].ext);
        if (b->opts->check || !raster_fresh(b, name.data, raster_kinds[k].fmt, digest))
            rasters = true;
        fg_strbuf_release(&name);
    }
    return rasters;
}

/* An SVG whose stamp says it was made from this DOT and not changed since
 * is taken as it is by build, without a layout. A stamp can be forged, so
 * build --check (the CI gate) and report (which inlines the SVG in a page)
 * render it again and compare the bytes: nothing that was not rendered
 * from the facts passes the gate or reaches the page. */
static void plan_svg(view_work *w, Agraph_t *g)
{
    builder *b = w->b;
    fg_strbuf name = FG_STRBUF_INIT;
    fg_strbuf_printf(&name, "%s.svg", w->v->name);
    on_disk old = read_output(b, name.data);
    fg_stamp_status st = old.state == OUT_READ ? fg_stamp_check(old.text, old.len, w->digest) : FG_STAMP_NONE;
    bool stamped = st == FG_STAMP_OK;
    if (stamped && !b->opts->check && !w->kept && !w->rasters) {
        w->svg = SVG_KEEP;
        agclose(g);
    } else if (!stamped && b->opts->check) {
        w->svg = SVG_STALE;
        w->svg_state = old.state;
        w->stamp = st;
        agclose(g);
    } else {
        lay_out(w, g);
    }
    free(old.text);
    fg_strbuf_release(&name);
}

/* The digest of view w's DOT and of what the decoration adds to its SVG
 * (title, description, legend, sources, options), which the DOT does not
 * hold: a change to either renders the SVG again. */
static void digest_view(view_work *w)
{
    fg_strbuf key = FG_STRBUF_INIT;
    fg_svg_decoration_key(w->v, &w->b->p->model, &w->sel, &key);
    fg_digest_dot(w->dot.data, w->dot.len, key.data ? key.data : "", w->digest);
    fg_strbuf_release(&key);
}

/* Everything about view w that does not write or report: its graph, its
 * DOT, and what is to be laid out and drawn, queued. */
static void prepare(view_work *w)
{
    w->prepared = true;
    if (!w->fits)
        return;
    Agraph_t *g = fg_render_graph(w->v, &w->b->p->model, &w->sel);
    w->dot_rc = fg_render_dot(g, &w->dot);
    if (w->dot_rc != 0 || w->dot.len > FG_VIEW_OUTPUT_MAX) {
        agclose(g);
        return;
    }
    digest_view(w);
    w->rasters = needs_rasters(w->b, w->v, w->digest);
    plan_svg(w, g);
}

/* build -v: the smallest text of the SVG kept on disk. */
static void print_text_size(builder *b, const fg_view *v, const char *name)
{
    on_disk old = read_output(b, name);
    if (old.state == OUT_READ)
        fg_svg_print_text_size(b->opts->verbose, v->name, v->is_index, old.text, old.len);
    free(old.text);
}

/* How finishing a view's SVG went. */
typedef enum {
    SVG_DONE,    /* kept, written, checked or reported stale: its PNG and PDF follow */
    SVG_REFUSED, /* larger than FG_VIEW_OUTPUT_MAX, reported: no PNG or PDF either */
    SVG_FAILED,  /* not laid out, or not written: reported, no PNG or PDF */
} svg_outcome;

/* The SVG as planned and made. */
static svg_outcome finish_svg(builder *b, view_work *w, const char *name)
{
    if (w->svg == SVG_RENDER)
        report_gv_messages(b, w->v, &w->svg_msgs);
    if (w->svg == SVG_KEEP) {
        b->stats->unchanged++;
        if (b->opts->verbose)
            print_text_size(b, w->v, name);
        return SVG_DONE;
    }
    if (w->svg == SVG_STALE) {
        report_stale(b, name, w->svg_state == OUT_MISSING,
                     w->svg_state == OUT_MISSING    ? ""
                     : w->svg_state == OUT_NOT_FILE ? not_a_file
                                                    : stamp_problem(w->stamp));
        return SVG_DONE;
    }
    b->stats->laid_out++;
    if (w->svg_rc != 0) {
        report_layout_failure(b, w);
        return SVG_FAILED;
    }
    on_disk old = read_output(b, name);
    const fg_strbuf *out = &w->svg_out;
    if (!output_fits(b, w->v, "SVG", out->len)) {
        free(old.text);
        return SVG_REFUSED; /* reported, like a view too large to lay out */
    }
    int rc = 0;
    if (same_bytes(&old, out->data, out->len)) {
        b->stats->unchanged++;
    } else if (b->opts->check) {
        report_stale(b, name, false,
                     "(its stamp is right but its bytes are not what its DOT renders to: edited by hand, "
                     "or rendered with another Graphviz or other fonts)");
    } else {
        rc = write_output(b, name, out->data, out->len);
    }
    if (rc == 0 && b->opts->verbose)
        fg_svg_print_text_size(b->opts->verbose, w->v->name, w->v->is_index, out->data, out->len);
    if (rc == 0 && w->kept)
        fg_strbuf_put(&w->kept->svg, out->data, out->len);
    free(old.text);
    return rc == 0 ? SVG_DONE : SVG_FAILED;
}

static int finish_raster(builder *b, const view_work *w, const char *name, size_t k)
{
    const drawn *dr = &w->raster[k];
    on_disk old = read_output(b, name);
    int rc = dr->rc;
    report_gv_messages(b, w->v, &dr->msgs);
    if (rc != 0) {
        fg_diag_error(b->d, w->v->title->pos, "layout-failed", "view '%s': %s", w->v->name, dr->err.data);
    } else if (!output_fits(b, w->v, raster_kinds[k].what, dr->out.len)) {
        rc = 0;
    } else if (same_bytes(&old, dr->out.data, dr->out.len)) {
        b->stats->unchanged++;
    } else if (b->opts->check) {
        report_stale(b, name, old.state == OUT_MISSING,
                     old.state == OUT_MISSING    ? ""
                     : old.state == OUT_NOT_FILE ? not_a_file
                                                 : "(its bytes are not what its SVG renders to)");
    } else {
        rc = write_output(b, name, dr->out.data, dr->out.len);
    }
    free(old.text);
    return rc;
}

static int finish_rasters(builder *b, const view_work *w)
{
    int rc = 0;
    for (size_t k = 0; k < 2; k++) {
        if (!wants_raster(w->v, k))
            continue;
        fg_strbuf name = FG_STRBUF_INIT;
        fg_strbuf_printf(&name, "%s.%s", w->v->name, raster_kinds[k].ext);
        if (w->raster[k].asked) {
            if (finish_raster(b, w, name.data, k) != 0)
                rc = -1;
        } else if (raster_fresh(b, name.data, raster_kinds[k].fmt, w->digest)) {
            b->stats->unchanged++;
        } else { /* build --check, its SVG stale too and not rendered */
            on_disk old = read_output(b, name.data);
            report_stale(b, name.data, old.state == OUT_MISSING,
                         old.state == OUT_MISSING    ? ""
                         : old.state == OUT_NOT_FILE ? not_a_file
                                                     : "(it was not rendered from the current DOT)");
            free(old.text);
        }
        fg_strbuf_release(&name);
    }
    return rc;
}

/* Nodes a layout engine handles in seconds on this project's 2-core
 * machine, measured with Graphviz 2.43 as factgraph sets it up: dot takes
 * 0.7 s for a 1,000-node local DAG, 3 s for 2,000 and 8 s for 3,000;
 * neato with curved edges passes a minute at 1,000 nodes; sfdp with
 * straight lines lays out a 2,000-node graph in 1.7 s and a generated base
 * of 10,000 relations in 6.4 s. */
size_t fg_build_node_limit(const char *engine)
{
    if (strcmp(engine, "sfdp") == 0)
        return 20000;
    if (strcmp(engine, "dot") == 0)
        return 2000;
    return 500;
}

/* A view too large for its layout is refused with advice, rather than
 * left running for minutes. */
static bool fits_layout(const fg_view *v, const fg_selection *sel)
{
    return sel->nitems <= fg_build_node_limit(fg_view_engine(v));
}

static void report_too_large(builder *b, const fg_view *v, const fg_selection *sel)
{
    const char *engine = fg_view_engine(v);
    /* sfdp is the advice for the others; past its own limit only a
     * narrower view helps. */
    bool is_sfdp = strcmp(engine, "sfdp") == 0;
    fg_diag_error(b->d, v->title->pos, "view-too-large",
                  "view '%s' has %zu nodes, more than layout %s draws in reasonable time (%zu): narrow it with "
                  "focus and depth, types, predicates or a date window%s",
                  v->name, sel->nitems, engine, fg_build_node_limit(engine), is_sfdp ? "" : ", or use layout: sfdp");
    b->stats->too_large++;
}

static int finish_outputs(builder *b, view_work *w)
{
    const fg_view *v = w->v;
    if (w->dot_rc != 0) {
        fg_diag_error(b->d, v->title->pos, "io", "view '%s': cannot write DOT", v->name);
        return -1;
    }
    if (!output_fits(b, v, "DOT", w->dot.len))
        return 0;
    b->stats->views++;
    fg_strbuf name = FG_STRBUF_INIT;
    fg_strbuf_printf(&name, "%s.dot", v->name);
    int rc = build_dot(b, name.data, &w->dot);
    fg_strbuf_reset(&name);
    fg_strbuf_printf(&name, "%s.svg", v->name);
    /* No PNG or PDF when the SVG failed or was refused, as a layout that
     * failed has none: the SVG's message says it all. */
    svg_outcome svg = finish_svg(b, w, name.data);
    if (svg == SVG_FAILED || (svg == SVG_DONE && (v->want_png || v->want_pdf) && finish_rasters(b, w) != 0))
        rc = -1;
    fg_strbuf_release(&name);
    return rc;
}

static void view_work_release(view_work *w)
{
    fg_strbuf_release(&w->dot);
    fg_strbuf_release(&w->svg_out);
    fg_strbuf_release(&w->svg_err);
    fg_strbuf_release(&w->svg_msgs);
    for (size_t k = 0; k < 2; k++) {
        fg_strbuf_release(&w->raster[k].out);
        fg_strbuf_release(&w->raster[k].err);
        fg_strbuf_release(&w->raster[k].msgs);
    }
}

/* Report and write view w, whose children have all ended. */
static int finish(view_work *w)
{
    builder *b = w->b;
    int rc = 0;
    if (!w->fits)
        report_too_large(b, w->v, &w->sel);
    else
        rc = finish_outputs(b, w);
    if (w->fits && w->kept && rc == 0) { /* the report takes the selection over */
        w->kept->sel = w->sel;
        w->kept->done = true;
    } else {
        fg_selection_release(&w->sel);
    }
    view_work_release(w);
    return rc;
}

void fg_built_view_release(fg_built_view *b)
{
    if (b->done)
        fg_selection_release(&b->sel);
    fg_strbuf_release(&b->svg);
    b->done = false;
}

static bool wanted(const fg_build_opts *opts, const char *name)
{
    if (!opts->views)
        return true;
    for (size_t i = 0; i < opts->nviews; i++)
        if (strcmp(opts->views[i], name) == 0)
            return true;
    return false;
}

static void plan(view_work *w, builder *b, const fg_view *v, fg_built_view *kept)
{
    w->b = b;
    w->v = v;
    w->kept = kept;
    fg_view_select(v, &b->p->model, &w->sel);
    w->fits = fits_layout(v, &w->sel);
}

/* Views prepared ahead of the first one not yet written, at most: what
 * their children made waits in memory until it is written. */
enum { AHEAD = 32 };

/* How long a view's children take, roughly, before its size counts: a
 * PNG or PDF (cairo takes longer over a large PNG than most layouts), then
 * a timeline (its edges are routed around the events: 0.5 s for the
 * repository's, ten times a dot view of its size), then the rest. */
static int cost_class(const fg_view *v)
{
    return v->want_png || v->want_pdf ? 2 : fg_view_is_timeline(v) ? 1 : 0;
}

/* Whether view a is to start before view b: the longest first, so that
 * the build does not end waiting for one long child started last: by
 * cost_class, then those with the most nodes and edges, else in view
 * order. */
static bool costlier(const view_work *a, const view_work *b)
{
    int ka = cost_class(a->v), kb = cost_class(b->v);
    if (ka != kb)
        return ka > kb;
    size_t ca = a->sel.nitems + a->sel.nrels, cb = b->sel.nitems + b->sel.nrels;
    return ca != cb ? ca > cb : a < b;
}

/* The view to prepare next: the costliest not yet prepared among the
 * AHEAD from the first not written; NULL if there is none. */
static view_work *next_to_prepare(view_work *work, size_t n, size_t finished)
{
    view_work *best = NULL;
    size_t end = n - finished > AHEAD ? finished + AHEAD : n;
    for (size_t i = finished; i < end; i++)
        if (!work[i].prepared && (!best || costlier(&work[i], best)))
            best = &work[i];
    return best;
}

/* Prepare the views, their children up to the number of jobs at once,
 * and finish each in view order as soon as it and the views before it
 * are done. */
static int run_views(builder *b, view_work *work, size_t n)
{
    b->jobs = fg_jobs_new(b->opts->jobs ? b->opts->jobs : fg_default_threads());
    int rc = 0;
    size_t finished = 0;
    while (finished < n) {
        view_work *w = &work[finished], *next;
        if (w->prepared && !w->pending) {
            if (finish(w) != 0)
                rc = -1;
            finished++;
        } else if (fg_jobs_room(b->jobs) && (next = next_to_prepare(work, n, finished)) != NULL) {
            prepare(next);
        } else {
            fg_jobs_step(b->jobs);
        }
    }
    fg_jobs_free(b->jobs);
    b->jobs = NULL;
    return rc;
}

int fg_build(fg_project *p, const fg_build_opts *opts, fg_diags *diags, fg_build_stats *stats)
{
    builder b = {p, opts, diags, stats, NULL, NULL, NULL};
    memset(stats, 0, sizeof *stats);
    if (p->graphs_refused)
        return -1; /* reported by the loader: nothing is written there */
    /* gvContext() changes the default node label of every graph made after
     * it (label="\N" appears in the DOT), so it is made first, always, in
     * check mode too: otherwise the DOT would depend on which views were
     * rendered before. */
    b.gvc = gvContext();
    fg_strbuf outdir = FG_STRBUF_INIT;
    fg_strbuf_printf(&outdir, "%s/graphs", p->root);
    b.outdir = outdir.data;
    view_work *work = fg_xcalloc(p->nviews ? p->nviews : 1, sizeof *work);
    size_t n = 0;
    for (size_t i = 0; i < p->nviews; i++) {
        const fg_view *v = &p->views[i];
        if (v->ok && wanted(opts, v->name))
            plan(&work[n++], &b, v, opts->built ? &opts->built[i] : NULL);
    }
    int rc = run_views(&b, work, n);
    free(work);
    if (!opts->views)
        fg_build_orphans(p, b.outdir, opts->check, diags, stats);
    gvFreeContext(b.gvc);
    fg_strbuf_release(&outdir);
    return rc;
}

int fg_build_render_view(fg_project *p, const fg_view *v, bool svg, unsigned timeout_s, fg_strbuf *out,
                         fg_diags *diags)
{
    fg_build_opts opts = {.timeout_s = timeout_s};
    fg_build_stats stats = {0};
    /* Made first, as in fg_build: it changes the DOT of graphs made after it. */
    builder b = {p, &opts, diags, &stats, gvContext(), NULL, fg_jobs_new(1)};
    view_work w = {0};
    plan(&w, &b, v, NULL);
    int rc = -1;
    if (!w.fits) {
        report_too_large(&b, v, &w.sel);
    } else {
        Agraph_t *g = fg_render_graph(v, &p->model, &w.sel);
        rc = fg_render_dot(g, &w.dot);
        if (rc != 0) {
            fg_diag_error(diags, v->title->pos, "io", "view '%s': cannot write DOT", v->name);
        } else if (!output_fits(&b, v, "DOT", w.dot.len)) {
            rc = -1;
        } else if (!svg) {
            fg_strbuf_put(out, w.dot.data, w.dot.len);
        } else {
            digest_view(&w);
            lay_out(&w, g); /* which closes g */
            g = NULL;
            while (fg_jobs_step(b.jobs))
                ;
            report_gv_messages(&b, v, &w.svg_msgs);
            report_layout_failure(&b, &w);
            rc = w.svg_rc == 0 ? 0 : -1;
            if (rc == 0)
                fg_strbuf_put(out, w.svg_out.data, w.svg_out.len);
        }
        if (g)
            agclose(g);
    }
    fg_selection_release(&w.sel);
    view_work_release(&w);
    fg_jobs_free(b.jobs);
    gvFreeContext(b.gvc);
    return rc;
}
