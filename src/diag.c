#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "utf8.h"
#include "xalloc.h"

__attribute__((format(printf, 1, 0))) static char *vformat(const char *fmt, va_list ap)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_vprintf(&sb, fmt, ap);
    return fg_strbuf_detach(&sb);
}

void fg_diag_add(fg_diags *d, fg_severity sev, fg_pos pos, const char *rule, const char *fmt, ...)
{
    if (sev == FG_SEV_ERROR)
        d->nerrors++;
    else
        d->nwarnings++;
    d->last_dropped = d->n >= FG_DIAG_LIMIT;
    if (d->last_dropped) {
        d->dropped++;
        return;
    }
    d->items = fg_xgrow(d->items, &d->cap, d->n + 1, sizeof *d->items);
    fg_diag *g = &d->items[d->n];
    memset(g, 0, sizeof *g);
    g->sev = sev;
    g->pos = pos;
    g->rule = rule;
    g->seq = d->n++;
    va_list ap;
    va_start(ap, fmt);
    g->msg = vformat(fmt, ap);
    va_end(ap);
}

void fg_diag_note(fg_diags *d, fg_pos pos, const char *fmt, ...)
{
    if (d->n == 0 || d->last_dropped)
        return;
    fg_diag *g = &d->items[d->n - 1];
    free(g->note);
    g->has_note = true;
    g->note_pos = pos;
    va_list ap;
    va_start(ap, fmt);
    g->note = vformat(fmt, ap);
    va_end(ap);
}

static const char *path_of(const fg_files *files, fg_pos pos)
{
    const fg_file *f = fg_files_get(files, pos.file);
    return f ? f->path : "";
}

/* Files are registered in sorted path order, so their index orders them;
 * diagnostics that belong to no file come first. */
static int64_t file_rank(fg_pos pos)
{
    return pos.file == FG_NOFILE ? -1 : (int64_t)pos.file;
}

static int cmp_diag(const void *pa, const void *pb)
{
    const fg_diag *a = pa, *b = pb;
    if (file_rank(a->pos) != file_rank(b->pos))
        return file_rank(a->pos) < file_rank(b->pos) ? -1 : 1;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void fg_diag_sort(fg_diags *d)
{
    if (d->n > 1)
        qsort(d->items, d->n, sizeof *d->items, cmp_diag);
}

static const char *sev_name(fg_severity s)
{
    return s == FG_SEV_ERROR ? "error" : "warning";
}

/* One character of text from a file or a file name, as it may reach a
 * terminal or a CI log: a control character there could recolour it or
 * forge a diagnostic line, a bidirectional control could reorder what is
 * shown, and a stray byte (0x9B is CSI to an 8-bit terminal) could do
 * either. Those show as '?'; tabs are kept when keep_tab is set. Returns
 * the bytes used. */
static size_t put_char_printable(fg_strbuf *sb, const char *s, size_t len, bool keep_tab)
{
    uint32_t cp;
    size_t n;
    bool valid = fg_utf8_decode(s, len, &cp, &n);
    if (!valid || (fg_utf8_is_unsafe(cp) && !(keep_tab && cp == '\t')) || (cp == '\t' && !keep_tab))
        fg_strbuf_putc(sb, '?');
    else
        fg_strbuf_put(sb, s, n);
    return n;
}

static void put_printable(fg_strbuf *sb, const char *s)
{
    for (size_t i = 0, len = strlen(s); i < len;)
        i += put_char_printable(sb, s + i, len - i, false);
}

static void put_location(fg_strbuf *sb, const fg_files *files, fg_pos pos)
{
    const fg_file *f = fg_files_get(files, pos.file);
    if (!f) {
        fg_strbuf_puts(sb, "factgraph");
        return;
    }
    put_printable(sb, f->path);
    if (pos.line)
        fg_strbuf_printf(sb, ":%u", pos.line);
    if (pos.line && pos.col)
        fg_strbuf_printf(sb, ":%u", pos.col);
}

/* Lines up to EXCERPT_WIDTH characters are shown whole; a longer one as a
 * window of that width starting EXCERPT_BEFORE characters before the column. */
enum { EXCERPT_WIDTH = 160, EXCERPT_BEFORE = 60 };

/* The byte offset of the character that starts column col (1-based). */
static size_t offset_of_col(const char *line, size_t len, uint32_t col)
{
    size_t i = 0;
    for (uint32_t c = 1; i < len && c < col; c++) {
        i++;
        while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

/* Where the last excerpt's window started: diagnostics come sorted by
 * line and column, so on one long line (a whole file in flow style) each
 * window is found from the previous one, not from the line's start. */
typedef struct col_cursor {
    const char *line;
    uint32_t col;
    size_t offset;
} col_cursor;

static size_t offset_from(col_cursor *cur, const char *line, size_t len, uint32_t col)
{
    if (cur->line != line || cur->col > col) {
        cur->line = line;
        cur->col = 1;
        cur->offset = 0;
    }
    cur->offset += offset_of_col(line + cur->offset, len - cur->offset, col - cur->col + 1);
    cur->col = col;
    return cur->offset;
}

/* The source line, then a caret under the column. A long line is cut to a
 * window around the column. Tabs are kept so that the caret lines up in a
 * terminal; what put_char_printable refuses shows as '?'. */
static void put_excerpt(fg_strbuf *sb, const fg_files *files, fg_pos pos, col_cursor *cur)
{
    const fg_file *f = fg_files_get(files, pos.file);
    size_t len;
    const char *line = f && pos.line ? fg_file_line(f, pos.line, &len) : NULL;
    if (!line || !pos.col)
        return;
    bool whole = offset_of_col(line, len, EXCERPT_WIDTH + 1) == len;
    uint32_t first = !whole && pos.col > EXCERPT_BEFORE ? pos.col - EXCERPT_BEFORE : 1;
    size_t start = offset_from(cur, line, len, first);
    size_t end = whole ? len : start + offset_of_col(line + start, len - start, EXCERPT_WIDTH + 1);
    fg_strbuf_printf(sb, "%5u | %s", pos.line, start > 0 ? "..." : "");
    for (size_t i = start; i < end;)
        i += put_char_printable(sb, line + i, end - i, true);
    fg_strbuf_printf(sb, "%s\n      | %s", end < len ? "..." : "", start > 0 ? "   " : "");
    uint32_t col = first;
    for (size_t i = start; i < end && col < pos.col; col++) {
        uint32_t cp;
        size_t n;
        bool valid = fg_utf8_decode(line + i, end - i, &cp, &n);
        if (cp == '\t')
            fg_strbuf_putc(sb, '\t');
        else
            fg_strbuf_puts(sb, valid && fg_utf8_is_wide(cp) ? "  " : " ");
        i += n;
    }
    fg_strbuf_puts(sb, "^\n");
}

static void print_human(const fg_diag *g, const fg_files *files, bool excerpts, fg_strbuf *sb, col_cursor *cur)
{
    put_location(sb, files, g->pos);
    fg_strbuf_printf(sb, ": %s: ", sev_name(g->sev));
    put_printable(sb, g->msg);
    fg_strbuf_printf(sb, " [%s]\n", g->rule);
    if (excerpts)
        put_excerpt(sb, files, g->pos, cur);
    if (g->has_note) {
        put_location(sb, files, g->note_pos);
        fg_strbuf_puts(sb, ": note: ");
        put_printable(sb, g->note);
        fg_strbuf_putc(sb, '\n');
    }
}

/* What is not known is null: a problem of no file, or of a whole file. */
static void put_json_pos(fg_strbuf *sb, const fg_files *files, fg_pos pos)
{
    fg_strbuf_puts(sb, "\"file\":");
    if (fg_files_get(files, pos.file))
        fg_strbuf_put_json(sb, path_of(files, pos));
    else
        fg_strbuf_puts(sb, "null");
    fg_strbuf_puts(sb, ",\"line\":");
    if (pos.line)
        fg_strbuf_printf(sb, "%u", pos.line);
    else
        fg_strbuf_puts(sb, "null");
    fg_strbuf_puts(sb, ",\"column\":");
    if (pos.line && pos.col)
        fg_strbuf_printf(sb, "%u", pos.col);
    else
        fg_strbuf_puts(sb, "null");
}

static void print_json(const fg_diag *g, const fg_files *files, fg_strbuf *sb)
{
    fg_strbuf_puts(sb, "{");
    put_json_pos(sb, files, g->pos);
    fg_strbuf_printf(sb, ",\"severity\":\"%s\",\"rule\":\"%s\",\"message\":", sev_name(g->sev), g->rule);
    fg_strbuf_put_json(sb, g->msg);
    if (g->has_note) {
        fg_strbuf_puts(sb, ",\"note\":{");
        put_json_pos(sb, files, g->note_pos);
        fg_strbuf_puts(sb, ",\"message\":");
        fg_strbuf_put_json(sb, g->note);
        fg_strbuf_puts(sb, "}");
    }
    fg_strbuf_puts(sb, "}\n");
}

/* GitHub workflow commands: data escapes %, CR and LF; properties also : and ,. */
static void put_github_escaped(fg_strbuf *sb, const char *s, bool property)
{
    for (; *s; s++) {
        switch (*s) {
        case '%': fg_strbuf_puts(sb, "%25"); break;
        case '\r': fg_strbuf_puts(sb, "%0D"); break;
        case '\n': fg_strbuf_puts(sb, "%0A"); break;
        case ':': fg_strbuf_puts(sb, property ? "%3A" : ":"); break;
        case ',': fg_strbuf_puts(sb, property ? "%2C" : ","); break;
        default: fg_strbuf_putc(sb, *s);
        }
    }
}

static void print_github(const fg_diag *g, const fg_files *files, fg_strbuf *sb)
{
    fg_strbuf_printf(sb, "::%s ", sev_name(g->sev));
    const fg_file *f = fg_files_get(files, g->pos.file);
    if (f) {
        /* A problem of a whole file names no line: GitHub then annotates
         * the file, not its line 0. */
        fg_strbuf_puts(sb, "file=");
        put_github_escaped(sb, f->path, true);
        if (g->pos.line)
            fg_strbuf_printf(sb, ",line=%u", g->pos.line);
        if (g->pos.line && g->pos.col)
            fg_strbuf_printf(sb, ",col=%u", g->pos.col);
        fg_strbuf_putc(sb, ',');
    }
    fg_strbuf_puts(sb, "title=");
    put_github_escaped(sb, g->rule, true);
    fg_strbuf_puts(sb, "::");
    put_github_escaped(sb, g->msg, false);
    if (g->has_note) {
        fg_strbuf note = FG_STRBUF_INIT;
        fg_strbuf_putc(&note, '\n');
        put_location(&note, files, g->note_pos);
        fg_strbuf_printf(&note, ": note: %s", g->note);
        put_github_escaped(sb, note.data, false);
        fg_strbuf_release(&note);
    }
    fg_strbuf_puts(sb, "\n");
}

void fg_diag_print(const fg_diags *d, const fg_files *files, fg_format fmt, bool excerpts, FILE *out)
{
    if (fmt == FG_FORMAT_SARIF) {
        fg_diag_print_sarif(d, files, out);
        return;
    }
    fg_strbuf sb = FG_STRBUF_INIT;
    col_cursor cur = {NULL, 1, 0};
    for (size_t i = 0; i < d->n; i++) {
        fg_strbuf_reset(&sb);
        const fg_diag *g = &d->items[i];
        if (fmt == FG_FORMAT_JSON)
            print_json(g, files, &sb);
        else if (fmt == FG_FORMAT_GITHUB)
            print_github(g, files, &sb);
        else
            print_human(g, files, excerpts, &sb, &cur);
        fwrite(sb.data, 1, sb.len, out);
    }
    fg_strbuf_release(&sb);
}

void fg_diags_filter(fg_diags *d, bool (*keep)(const fg_diag *g, void *ctx), void *ctx)
{
    size_t n = 0;
    d->nerrors = d->nwarnings = 0;
    for (size_t i = 0; i < d->n; i++) {
        fg_diag *g = &d->items[i];
        if (!keep(g, ctx)) {
            free(g->msg);
            free(g->note);
            continue;
        }
        if (g->sev == FG_SEV_ERROR)
            d->nerrors++;
        else
            d->nwarnings++;
        d->items[n++] = *g;
    }
    d->n = n;
}

bool fg_diags_full(const fg_diags *d)
{
    return d->n >= FG_DIAG_LIMIT;
}

void fg_diags_append(fg_diags *dst, fg_diags *src)
{
    for (size_t i = 0; i < src->n; i++) {
        fg_diag *g = &src->items[i];
        dst->last_dropped = dst->n >= FG_DIAG_LIMIT;
        if (dst->last_dropped) {
            dst->dropped++;
            free(g->msg);
            free(g->note);
            continue;
        }
        dst->items = fg_xgrow(dst->items, &dst->cap, dst->n + 1, sizeof *dst->items);
        g->seq = dst->n;
        dst->items[dst->n++] = *g;
    }
    dst->nerrors += src->nerrors;
    dst->nwarnings += src->nwarnings;
    dst->dropped += src->dropped;
    if (src->last_dropped)
        dst->last_dropped = true; /* its notes are not kept either */
    src->n = 0;
    fg_diags_release(src);
}

void fg_diags_release(fg_diags *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].msg);
        free(d->items[i].note);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}
