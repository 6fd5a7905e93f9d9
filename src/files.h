/* The files a run has read, each with a line index for excerpts in
 * diagnostics. A position (fg_pos) names a file by its index here. */
#ifndef FG_FILES_H
#define FG_FILES_H
#include <stddef.h>
#include <stdint.h>

#define FG_NOFILE UINT32_MAX

typedef struct fg_pos {
    uint32_t file; /* index in fg_files, or FG_NOFILE */
    uint32_t line; /* 1-based, 0 when unknown */
    uint32_t col;  /* 1-based, in characters, 0 when unknown */
} fg_pos;

typedef struct fg_file {
    char *path;  /* as shown to the user: relative to the project root */
    char *text;  /* the bytes, NUL-terminated (the file may hold NULs too);
                  * NULL once dropped, read again on demand from origin */
    size_t len;
    char *origin; /* where to read the text again, or NULL */
    size_t *line_starts; /* built on first use */
    size_t nlines;
} fg_file;

typedef struct fg_files {
    fg_file **items;
    size_t n, cap;
} fg_files;

/* Read a whole file of at most max bytes. Returns 0, or -1 with errno set
 * (EFBIG when the file is larger than max); *text is the caller's to free. */
int fg_read_file(const char *path, size_t max, char **text, size_t *len);
/* Write all of data to fd, retrying short writes. Returns 0 or -1 (errno). */
int fg_write_all(int fd, const char *data, size_t len);
/* The message for fg_read_file's errno: EINVAL is "not a regular file". */
const char *fg_read_error(int err);

/* Register a file; takes ownership of text. Returns its index. */
uint32_t fg_files_add(fg_files *files, const char *path, char *text, size_t len);
const fg_file *fg_files_get(const fg_files *files, uint32_t index);
/* Let the file's text be freed after parsing and read again from origin
 * when an excerpt needs it: a large fact base then keeps only its tree. */
void fg_files_drop_text(fg_files *files, uint32_t index, const char *origin);
/* The text of 1-based line `line` without its line break; NULL if out of range. */
const char *fg_file_line(const fg_file *file, uint32_t line, size_t *len);
/* 3 when the text opens with a UTF-8 byte order mark, else 0. */
size_t fg_file_bom_len(const fg_file *file);
/* The 1-based line and column (in characters) of a byte offset. Lines
 * break at CR LF, LF and CR; a byte order mark takes no column. */
fg_pos fg_file_pos_of_offset(const fg_file *file, uint32_t index, size_t offset);
void fg_files_release(fg_files *files);

#endif
