#include "build.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#include "digest.h"
#include "output.h"
#include "render_dot.h"
#include "render_svg.h"
#include "svg_decorate.h"
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

/* The file's bytes, or NULL when it does not exist or cannot be read. */
static char *read_output(builder *b, const char *name, size_t *len)
{
    fg_strbuf path = FG_STRBUF_INIT;
    fg_strbuf_printf(&path, "%s/%s", b->outdir, name);
    char *text = NULL;
    if (fg_read_file(path.data, SIZE_MAX, &text, len) != 0)
        text = NULL;
    fg_strbuf_release(&path);
    return text;
}

const char *fg_svg_find_digest(const char *svg)
{
    return strstr(svg, FG_DIGEST_PREFIX);
}

static bool svg_digest_matches(const char *svg, const char *digest)
{
    const char *at = svg ? fg_svg_find_digest(svg) : NULL;
    return at && strncmp(at + strlen(FG_DIGEST_PREFIX), digest, 16) == 0;
}

/* Graphviz's SVG with the digest comment after the XML declaration. */
static void put_svg_with_digest(fg_strbuf *out, const fg_strbuf *svg, const char *digest)
{
    const char *nl = strchr(svg->data, '\n');
    size_t head = nl && strncmp(svg->data, "<?xml", 5) == 0 ? (size_t)(nl - svg->data) + 1 : 0;
    fg_strbuf_put(out, svg->data, head);
    fg_strbuf_printf(out, "%s%s -->\n", FG_DIGEST_PREFIX, digest);
    fg_strbuf_put(out, svg->data + head, svg->len - head);
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
    size_t len;
    char *old = read_output(b, name, &len);
    bool fresh = old && len == dot->len && memcmp(old, dot->data, len) == 0;
    bool missing = old == NULL;
    free(old);
    if (fresh) {
        b->stats->unchanged++;
        return 0;
    }
    if (b->opts->check) {
        report_stale(b, name, missing, missing ? "" : "(the facts or the view changed since it was built)");
        return 0;
    }
    return write_output(b, name, dot->data, dot->len);
}

/* Lay out, decorate with legend and sources, stamp with the digest. */
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
        put_svg_with_digest(out, &decorated, digest);
    }
    fg_strbuf_release(&svg);
    fg_strbuf_release(&err);
    fg_strbuf_release(&decorated);
    return rc;
}

static int build_svg(builder *b, const fg_view *v, const fg_selection *sel, Agraph_t *g, const char *name,
                     const fg_strbuf *dot)
{
    char digest[17];
    fg_digest_dot(dot->data, dot->len, digest);
    size_t len;
    char *old = read_output(b, name, &len);
    bool fresh = svg_digest_matches(old, digest);
    bool missing = old == NULL;
    free(old);
    if (fresh) {
        b->stats->unchanged++;
        return 0;
    }
    if (b->opts->check) {
        report_stale(b, name, missing, missing ? "" : "(it was not rendered from the current DOT)");
        return 0;
    }
    fg_strbuf out = FG_STRBUF_INIT;
    int rc = render_svg(b, v, sel, g, digest, &out);
    if (rc == 0)
        rc = write_output(b, name, out.data, out.len);
    fg_strbuf_release(&out);
    return rc;
}

/* Nodes a layout engine handles in seconds on this project's 2-core
 * machine, measured with Graphviz 2.43 as factgraph sets it up: dot takes
 * 0.7 s for a 1,000-node local DAG, 3 s for 2,000 and 8 s for 3,000;
 * neato with curved edges passes a minute at 1,000 nodes; sfdp with
 * straight lines lays out a 2,000-node graph in 1.7 s and a generated base
 * of 10,000 relations in 6.4 s. */
static size_t node_limit(const char *engine)
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
    if (sel->nitems <= node_limit(engine))
        return true;
    /* sfdp is the advice for the others; past its own limit only a
     * narrower view helps. */
    bool is_sfdp = strcmp(engine, "sfdp") == 0;
    fg_diag_error(b->d, v->title->pos, "view-too-large",
                  "view '%s' has %zu nodes, more than layout %s draws in reasonable time (%zu): narrow it with "
                  "focus and depth, types, predicates or a date window%s",
                  v->name, sel->nitems, engine, node_limit(engine), is_sfdp ? "" : ", or use layout: sfdp");
    b->stats->too_large++;
    return false;
}

static int build_view(builder *b, const fg_view *v)
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
    } else {
        fg_strbuf_printf(&name, "%s.dot", v->name);
        rc = build_dot(b, name.data, &dot);
        fg_strbuf_reset(&name);
        fg_strbuf_printf(&name, "%s.svg", v->name);
        if (build_svg(b, v, &sel, g, name.data, &dot) != 0)
            rc = -1;
    }
    b->stats->views++;
    fg_strbuf_release(&dot);
    fg_strbuf_release(&name);
    agclose(g);
    fg_selection_release(&sel);
    return rc;
}

/* A .dot or .svg in graphs/ that no view makes is left over from a view
 * that was renamed or deleted: a report would embed a diagram nobody keeps
 * up to date. build warns; build --check fails. Nothing is deleted. */
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
        if (e->d_name[0] == '.' || len < 5 ||
            (strcmp(e->d_name + len - 4, ".dot") != 0 && strcmp(e->d_name + len - 4, ".svg") != 0))
            continue;
        char *view = fg_xstrndup(e->d_name, len - 4);
        if (!fg_project_view(b->p, view)) {
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
        fg_diag_add(b->d, b->opts->check ? FG_SEV_ERROR : FG_SEV_WARNING, output_pos(b, rel.data), "orphan-output",
                    "no view makes this file (there is no graphs/%.*s.yaml): delete it", (int)(strlen(names[i]) - 4),
                    names[i]);
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
        if (v->ok && wanted(opts, v->name) && build_view(&b, v) != 0)
            rc = -1;
    }
    if (!opts->views)
        report_orphans(&b);
    gvFreeContext(b.gvc);
    fg_strbuf_release(&outdir);
    return rc;
}
