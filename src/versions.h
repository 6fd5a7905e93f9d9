/* The versions factgraph runs with, for --version and bug reports. */
#ifndef FG_VERSIONS_H
#define FG_VERSIONS_H
#include <stdio.h>

/* Print "factgraph X (Graphviz Y, libyaml Z)" and a newline to out. The
 * library versions are the ones loaded at run time, not the headers built
 * against: a layout or parsing difference is explained by what runs. */
void fg_versions_print(FILE *out);

#endif
