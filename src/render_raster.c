#include "render_raster.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "files.h"
#include "svg_decorate.h"

static const char png_keyword[] = "factgraph";

/* The child's temporary copy of the SVG while it exists, for the handler
 * of its time budget to remove. */
static char *volatile tmp_path;

static void on_alarm(int sig)
{
    if (tmp_path)
        unlink(tmp_path);
    signal(sig, SIG_DFL);
    raise(sig); /* the parent sees SIGALRM: the time budget */
}
static const char pdf_date[] = "/CreationDate (";

/* Graphviz and svg_decorate.c write <svg width="Wpt" height="Hpt"; a
 * responsive SVG (svg_decorate.c) <svg width="100%" ... viewBox="0 0 W H">,
 * drawn at its natural size, the viewBox's. */
static int svg_size(const char *svg, double *w, double *h)
{
    const char *p = strstr(svg, "<svg width=\"");
    if (!p)
        return -1;
    if (strncmp(p + 12, "100%\"", 5) == 0) {
        if (fg_svg_view_box(svg, w, h) != 0)
            return -1;
        /* Whole points, as the fixed size is written: the same PNG as
         * without responsive. */
        *w = (double)(long)(*w + 0.5);
        *h = (double)(long)(*h + 0.5);
        return *w > 0 && *h > 0 ? 0 : -1;
    }
    char *end;
    *w = strtod(p + 12, &end);
    p = strstr(end, "height=\"");
    if (!p || *w <= 0)
        return -1;
    *h = strtod(p + 8, &end);
    return *h > 0 ? 0 : -1;
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return c ^ 0xFFFFFFFFu;
}

static void put_be32(fg_strbuf *out, uint32_t v)
{
    char b[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    fg_strbuf_put(out, b, 4);
}

/* The stamp as a tEXt chunk right after IHDR (8 bytes of signature, then
 * IHDR's 25). */
static int stamp_png(const char *png, size_t len, const char *digest, fg_strbuf *out)
{
    if (len < 33 || memcmp(png + 12, "IHDR", 4) != 0)
        return -1;
    fg_strbuf chunk = FG_STRBUF_INIT;
    fg_strbuf_puts(&chunk, "tEXt");
    fg_strbuf_put(&chunk, png_keyword, sizeof png_keyword); /* with its NUL */
    fg_strbuf_printf(&chunk, "dot-digest: %s", digest);
    fg_strbuf_put(out, png, 33);
    put_be32(out, (uint32_t)(chunk.len - 4));
    fg_strbuf_put(out, chunk.data, chunk.len);
    put_be32(out, crc32_of((const unsigned char *)chunk.data, chunk.len));
    fg_strbuf_put(out, png + 33, len - 33);
    fg_strbuf_release(&chunk);
    return 0;
}

/* cairo writes "/CreationDate (D:...)" into the document information; it
 * is overwritten in place, blanks keeping every offset in the
 * cross-reference table right, by "/Keywords (DIGEST)". */
static int stamp_pdf(char *pdf, size_t len, const char *digest)
{
    char *at = NULL;
    for (size_t i = 0; i + sizeof pdf_date < len; i++)
        if (memcmp(pdf + i, pdf_date, sizeof pdf_date - 1) == 0) {
            at = pdf + i;
            break;
        }
    char *close = at ? memchr(at, ')', len - (size_t)(at - pdf)) : NULL;
    char stamp[64];
    int n = snprintf(stamp, sizeof stamp, "/Keywords (%s)", digest);
    if (!close || close + 1 - at < n)
        return -1;
    memset(at, ' ', (size_t)(close + 1 - at));
    memcpy(at, stamp, (size_t)n);
    return 0;
}

int fg_render_raster(GVC_t *gvc, const char *svg, size_t len, fg_raster_format fmt, const char *dot_digest,
                     fg_strbuf *out, fg_strbuf *err)
{
    double w, h;
    if (svg_size(svg, &w, &h) != 0) {
        fg_strbuf_puts(err, "the SVG has no size");
        return -1;
    }
    /* Graphviz loads an image from a file only, by name, when it draws. */
    const char *dir = getenv("TMPDIR");
    fg_strbuf tmp = FG_STRBUF_INIT;
    fg_strbuf_printf(&tmp, "%s/factgraph-raster-XXXXXX", dir && *dir ? dir : "/tmp");
    char *path = tmp.data;
    int fd = mkstemp(path);
    if (fd < 0) {
        fg_strbuf_printf(err, "cannot create a temporary file in %s: %s", dir && *dir ? dir : "/tmp",
                         strerror(errno));
        fg_strbuf_release(&tmp);
        return -1;
    }
    tmp_path = path;
    int rc = fg_write_all(fd, svg, len);
    if (close(fd) != 0 || rc != 0) {
        fg_strbuf_printf(err, "cannot write %s", path);
        tmp_path = NULL;
        unlink(path);
        fg_strbuf_release(&tmp);
        return -1;
    }
    double scale = fmt == FG_RASTER_PNG ? FG_PNG_SCALE : 1;
    Agraph_t *g = agopen("raster", Agdirected, NULL);
    agattr(g, AGRAPH, "pad", "0");
    agattr(g, AGRAPH, "margin", "0");
    /* One pixel a point before FG_PNG_SCALE (cairo's default is 96 dpi). */
    agattr(g, AGRAPH, "dpi", "72");
    Agnode_t *n = agnode(g, "image", 1);
    char buf[64];
    agsafeset(n, "shape", "none", "");
    agsafeset(n, "label", "", "");
    agsafeset(n, "margin", "0", "");
    agsafeset(n, "fixedsize", "true", "");
    agsafeset(n, "imagescale", "both", "");
    agsafeset(n, "image", path, "");
    snprintf(buf, sizeof buf, "%.4f", w * scale / 72);
    agsafeset(n, "width", buf, "");
    snprintf(buf, sizeof buf, "%.4f", h * scale / 72);
    agsafeset(n, "height", buf, "");
    char *data = NULL;
    unsigned int dlen = 0;
    rc = -1;
    if (gvLayout(gvc, g, "neato") == 0) {
        if (gvRenderData(gvc, g, fmt == FG_RASTER_PNG ? "png:cairo" : "pdf:cairo", &data, &dlen) == 0 && data &&
            dlen > 0)
            rc = fmt == FG_RASTER_PNG ? stamp_png(data, dlen, dot_digest, out)
                                      : stamp_pdf(data, dlen, dot_digest);
        if (rc == 0 && fmt == FG_RASTER_PDF)
            fg_strbuf_put(out, data, dlen);
        gvFreeRenderData(data);
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    tmp_path = NULL;
    unlink(path);
    fg_strbuf_release(&tmp);
    if (rc != 0)
        fg_strbuf_printf(err, "Graphviz's cairo renderer could not draw the %s", fmt == FG_RASTER_PNG ? "PNG" : "PDF");
    return rc;
}

void fg_raster_body(void *raster, int fd)
{
    const fg_raster *r = raster;
    fg_gv_capture();
    if (r->timeout_s) {
        signal(SIGALRM, on_alarm);
        alarm(r->timeout_s);
    }
    fg_strbuf out = FG_STRBUF_INIT, err = FG_STRBUF_INIT;
    int rc = fg_render_raster(r->gvc, r->svg, r->len, r->fmt, r->dot_digest, &out, &err);
    const fg_strbuf *sent = rc == 0 ? &out : &err;
    int status = fg_gv_send(fd, sent->data, sent->len) != 0 ? 2 : rc == 0 ? 0 : 1;
    close(fd);
    _exit(status); /* nothing freed: the process ends here */
}

int fg_raster_result(const fg_raster *r, const fg_job_result *res, fg_strbuf *out, fg_strbuf *err,
                     fg_strbuf *msgs)
{
    const char *what = r->fmt == FG_RASTER_PNG ? "PNG" : "PDF";
    size_t at = fg_gv_receive(res, msgs);
    if (!res->started)
        fg_strbuf_puts(err, res->err);
    else if (WIFEXITED(res->wstatus) && WEXITSTATUS(res->wstatus) == 0)
        fg_strbuf_put(out, res->data + at, res->len - at);
    else if (WIFEXITED(res->wstatus) && WEXITSTATUS(res->wstatus) == 1)
        fg_strbuf_put(err, res->data + at, res->len - at);
    else if (WIFSIGNALED(res->wstatus) && WTERMSIG(res->wstatus) == SIGALRM)
        fg_strbuf_printf(err, "drawing the %s ran past its time budget of %u s", what, r->timeout_s);
    else if (WIFSIGNALED(res->wstatus))
        fg_strbuf_printf(err, "Graphviz's cairo renderer crashed (signal %d) drawing the %s", WTERMSIG(res->wstatus),
                         what);
    else
        fg_strbuf_printf(err, "drawing the %s failed (status %d)", what,
                         WIFEXITED(res->wstatus) ? WEXITSTATUS(res->wstatus) : -1);
    return res->started && WIFEXITED(res->wstatus) && WEXITSTATUS(res->wstatus) == 0 ? 0 : -1;
}

bool fg_raster_stamped(const char *file, size_t len, fg_raster_format fmt, const char *dot_digest)
{
    char want[64];
    int n = fmt == FG_RASTER_PNG
                ? snprintf(want, sizeof want, "tEXt%s%cdot-digest: %s", png_keyword, '\0', dot_digest)
                : snprintf(want, sizeof want, "/Keywords (%s)", dot_digest);
    size_t limit = fmt == FG_RASTER_PNG ? (len < 128 ? len : 128) : len;
    for (size_t i = 0; i + (size_t)n <= limit; i++)
        if (memcmp(file + i, want, (size_t)n) == 0)
            return true;
    return false;
}
