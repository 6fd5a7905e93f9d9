/* The rules a diagnostic names: one table, with a short description and a
 * help text each, that the SARIF output describes its rules from and that
 * docs/fact-format.md lists (tests/cli/rules.sh checks both agree). */
#ifndef FG_RULES_H
#define FG_RULES_H
#include <stddef.h>

typedef struct fg_rule {
    const char *name;    /* kebab-case, as a diagnostic prints it */
    const char *summary; /* one line: what the rule finds */
    const char *help;    /* what to do about it */
} fg_rule;

extern const fg_rule fg_rules[];
extern const size_t fg_nrules;

/* The index of the rule named name in fg_rules, or -1. */
long fg_rule_find(const char *name);

#endif
