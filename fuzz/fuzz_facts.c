/* libFuzzer target: the input is one fact file (facts/fuzz.yaml) of a
 * project whose schema, other facts and seed are the golden fixtures. It is
 * loaded and validated with them through the public loader, and every
 * diagnostic is formatted; then everything is released (LeakSanitizer
 * checks). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init_once();
    fg_project *p = fuzz_open("facts/fuzz.yaml", data, size);
    fuzz_print_diags(p);
    fg_project_free(p);
    return 0;
}
