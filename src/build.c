#include "build.h"

#include <ctype.h>
#include <dirent.h>
#include <sys/stat.h>
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "digest.h"
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
} builder;

/* Outputs are registered as files (without text) so that diagnostics can
 * name them like any other file. */
static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static fg_pos output_pos(builder *b, const char *rel)
{
    uint32_t index = fg_files_add(&b->p->model.files, rel, fg_xstrdup(""), 0);
    return (fg_pos){index, 0, 0};
}

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
    fg_diag_error(b->d, output_pos(b, rel.data), missing ? "missing-output" : "stale-output",
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

/* Lay out, decorate with legend and sources, stamp. */
static int render_svg(builder *b, const fg_view *v, const fg_selection *sel, Agraph_t *g, const char *digest,
                      fg_strbuf *out)
{
    fg_strbuf svg = FG_STRBUF_INIT, err = FG_STRBUF_INIT, decorated = FG_STRBUF_INIT;
    int rc = fg_render_svg(b->gvc, g, fg_view_engine(v), b->opts->timeout_s, &svg, &err);
    b->stats->laid_out++;
    if (rc != 0) {
        fg_diag_error(b->d, v->title->pos, "layout-failed", "view '%s': %s", v->name, err.data);
    } else if (fg_svg_decorate(svg.data, svg.len, v, &b->p->model, sel, &decorated) != 0) {
        fg_diag_error(b->d, v->title->pos, "layout-failed", "view '%s': Graphviz wrote an SVG without a size",
                      v->name);
        rc = -1;
    } else {
        fg_stamp_svg(decorated.data, decorated.len, digest, out);
    }
    fg_strbuf_release(&svg);
    fg_strbuf_release(&err);
    fg_strbuf_release(&decorated);
    return rc;
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

/* An SVG whose stamp says it was made from this DOT and not changed since
 * is taken as it is by build, without a layout. A stamp can be forged, so
 * build --check (the CI gate) and report (which inlines the SVG in a page)
 * render it again and compare the bytes: nothing that was not rendered
 * from the facts passes the gate or reaches the page. */
static int build_svg(builder *b, const fg_view *v, const fg_selection *sel, Agraph_t *g, const char *name,
                     const fg_strbuf *dot, fg_strbuf *kept)
{
    char digest[17];
    fg_digest_dot(dot->data, dot->len, fg_svg_options(v), digest);
    on_disk old = read_output(b, name);
    fg_stamp_status st = old.state == OUT_READ ? fg_stamp_check(old.text, old.len, digest) : FG_STAMP_NONE;
    bool stamped = st == FG_STAMP_OK;
    int rc = 0;
    if (stamped && !b->opts->check && !kept) {
        b->stats->unchanged++;
        if (b->opts->verbose)
            fg_svg_print_text_size(b->opts->verbose, v->name, v->is_index, old.text, old.len);
    } else if (!stamped && b->opts->check) {
        report_stale(b, name, old.state == OUT_MISSING,
                     old.state == OUT_MISSING ? "" : old.state == OUT_NOT_FILE ? not_a_file : stamp_problem(st));
    } else {
        fg_strbuf out = FG_STRBUF_INIT;
        rc = render_svg(b, v, sel, g, digest, &out);
        if (rc == 0 && !output_fits(b, v, "SVG", out.len)) {
            rc = 1; /* refused and reported, like a view too large to lay out */
        } else if (rc == 0 && same_bytes(&old, out.data, out.len)) {
            b->stats->unchanged++;
        } else if (rc == 0 && b->opts->check) {
            report_stale(b, name, false,
                         "(its stamp is right but its bytes are not what its DOT renders to: edited by hand, "
                         "or rendered with another Graphviz or other fonts)");
        } else if (rc == 0) {
            rc = write_output(b, name, out.data, out.len);
        }
        if (rc == 0 && b->opts->verbose)
            fg_svg_print_text_size(b->opts->verbose, v->name, v->is_index, out.data, out.len);
        if (rc == 0 && kept)
            fg_strbuf_put(kept, out.data, out.len);
        fg_strbuf_release(&out);
        rc = rc < 0 ? -1 : 0;
    }
    free(old.text);
    return rc;
}

/* A PNG or PDF of the view, from its SVG as just rendered (svg), or NULL
 * when the SVG was not rendered in this run: then the file on disk must
 * carry the stamp of this DOT. Like an SVG, build --check renders it again
 * and compares the bytes. */
static bool raster_fresh(builder *b, const char *name, fg_raster_format fmt, const char *digest)
{
    on_disk old = read_output(b, name);
    bool ok = old.state == OUT_READ && fg_raster_stamped(old.text, old.len, fmt, digest);
    free(old.text);
    return ok;
}

static int build_raster(builder *b, const fg_view *v, const char *name, fg_raster_format fmt,
                        const fg_strbuf *svg, const char *digest)
{
    on_disk old = read_output(b, name);
    fg_strbuf out = FG_STRBUF_INIT, err = FG_STRBUF_INIT;
    int rc = fg_render_raster(b->gvc, svg->data, svg->len, fmt, digest, &out, &err);
    if (rc != 0) {
        fg_diag_error(b->d, v->title->pos, "layout-failed", "view '%s': %s", v->name, err.data);
    } else if (!output_fits(b, v, fmt == FG_RASTER_PNG ? "PNG" : "PDF", out.len)) {
        rc = 0;
    } else if (same_bytes(&old, out.data, out.len)) {
        b->stats->unchanged++;
    } else if (b->opts->check) {
        report_stale(b, name, old.state == OUT_MISSING,
                     old.state == OUT_MISSING    ? ""
                     : old.state == OUT_NOT_FILE ? not_a_file
                                                 : "(its bytes are not what its SVG renders to)");
    } else {
        rc = write_output(b, name, out.data, out.len);
    }
    free(old.text);
    fg_strbuf_release(&out);
    fg_strbuf_release(&err);
    return rc;
}

static int build_rasters(builder *b, const fg_view *v, const fg_strbuf *svg, const char *digest)
{
    static const struct {
        fg_raster_format fmt;
        const char *ext;
    } kinds[] = {{FG_RASTER_PNG, "png"}, {FG_RASTER_PDF, "pdf"}};
    int rc = 0;
    for (size_t i = 0; i < 2; i++) {
        if (!(kinds[i].fmt == FG_RASTER_PNG ? v->want_png : v->want_pdf))
            continue;
        fg_strbuf name = FG_STRBUF_INIT;
        fg_strbuf_printf(&name, "%s.%s", v->name, kinds[i].ext);
        if (svg->len) {
            if (build_raster(b, v, name.data, kinds[i].fmt, svg, digest) != 0)
                rc = -1;
        } else if (raster_fresh(b, name.data, kinds[i].fmt, digest)) {
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
static bool fits_layout(builder *b, const fg_view *v, const fg_selection *sel)
{
    const char *engine = fg_view_engine(v);
    if (sel->nitems <= fg_build_node_limit(engine))
        return true;
    /* sfdp is the advice for the others; past its own limit only a
     * narrower view helps. */
    bool is_sfdp = strcmp(engine, "sfdp") == 0;
    fg_diag_error(b->d, v->title->pos, "view-too-large",
                  "view '%s' has %zu nodes, more than layout %s draws in reasonable time (%zu): narrow it with "
                  "focus and depth, types, predicates or a date window%s",
                  v->name, sel->nitems, engine, fg_build_node_limit(engine), is_sfdp ? "" : ", or use layout: sfdp");
    b->stats->too_large++;
    return false;
}

static int build_view(builder *b, const fg_view *v, fg_built_view *kept)
{
    fg_selection sel;
    fg_view_select(v, &b->p->model, &sel);
    if (!fits_layout(b, v, &sel)) {
        fg_selection_release(&sel);
        return 0;
    }
    Agraph_t *g = fg_render_graph(v, &b->p->model, &sel);
    fg_strbuf dot = FG_STRBUF_INIT, name = FG_STRBUF_INIT;
    int rc = fg_render_dot(g, &dot);
    if (rc != 0) {
        fg_diag_error(b->d, v->title->pos, "io", "view '%s': cannot write DOT", v->name);
    } else if (output_fits(b, v, "DOT", dot.len)) {
        b->stats->views++;
        fg_strbuf_printf(&name, "%s.dot", v->name);
        rc = build_dot(b, name.data, &dot);
        fg_strbuf_reset(&name);
        fg_strbuf_printf(&name, "%s.svg", v->name);
        /* A PNG or PDF to make (or to check) needs the SVG rendered in
         * this run. */
        char digest[17];
        fg_digest_dot(dot.data, dot.len, fg_svg_options(v), digest);
        bool rasters = false;
        const char *exts[] = {v->want_png ? "png" : NULL, v->want_pdf ? "pdf" : NULL};
        for (size_t i = 0; i < 2; i++) {
            fg_strbuf rn = FG_STRBUF_INIT;
            fg_strbuf_printf(&rn, "%s.%s", v->name, exts[i] ? exts[i] : "");
            if (exts[i] && (b->opts->check || !raster_fresh(b, rn.data, i ? FG_RASTER_PDF : FG_RASTER_PNG, digest)))
                rasters = true;
            fg_strbuf_release(&rn);
        }
        fg_strbuf svg = FG_STRBUF_INIT;
        fg_strbuf *keep = kept ? &kept->svg : rasters ? &svg : NULL;
        size_t before = keep ? keep->len : 0;
        if (build_svg(b, v, &sel, g, name.data, &dot, keep) != 0)
            rc = -1;
        else if (v->want_png || v->want_pdf) {
            fg_strbuf none = FG_STRBUF_INIT;
            const fg_strbuf *drawn = rasters && keep && keep->len > before ? keep : &none;
            if (build_rasters(b, v, drawn, digest) != 0)
                rc = -1;
        }
        fg_strbuf_release(&svg);
    }
    fg_strbuf_release(&dot);
    fg_strbuf_release(&name);
    agclose(g);
    if (kept && rc == 0) { /* the report takes the selection over */
        kept->sel = sel;
        kept->done = true;
    } else {
        fg_selection_release(&sel);
    }
    return rc;
}

void fg_built_view_release(fg_built_view *b)
{
    if (b->done)
        fg_selection_release(&b->sel);
    fg_strbuf_release(&b->svg);
    b->done = false;
}

/* Whether name is one of factgraph's own temporary files, ".NAME.EXT.XXXXXX"
 * (output.c), left behind when a build was killed between write and
 * rename. */
static bool is_own_temporary(const char *name)
{
    static const char *const exts[] = {".dot", ".svg", ".png", ".pdf", ".html"};
    size_t len = strlen(name);
    if (name[0] != '.' || len < 9 || name[len - 7] != '.')
        return false;
    for (size_t i = len - 6; i < len; i++)
        if (!isalnum((unsigned char)name[i]))
            return false;
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
        size_t n = strlen(exts[i]);
        if (len - 7 > n + 1 && strncmp(name + len - 7 - n, exts[i], n) == 0)
            return true;
    }
    return false;
}

static void orphan_warning(builder *b, const char *rel, const char *name)
{
    int stem = (int)(strlen(name) - 4);
    fg_strbuf view = FG_STRBUF_INIT;
    fg_strbuf_printf(&view, "%.*s", stem, name);
    fg_severity sev = b->opts->check ? FG_SEV_ERROR : FG_SEV_WARNING;
    if (fg_project_view(b->p, view.data))
        fg_diag_add(b->d, sev, output_pos(b, rel), "orphan-output",
                    "view '%s' does not list %s in its formats: delete it", view.data, name + stem + 1);
    else
        fg_diag_add(b->d, sev, output_pos(b, rel), "orphan-output",
                    "no view makes this file (there is no graphs/%s.yaml): delete it", view.data);
    fg_strbuf_release(&view);
}

/* A .dot, .svg, .png or .pdf in graphs/ that no view makes is left over from a view
 * that was renamed or deleted: a report would embed a diagram nobody keeps
 * up to date. build warns; build --check fails. Nothing is deleted but
 * factgraph's own temporary files, which build sweeps and build --check
 * reports. */
static void report_orphans(builder *b)
{
    DIR *dir = opendir(b->outdir);
    if (!dir)
        return;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0;
    while ((e = readdir(dir)) != NULL) {
        size_t len = strlen(e->d_name);
        bool temporary = is_own_temporary(e->d_name);
        if (temporary && !b->opts->check) {
            fg_strbuf path = FG_STRBUF_INIT;
            fg_strbuf_printf(&path, "%s/%s", b->outdir, e->d_name);
            unlink(path.data);
            fg_strbuf_release(&path);
            continue;
        }
        const char *ext = len >= 5 ? e->d_name + len - 4 : "";
        bool raster = strcmp(ext, ".png") == 0 || strcmp(ext, ".pdf") == 0;
        if (!temporary && (e->d_name[0] == '.' || len < 5 ||
                           (strcmp(ext, ".dot") != 0 && strcmp(ext, ".svg") != 0 && !raster)))
            continue;
        char *view = fg_xstrndup(e->d_name, len - 4);
        const fg_view *owner = fg_project_view(b->p, view);
        /* A PNG or PDF its view no longer lists among its formats is left
         * over too. */
        bool listed = owner && (!raster || (ext[1] == 'p' && ext[2] == 'n' ? owner->want_png : owner->want_pdf));
        if (temporary || !listed) {
            names = fg_xgrow(names, &cap, n + 1, sizeof *names);
            names[n++] = fg_xstrdup(e->d_name);
        }
        free(view);
    }
    closedir(dir);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_name);
    for (size_t i = 0; i < n; i++) {
        fg_strbuf rel = FG_STRBUF_INIT;
        fg_strbuf_printf(&rel, "graphs/%s", names[i]);
        if (is_own_temporary(names[i]))
            fg_diag_error(b->d, output_pos(b, rel.data), "orphan-output",
                          "a temporary file left by an interrupted build: run 'factgraph build'");
        else
            orphan_warning(b, rel.data, names[i]);
        if (b->opts->check)
            b->stats->stale++;
        fg_strbuf_release(&rel);
        free(names[i]);
    }
    free(names);
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

int fg_build(fg_project *p, const fg_build_opts *opts, fg_diags *diags, fg_build_stats *stats)
{
    builder b = {p, opts, diags, stats, NULL, NULL};
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
    int rc = 0;
    for (size_t i = 0; i < p->nviews; i++) {
        const fg_view *v = &p->views[i];
        if (v->ok && wanted(opts, v->name) && build_view(&b, v, opts->built ? &opts->built[i] : NULL) != 0)
            rc = -1;
    }
    if (!opts->views)
        report_orphans(&b);
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
    builder b = {p, &opts, diags, &stats, gvContext(), NULL};
    fg_selection sel;
    fg_view_select(v, &p->model, &sel);
    int rc = -1;
    if (fits_layout(&b, v, &sel)) {
        Agraph_t *g = fg_render_graph(v, &p->model, &sel);
        fg_strbuf dot = FG_STRBUF_INIT;
        rc = fg_render_dot(g, &dot);
        if (rc != 0) {
            fg_diag_error(diags, v->title->pos, "io", "view '%s': cannot write DOT", v->name);
        } else if (!output_fits(&b, v, "DOT", dot.len)) {
            rc = -1;
        } else if (!svg) {
            fg_strbuf_put(out, dot.data, dot.len);
        } else {
            char digest[17];
            fg_digest_dot(dot.data, dot.len, fg_svg_options(v), digest);
            rc = render_svg(&b, v, &sel, g, digest, out);
        }
        fg_strbuf_release(&dot);
        agclose(g);
    }
    fg_selection_release(&sel);
    gvFreeContext(b.gvc);
    return rc;
}
