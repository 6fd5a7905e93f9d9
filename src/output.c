#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"

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
