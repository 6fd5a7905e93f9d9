/* libFuzzer target: the input is one view file (graphs/fuzz.yaml) over a
 * fixed, valid model (the golden fixtures). It is loaded and validated;
 * when it has no error, as `factgraph build` requires, its subgraph is
 * selected and rendered to a libcgraph graph and its DOT text (no layout:
 * that runs in a child process in factgraph and is Graphviz's code). */
#include <graphviz/cgraph.h>

#include "fuzz_common.h"
#include "render_dot.h"
#include "strbuf.h"
#include "view.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FG_YAML_MAX_FILE)
        return 0;
    fuzz_init_once();
    fg_model m;
    fg_diags d = {0};
    fuzz_load_model(&m, &d, NULL, NULL, 0);
    if (d.nerrors) {
        fprintf(stderr, "fuzz: the fixture model is not valid\n");
        abort();
    }
    uint32_t index = fuzz_add_file(&m, "graphs/fuzz.yaml", data, size);
    fg_ynode *root = fg_yaml_load(m.files.items[index], index, &m.arena, &d);
    fg_view v;
    memset(&v, 0, sizeof v);
    fg_view_load(&v, "fuzz", root, (fg_pos){index, 0, 0}, &d);
    fg_view_validate(&v, &m, &d);
    if (v.ok && d.nerrors == 0) {
        fg_selection sel;
        fg_view_select(&v, &m, &sel);
        Agraph_t *g = fg_render_graph(&v, &m, &sel);
        fg_strbuf dot = FG_STRBUF_INIT;
        if (fg_render_dot(g, &dot) != 0)
            abort(); /* writing to memory cannot fail */
        fg_strbuf_release(&dot);
        agclose(g);
        fg_selection_release(&sel);
    }
    fuzz_print_diags(&d, &m);
    fg_view_release(&v);
    fg_diags_release(&d);
    fg_model_release(&m);
    return 0;
}
