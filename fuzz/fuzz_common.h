/* Shared by the fuzz targets: a small fixed project, read once from the
 * golden fixtures (tests/golden/base and the extra facts of
 * tests/golden/ok/filters), held in memory and loaded with one more file,
 * the fuzzer's input, through the public loader exactly as the program
 * loads a directory. Only the public header is used. */
#ifndef FG_FUZZ_COMMON_H
#define FG_FUZZ_COMMON_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "factgraph.h"

#ifndef FG_FUZZ_DATA
#error "FG_FUZZ_DATA must name tests/golden"
#endif

typedef struct fuzz_fixture {
    const char *rel;  /* its path in the project */
    const char *path; /* where it is read from */
} fuzz_fixture;

static const fuzz_fixture fuzz_fixtures[] = {
    {"facts/base.yaml", FG_FUZZ_DATA "/base/facts/base.yaml"},
    {"facts/more.yaml", FG_FUZZ_DATA "/ok/filters/facts/more.yaml"},
    {"facts/schema.yaml", FG_FUZZ_DATA "/base/facts/schema.yaml"},
    {"seeds/doc.txt", FG_FUZZ_DATA "/base/seeds/doc.txt"},
};
#define FUZZ_NFIXTURES (sizeof fuzz_fixtures / sizeof fuzz_fixtures[0])

/* The fixtures' files, and one place after them for the input. */
static fg_memfile fuzz_files[FUZZ_NFIXTURES + 1];
static FILE *fuzz_devnull;

static char *fuzz_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0)
        abort();
    long n = ftell(f);
    char *text = malloc((size_t)n + 1);
    if (n < 0 || !text || fseek(f, 0, SEEK_SET) != 0 || fread(text, 1, (size_t)n, f) != (size_t)n)
        abort();
    fclose(f);
    *len = (size_t)n;
    return text;
}

static void fuzz_init_once(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    for (size_t i = 0; i < FUZZ_NFIXTURES; i++) {
        fuzz_files[i].path = fuzz_fixtures[i].rel;
        fuzz_files[i].data = fuzz_read(fuzz_fixtures[i].path, &fuzz_files[i].len);
    }
    fuzz_devnull = fopen("/dev/null", "w");
    if (!fuzz_devnull)
        abort();
}

/* The fixtures plus the input as the file at rel (NULL: the fixtures
 * alone), loaded and validated on one thread. */
static fg_project *fuzz_open(const char *rel, const uint8_t *data, size_t size)
{
    fuzz_files[FUZZ_NFIXTURES] = (fg_memfile){rel, (const char *)data, size};
    return fg_project_open_memory(fuzz_files, FUZZ_NFIXTURES + (rel != NULL), 1);
}

/* Format every diagnostic the three ways, as the program would. */
static void fuzz_print_diags(fg_project *p)
{
    fg_project_print_diagnostics(p, FG_FORMAT_HUMAN, true, fuzz_devnull);
    fg_project_print_diagnostics(p, FG_FORMAT_JSON, false, fuzz_devnull);
    fg_project_print_diagnostics(p, FG_FORMAT_GITHUB, false, fuzz_devnull);
}

#endif
