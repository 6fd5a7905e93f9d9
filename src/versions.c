#include "factgraph.h"

#include <gvc.h>
#include <yaml.h>

void fg_versions_print(FILE *out)
{
    /* Graphviz reports its version only through a context; creating one
     * costs a few milliseconds (it reads the plugin configuration), which
     * --version can afford. */
    GVC_t *gvc = gvContext();
    const char *graphviz = gvc ? gvcVersion(gvc) : NULL;
    fprintf(out, "factgraph %s (Graphviz %s, libyaml %s)\n", FG_VERSION, graphviz ? graphviz : "unknown",
            yaml_get_version_string());
    if (gvc)
        gvFreeContext(gvc);
}
