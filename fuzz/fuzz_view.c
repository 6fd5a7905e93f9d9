/* libFuzzer target: the input is one view file (graphs/fuzz.yaml) over a
 * fixed, valid model (the golden fixtures). It is loaded and validated;
 * when the project has no error, as `factgraph build` requires, the view's
 * DOT is rendered in memory (no layout: that runs in a child process in
 * factgraph and is Graphviz's code). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_init_once();
    fg_project *p = fuzz_open("graphs/fuzz.yaml", data, size);
    long view = fg_project_find_view(p, "fuzz");
    if (view < 0)
        abort(); /* the file was given: the view exists, valid or not */
    if (fg_project_valid(p)) {
        char *dot;
        size_t len;
        if (fg_project_render(p, (size_t)view, FG_RENDER_DOT, 0, &dot, &len) == FG_OK)
            free(dot);
    }
    fuzz_print_diags(p);
    fg_project_free(p);
    return 0;
}
