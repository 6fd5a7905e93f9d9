/* The floor for `factgraph check`: read the same YAML files the same way
 * (facts/ recursively in sorted path order, then the .yaml files of
 * graphs/; each file read whole into memory) and run libyaml's event
 * parser over them, with no tree, no validation and no seed documents.
 * Whatever factgraph spends beyond this is its own.
 *
 *     bench_floor DIR
 *
 * prints the number of files, bytes and YAML events on stdout; exits 1
 * if a file is not valid YAML, 2 on an I/O error. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

typedef struct paths {
    char **items;
    size_t n, cap;
} paths;

typedef struct totals {
    size_t files, bytes, events;
} totals;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "bench_floor: out of memory\n");
        exit(2);
    }
    return q;
}

static char *join(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *s = xrealloc(NULL, na + nb + 2);
    memcpy(s, a, na);
    s[na] = '/';
    memcpy(s + na + 1, b, nb + 1);
    return s;
}

static int has_yaml_suffix(const char *s)
{
    size_t n = strlen(s);
    return n > 5 && strcmp(s + n - 5, ".yaml") == 0;
}

static void list_yaml(const char *dir, int recurse, paths *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char *child = join(dir, e->d_name);
        struct stat st;
        if (stat(child, &st) != 0) {
            free(child);
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            if (recurse)
                list_yaml(child, 1, out);
            free(child);
        } else if (has_yaml_suffix(e->d_name)) {
            if (out->n == out->cap) {
                out->cap = out->cap ? 2 * out->cap : 64;
                out->items = xrealloc(out->items, out->cap * sizeof *out->items);
            }
            out->items[out->n++] = child;
        } else {
            free(child);
        }
    }
    closedir(d);
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        if (cap - n < 65536 + 1) {
            cap = cap ? 2 * cap : 65536 + 1;
            buf = xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* 0 when the file parses, 1 on a YAML error, 2 when it cannot be read. */
static int parse_file(const char *path, totals *t)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        fprintf(stderr, "bench_floor: cannot read %s\n", path);
        return 2;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        free(text);
        return 2;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int rc = 0;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "YAML error");
            rc = 1;
            break;
        }
        yaml_event_type_t type = ev.type;
        yaml_event_delete(&ev);
        t->events++;
        if (type == YAML_STREAM_END_EVENT)
            break;
    }
    yaml_parser_delete(&parser);
    t->files++;
    t->bytes += len;
    free(text);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_floor DIR\n");
        return 2;
    }
    paths facts = {0}, views = {0};
    char *facts_dir = join(argv[1], "facts"), *graphs_dir = join(argv[1], "graphs");
    list_yaml(facts_dir, 1, &facts);
    list_yaml(graphs_dir, 0, &views);
    if (facts.n > 1)
        qsort(facts.items, facts.n, sizeof *facts.items, cmp_path);
    if (views.n > 1)
        qsort(views.items, views.n, sizeof *views.items, cmp_path);
    totals t = {0, 0, 0};
    int rc = 0;
    for (size_t i = 0; i < facts.n + views.n; i++) {
        const char *path = i < facts.n ? facts.items[i] : views.items[i - facts.n];
        int r = parse_file(path, &t);
        if (r > rc)
            rc = r;
    }
    printf("%zu files, %zu bytes, %zu events\n", t.files, t.bytes, t.events);
    for (size_t i = 0; i < facts.n; i++)
        free(facts.items[i]);
    for (size_t i = 0; i < views.n; i++)
        free(views.items[i]);
    free(facts.items);
    free(views.items);
    free(facts_dir);
    free(graphs_dir);
    return rc;
}
