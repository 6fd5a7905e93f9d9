#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "xalloc.h"

int fg_write_atomic(const char *dir, const char *name, const char *data, size_t len, fg_strbuf *err)
{
    fg_strbuf tmp = FG_STRBUF_INIT, dest = FG_STRBUF_INIT;
    fg_strbuf_printf(&tmp, "%s/.%s.XXXXXX", dir, name);
    fg_strbuf_printf(&dest, "%s/%s", dir, name);
    int rc = -1;
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        fg_strbuf_printf(err, "cannot create a temporary file in %s: %s", dir, strerror(errno));
        goto done;
    }
    /* mkstemp makes the file private; outputs are ordinary files. */
    if (fchmod(fd, 0644) != 0 || fg_write_all(fd, data, len) != 0 || fsync(fd) != 0) {
        fg_strbuf_printf(err, "cannot write %s: %s", dest.data, strerror(errno));
        close(fd);
        unlink(tmp.data);
        goto done;
    }
    if (close(fd) != 0 || rename(tmp.data, dest.data) != 0) {
        fg_strbuf_printf(err, "cannot write %s: %s", dest.data, strerror(errno));
        unlink(tmp.data);
        goto done;
    }
    rc = 0;
done:
    fg_strbuf_release(&tmp);
    fg_strbuf_release(&dest);
    return rc;
}

int fg_atomic_open(fg_atomic_file *a, const char *path, fg_strbuf *err)
{
    memset(a, 0, sizeof *a);
    const char *slash = strrchr(path, '/');
    fg_strbuf tmp = FG_STRBUF_INIT;
    if (slash)
        fg_strbuf_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
    else
        fg_strbuf_printf(&tmp, ".%s.XXXXXX", path);
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        fg_strbuf_printf(err, "cannot create a temporary file beside %s: %s", path, strerror(errno));
        fg_strbuf_release(&tmp);
        return -1;
    }
    a->f = fchmod(fd, 0644) == 0 ? fdopen(fd, "wb") : NULL;
    a->tmp = fg_strbuf_detach(&tmp);
    a->dest = fg_xstrdup(path);
    if (!a->f) {
        fg_strbuf_printf(err, "cannot write %s: %s", path, strerror(errno));
        if (!a->f)
            close(fd);
        fg_atomic_abort(a);
        return -1;
    }
    return 0;
}

int fg_atomic_commit(fg_atomic_file *a, fg_strbuf *err)
{
    int failed = fflush(a->f) != 0 || ferror(a->f) || fsync(fileno(a->f)) != 0;
    if (fclose(a->f) != 0)
        failed = 1;
    a->f = NULL;
    if (failed || rename(a->tmp, a->dest) != 0) {
        fg_strbuf_printf(err, "cannot write %s: %s", a->dest, strerror(errno));
        fg_atomic_abort(a);
        return -1;
    }
    free(a->tmp);
    free(a->dest);
    memset(a, 0, sizeof *a);
    return 0;
}

void fg_atomic_abort(fg_atomic_file *a)
{
    if (a->f)
        fclose(a->f);
    if (a->tmp)
        unlink(a->tmp);
    free(a->tmp);
    free(a->dest);
    memset(a, 0, sizeof *a);
}
