/* libFuzzer target: the input is one fact file (facts/fuzz.yaml) of a
 * project whose schema and other facts are the golden fixtures. It is
 * parsed, loaded and validated with them, and every diagnostic is
 * formatted; then everything is released (LeakSanitizer checks). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FG_YAML_MAX_FILE) /* refused unread by the project loader */
        return 0;
    fuzz_init_once();
    fg_model m;
    fg_diags d = {0};
    fuzz_load_model(&m, &d, "facts/fuzz.yaml", data, size);
    fuzz_print_diags(&d, &m);
    fg_diags_release(&d);
    fg_model_release(&m);
    return 0;
}
