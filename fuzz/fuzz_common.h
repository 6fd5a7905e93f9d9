/* Shared by the fuzz targets: a small fixed fact base, read once from the
 * golden fixtures (tests/golden/base and the extra facts of
 * tests/golden/ok/filters), and loaded into a fresh model for every input
 * exactly as fg_project_load would: parse, load, then validate. */
#ifndef FG_FUZZ_COMMON_H
#define FG_FUZZ_COMMON_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "facts_load.h"
#include "files.h"
#include "model.h"
#include "schema.h"
#include "validate.h"
#include "xalloc.h"
#include "yaml_load.h"

#ifndef FG_FUZZ_DATA
#error "FG_FUZZ_DATA must name tests/golden"
#endif

/* Where validation looks for seeds/doc.txt: the golden base project, read only. */
#define FG_FUZZ_ROOT FG_FUZZ_DATA "/base"

typedef struct fuzz_fixture {
    const char *rel;  /* the path factgraph would show */
    const char *path; /* where it is read from */
    char *text;
    size_t len;
} fuzz_fixture;

/* In the sorted path order of fg_project_load: base, more, schema. */
static fuzz_fixture fuzz_fixtures[] = {
    {"facts/base.yaml", FG_FUZZ_DATA "/base/facts/base.yaml", NULL, 0},
    {"facts/more.yaml", FG_FUZZ_DATA "/ok/filters/facts/more.yaml", NULL, 0},
    {"facts/schema.yaml", FG_FUZZ_DATA "/base/facts/schema.yaml", NULL, 0},
};
#define FUZZ_NFIXTURES (sizeof fuzz_fixtures / sizeof fuzz_fixtures[0])

static FILE *fuzz_devnull;

static void fuzz_init_once(void)
{
    static int done;
    if (done)
        return;
    done = 1;
    for (size_t i = 0; i < FUZZ_NFIXTURES; i++) {
        if (fg_read_file(fuzz_fixtures[i].path, FG_YAML_MAX_FILE, &fuzz_fixtures[i].text, &fuzz_fixtures[i].len) != 0) {
            fprintf(stderr, "fuzz: cannot read fixture %s\n", fuzz_fixtures[i].path);
            abort();
        }
    }
    fuzz_devnull = fopen("/dev/null", "w");
    if (!fuzz_devnull)
        abort();
}

/* Register a copy of data (files own their text, NUL-terminated). */
static uint32_t fuzz_add_file(fg_model *m, const char *rel, const void *data, size_t len)
{
    char *copy = fg_xmalloc(len + 1);
    if (len)
        memcpy(copy, data, len);
    copy[len] = '\0';
    return fg_files_add(&m->files, rel, copy, len);
}

/* Parse one file into the model: the schema or a fact file. */
static void fuzz_load_file(fg_model *m, const char *rel, const void *data, size_t len, fg_diags *d)
{
    uint32_t index = fuzz_add_file(m, rel, data, len);
    fg_ynode *root = fg_yaml_load(m->files.items[index], index, &m->arena, d);
    if (strcmp(rel, "facts/schema.yaml") == 0) {
        fg_schema_load(&m->schema, root, (fg_pos){index, 0, 0}, d);
    } else {
        m->nfact_files++;
        fg_facts_load(m, root, d);
    }
}

/* Load the fixtures, plus an extra fact file when extra is not NULL, and
 * validate. */
static void fuzz_load_model(fg_model *m, fg_diags *d, const char *extra_rel, const void *extra, size_t extra_len)
{
    fg_model_init(m);
    for (size_t i = 0; i < FUZZ_NFIXTURES; i++) {
        /* facts/fuzz.yaml sorts between base.yaml and more.yaml */
        if (extra_rel && i == 1)
            fuzz_load_file(m, extra_rel, extra, extra_len, d);
        fuzz_load_file(m, fuzz_fixtures[i].rel, fuzz_fixtures[i].text, fuzz_fixtures[i].len, d);
    }
    fg_validate(m, FG_FUZZ_ROOT, d);
}

/* Format every diagnostic the three ways, as the CLI would. */
static void fuzz_print_diags(fg_diags *d, const fg_model *m)
{
    fg_diag_sort(d);
    fg_diag_print(d, &m->files, FG_FORMAT_HUMAN, true, fuzz_devnull);
    fg_diag_print(d, &m->files, FG_FORMAT_JSON, false, fuzz_devnull);
    fg_diag_print(d, &m->files, FG_FORMAT_GITHUB, false, fuzz_devnull);
}

#endif
