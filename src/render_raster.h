/* PNG and PDF of a view: the decorated SVG (drawing, title, legend and
 * sources, as svg_decorate.c made it) drawn by Graphviz's cairo renderer,
 * which loads it as the image of a one-node graph through its librsvg
 * plugin. PNG at FG_PNG_SCALE pixels per point; PDF at one point per
 * point. Both carry the digest of the DOT they come from, and nothing that
 * varies between runs: cairo's PDF creation date is overwritten in place. */
#ifndef FG_RENDER_RASTER_H
#define FG_RENDER_RASTER_H
#include <stdbool.h>

#include <graphviz/gvc.h>

#include "digest.h"
#include "jobs.h"
#include "render_svg.h"
#include "strbuf.h"

/* 2 pixels per point: a 600-point diagram is a 1,200-pixel PNG. */
#define FG_PNG_SCALE 2

typedef enum { FG_RASTER_PNG, FG_RASTER_PDF } fg_raster_format;

/* Append to out the PNG or PDF of svg[0..len), stamped with dot_digest.
 * Returns 0, or -1 with a message in err. */
int fg_render_raster(GVC_t *gvc, const char *svg, size_t len, fg_raster_format fmt, const char *dot_digest,
                     fg_strbuf *out, fg_strbuf *err);

/* One PNG or PDF to draw in a child process (jobs.h): svg must live
 * until the job is done. */
typedef struct fg_raster {
    GVC_t *gvc;
    const char *svg;
    size_t len;
    fg_raster_format fmt;
    const char *dot_digest;
    unsigned timeout_s; /* the child is stopped after it, as a layout is (0: no limit) */
} fg_raster;

/* The job body (an fg_job_body; raster is an fg_raster *): draw, write
 * the file's bytes to fd, or the message when it cannot be drawn. */
void fg_raster_body(void *raster, int fd);
/* How the job of r ended: 0 with the PNG or PDF appended to out, or -1
 * with a message in err (as fg_render_raster's, or the child crashed).
 * What Graphviz said in the child is appended to msgs, one a line. */
int fg_raster_result(const fg_raster *r, const fg_job_result *res, fg_strbuf *out, fg_strbuf *err,
                     fg_strbuf *msgs);

/* Whether file[0..len) carries the stamp of dot_digest (it was rendered
 * from that DOT). */
bool fg_raster_stamped(const char *file, size_t len, fg_raster_format fmt, const char *dot_digest);

#endif
