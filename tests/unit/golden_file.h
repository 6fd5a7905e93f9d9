/* A file of the golden tests' fixtures (FG_GOLDEN, set by CMake), read
 * whole for the unit tests that load the base project in memory. Include
 * after cmocka.h: a missing file fails the test. */
#ifndef FG_TEST_GOLDEN_FILE_H
#define FG_TEST_GOLDEN_FILE_H
#include <stdio.h>
#include <stdlib.h>

/* The NUL-terminated text of FG_GOLDEN/rel, the caller's to free; its
 * length in *len unless len is NULL. */
static char *read_golden(const char *rel, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", FG_GOLDEN, rel);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    long n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    char *text = malloc((size_t)n + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    text[n] = '\0';
    if (len)
        *len = (size_t)n;
    return text;
}

#endif
