#include "suggest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Optimal string alignment distance: insertions, deletions, substitutions
 * and swaps of two adjacent characters each cost one, so 'nmae' is one edit
 * from 'name'. */
size_t fg_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    size_t *rows = fg_xmalloc(3 * (lb + 1) * sizeof *rows);
    size_t *prev2 = rows, *prev = rows + lb + 1, *cur = rows + 2 * (lb + 1);
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    size_t d = prev[lb];
    free(rows);
    return d;
}

void fg_suggest_init(fg_suggest *s, const char *word)
{
    s->word = word;
    s->best = NULL;
    s->best_dist = (size_t)-1;
}

void fg_suggest_consider(fg_suggest *s, const char *candidate)
{
    size_t la = strlen(s->word), lb = strlen(candidate);
    size_t floor = la > lb ? la - lb : lb - la;
    if (floor > s->best_dist)
        return; /* cannot beat or tie the current best */
    size_t d = fg_edit_distance(s->word, candidate);
    /* Ties go to the smaller string so that the answer does not depend on
     * the order of the candidates. */
    if (d < s->best_dist || (d == s->best_dist && strcmp(candidate, s->best) < 0)) {
        s->best = candidate;
        s->best_dist = d;
    }
}

const char *fg_suggest_result(const fg_suggest *s)
{
    if (!s->best || s->best_dist == 0)
        return NULL;
    size_t len = strlen(s->word);
    /* A third of the word may be wrong, and at least one character. */
    size_t limit = len / 3 > 1 ? len / 3 : 1;
    return s->best_dist <= limit ? s->best : NULL;
}

const char *fg_suggest_phrase(fg_suggest *s)
{
    const char *hint = fg_suggest_result(s);
    s->phrase[0] = '\0';
    /* A name too long for the phrase is no likely typo fix to show. */
    if (hint && strlen(hint) < sizeof s->phrase - 24)
        snprintf(s->phrase, sizeof s->phrase, " (did you mean '%s'?)", hint);
    return s->phrase;
}
