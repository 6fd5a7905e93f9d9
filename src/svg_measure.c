#define _GNU_SOURCE /* memmem */
#include "svg_measure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A scan of the SVG factgraph writes, not an XML parser: Graphviz and
 * svg_decorate.c quote every attribute with double quotes, open no <g>
 * inside a comment's text, and write text content escaped, so a '<'
 * always starts a tag. */

enum { MAX_DEPTH = 64 };

/* The value of attribute name in the tag from tag to end, or NULL. */
static const char *attr(const char *tag, const char *end, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = tag + 1; p + n + 2 < end; p++)
        if ((p[-1] == ' ' || p[-1] == '\n') && strncmp(p, name, n) == 0 && p[n] == '=' && p[n + 1] == '"')
            return p + n + 2;
    return NULL;
}

/* The scale a transform="..." applies (the first of scale(sx sy), sx). */
static double transform_scale(const char *tag, const char *end)
{
    const char *t = attr(tag, end, "transform");
    const char *q = t ? memchr(t, '"', (size_t)(end - t)) : NULL;
    /* Only within the attribute's value: a search to the next scale( of the
     * document would make the measure quadratic. */
    const char *s = q ? memmem(t, (size_t)(q - t), "scale(", 6) : NULL;
    if (!s)
        return 1;
    double k = strtod(s + 6, NULL);
    return k > 0 ? k : 1;
}

double fg_svg_smallest_text(const char *svg, size_t len, double width_px)
{
    const char *end = svg + len, *p = svg;
    double scale[MAX_DEPTH + 1] = {1};
    size_t depth = 0, ignored = 0; /* groups past MAX_DEPTH keep their parent's scale */
    double view_w = 0, smallest = -1;
    while ((p = memchr(p, '<', (size_t)(end - p))) != NULL) {
        const char *close = memchr(p, '>', (size_t)(end - p));
        if (!close)
            break;
        if (strncmp(p, "<svg", 4) == 0 && !view_w) {
            const char *vb = attr(p, close, "viewBox");
            if (vb) {
                char *q;
                strtod(vb, &q);
                strtod(q, &q);
                view_w = strtod(q, NULL);
            }
        } else if (strncmp(p, "<g", 2) == 0 && (p[2] == ' ' || p[2] == '>') && close[-1] != '/') {
            if (depth < MAX_DEPTH) {
                scale[depth + 1] = scale[depth] * transform_scale(p, close);
                depth++;
            } else {
                ignored++;
            }
        } else if (strncmp(p, "</g>", 4) == 0) {
            if (ignored)
                ignored--;
            else if (depth)
                depth--;
        } else if (strncmp(p, "<text", 5) == 0 && (p[5] == ' ' || p[5] == '>')) {
            const char *fs = attr(p, close, "font-size");
            double size = fs ? strtod(fs, NULL) * scale[depth] : 0;
            if (size > 0 && (smallest < 0 || size < smallest))
                smallest = size;
        }
        p = close + 1;
    }
    if (view_w <= 0 || smallest < 0)
        return -1;
    return smallest * width_px / view_w;
}

void fg_svg_print_text_size(FILE *f, const char *view, bool is_index, const char *svg, size_t len)
{
    double px = fg_svg_smallest_text(svg, len, FG_READABLE_WIDTH_PX);
    if (px < 0)
        fprintf(f, "factgraph: %s: no text\n", view);
    else
        fprintf(f, "factgraph: %s: smallest text %.1f px at %.0f px wide%s\n", view, px, FG_READABLE_WIDTH_PX,
                is_index                        ? " (an index: exempt)"
                : px < FG_READABLE_MIN_PX - 0.05 ? " (under 9 px: too small to read)"
                                                 : "");
}
