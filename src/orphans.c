#include "orphans.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
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

static void orphan_warning(fg_project *p, bool check, fg_diags *d, const char *rel, const char *name)
{
    int stem = (int)(strlen(name) - 4);
    fg_strbuf view = FG_STRBUF_INIT;
    fg_strbuf_printf(&view, "%.*s", stem, name);
    fg_severity sev = check ? FG_SEV_ERROR : FG_SEV_WARNING;
    if (fg_project_view(p, view.data))
        fg_diag_add(d, sev, fg_project_output_pos(p, rel), "orphan-output",
                    "view '%s' does not list %s in its formats: delete it", view.data, name + stem + 1);
    else
        fg_diag_add(d, sev, fg_project_output_pos(p, rel), "orphan-output",
                    "no view makes this file (there is no graphs/%s.yaml): delete it", view.data);
    fg_strbuf_release(&view);
}

/* A .dot, .svg, .png or .pdf in graphs/ that no view makes is left over from a view
 * that was renamed or deleted: a report would embed a diagram nobody keeps
 * up to date. build warns; build --check fails. Nothing is deleted but
 * factgraph's own temporary files, which build sweeps and build --check
 * reports. */
void fg_build_orphans(fg_project *p, const char *outdir, bool check, fg_diags *d, fg_build_stats *stats)
{
    DIR *dir = opendir(outdir);
    if (!dir)
        return;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0;
    while ((e = readdir(dir)) != NULL) {
        size_t len = strlen(e->d_name);
        bool temporary = is_own_temporary(e->d_name);
        if (temporary && !check) {
            fg_strbuf path = FG_STRBUF_INIT;
            fg_strbuf_printf(&path, "%s/%s", outdir, e->d_name);
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
        const fg_view *owner = fg_project_view(p, view);
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
            fg_diag_error(d, fg_project_output_pos(p, rel.data), "orphan-output",
                          "a temporary file left by an interrupted build: run 'factgraph build'");
        else
            orphan_warning(p, check, d, rel.data, names[i]);
        if (check)
            stats->stale++;
        fg_strbuf_release(&rel);
        free(names[i]);
    }
    free(names);
}
