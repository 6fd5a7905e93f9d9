#include "files.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

int fg_write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

const char *fg_read_error(int err)
{
    return err == EINVAL ? "not a regular file" : strerror(err);
}

int fg_read_file(const char *path, size_t max, char **text, size_t *len)
{
    /* A named pipe or a device would block or never end: only regular
     * files are read. */
    struct stat before;
    if (stat(path, &before) != 0)
        return -1;
    if (!S_ISREG(before.st_mode)) {
        errno = S_ISDIR(before.st_mode) ? EISDIR : EINVAL;
        return -1;
    }
    /* Refused from its size, unread: reading 64 MiB of a huge file only to
     * refuse it costs time and memory for nothing. A file that grows while
     * it is read is still stopped at max below. */
    if ((uintmax_t)before.st_size > (uintmax_t)max) {
        errno = EFBIG;
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    /* A regular file is read into a buffer of its size: files stay in
     * memory for excerpts, so a doubling buffer would cost twice. */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size <= max) {
        cap = (size_t)st.st_size + 1;
        buf = fg_xmalloc(cap);
    }
    for (;;) {
        if (n + 1 >= cap) {
            /* Full: grow only if there is more, so that a file read into a
             * buffer of its own size stays there. */
            int c = getc(f);
            if (c == EOF)
                break;
            buf = fg_xgrow(buf, &cap, n + 65536 + 1, 1);
            buf[n++] = (char)c;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n > max) {
            /* Stop reading: the file is refused whatever its size. */
            free(buf);
            fclose(f);
            errno = EFBIG;
            return -1;
        }
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    int saved = errno;
    fclose(f);
    if (failed) {
        free(buf);
        errno = saved ? saved : EIO;
        return -1;
    }
    if (!buf)
        buf = fg_xmalloc(1); /* empty, and fstat did not tell the size */
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}

uint32_t fg_files_add(fg_files *files, const char *path, char *text, size_t len)
{
    fg_file *f = fg_xcalloc(1, sizeof *f);
    f->path = fg_xstrdup(path);
    f->text = text;
    f->len = len;
    files->items = fg_xgrow(files->items, &files->cap, files->n + 1, sizeof *files->items);
    files->items[files->n] = f;
    return (uint32_t)files->n++;
}

const fg_file *fg_files_get(const fg_files *files, uint32_t index)
{
    return index < files->n ? files->items[index] : NULL;
}

/* The length of the line break at text[i], or 0: CR LF, LF or CR, as
 * editors count lines. (libyaml also breaks lines at NEL, LS and PS; the
 * loader recomputes its positions so that they agree with this.) */
static size_t break_len(const char *text, size_t len, size_t i)
{
    if (text[i] == '\r')
        return i + 1 < len && text[i + 1] == '\n' ? 2 : 1;
    return text[i] == '\n' ? 1 : 0;
}

size_t fg_file_bom_len(const fg_file *f)
{
    return f->len >= 3 && memcmp(f->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

void fg_files_drop_text(fg_files *files, uint32_t index, const char *origin)
{
    fg_file *f = files->items[index];
    free(f->origin);
    f->origin = fg_xstrdup(origin);
    free(f->text);
    f->text = NULL;
}

/* The text again, for an excerpt; false when it cannot be read now. */
static bool reload(fg_file *f)
{
    size_t len;
    if (f->text)
        return true;
    if (!f->origin || fg_read_file(f->origin, SIZE_MAX, &f->text, &len) != 0) {
        f->text = NULL;
        return false;
    }
    f->len = len;
    return true;
}

static void build_line_index(fg_file *f)
{
    size_t cap = 0;
    f->line_starts = fg_xgrow(NULL, &cap, 1, sizeof(size_t));
    f->line_starts[0] = fg_file_bom_len(f);
    f->nlines = 1;
    for (size_t i = 0; i < f->len;) {
        size_t n = break_len(f->text, f->len, i);
        if (n == 0) {
            i++;
            continue;
        }
        i += n;
        if (i < f->len) {
            f->line_starts = fg_xgrow(f->line_starts, &cap, f->nlines + 1, sizeof(size_t));
            f->line_starts[f->nlines++] = i;
        }
    }
}

const char *fg_file_line(const fg_file *file, uint32_t line, size_t *len)
{
    fg_file *f = (fg_file *)file; /* the text and the index are caches */
    if (!reload(f))
        return NULL;
    if (!f->line_starts)
        build_line_index(f);
    if (line == 0 || line > f->nlines)
        return NULL;
    size_t start = f->line_starts[line - 1];
    /* The next line's start, less its break: no scan of a long line. */
    size_t end = line < f->nlines ? f->line_starts[line] : f->len;
    while (end > start && (f->text[end - 1] == '\n' || f->text[end - 1] == '\r'))
        end--;
    *len = end - start;
    return f->text + start;
}

fg_pos fg_file_pos_of_offset(const fg_file *file, uint32_t index, size_t offset)
{
    fg_pos pos = {index, 1, 1};
    if (offset > file->len)
        offset = file->len;
    for (size_t i = fg_file_bom_len(file); i < offset;) {
        size_t n = break_len(file->text, file->len, i);
        if (n) {
            pos.line++;
            pos.col = 1;
            i += n;
            continue;
        }
        if (((unsigned char)file->text[i] & 0xC0) != 0x80)
            pos.col++; /* count characters, not bytes, as libyaml does */
        i++;
    }
    return pos;
}

void fg_files_release(fg_files *files)
{
    for (size_t i = 0; i < files->n; i++) {
        free(files->items[i]->path);
        free(files->items[i]->text);
        free(files->items[i]->line_starts);
        free(files->items[i]->origin);
        free(files->items[i]);
    }
    free(files->items);
    files->items = NULL;
    files->n = files->cap = 0;
}
