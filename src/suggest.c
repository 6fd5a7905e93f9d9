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

/* Ukkonen's band: a cell (i, j) with |i - j| > max is more than max edits
 * away, and so is every value past max, so each is kept as max + 1. The
 * least value of a row never falls in the rows below (a swap from two rows
 * up costs no less than a substitution from the row above), so once a row
 * is all past max, so is the distance. */
size_t fg_edit_distance_within(const char *a, size_t la, const char *b, size_t lb, size_t max)
{
    if ((la > lb ? la - lb : lb - la) > max)
        return max + 1;
    if (la == 0 || lb == 0)
        return la + lb;
    size_t far = max + 1;
    /* Suggestions compare names of at most FG_SUGGEST_MAX bytes: no malloc. */
    size_t room[3 * (FG_SUGGEST_MAX + 1)];
    size_t *rows = lb <= FG_SUGGEST_MAX ? room : fg_xmalloc(3 * (lb + 1) * sizeof *rows);
    size_t *prev2 = rows, *prev = rows + lb + 1, *cur = rows + 2 * (lb + 1);
    for (size_t j = 0; j <= lb; j++)
        prev[j] = prev2[j] = j < far ? j : far;
    size_t d = far;
    for (size_t i = 1; i <= la; i++) {
        size_t lo = i > max ? i - max : 1, hi = i + max < lb ? i + max : lb;
        size_t least = far;
        cur[lo - 1] = lo == 1 && i < far ? i : far;
        for (size_t j = lo; j <= hi; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = prev[j - 1] + cost;
            if (prev[j] + 1 < best)
                best = prev[j] + 1;
            if (cur[j - 1] + 1 < best)
                best = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best < far ? best : far;
            if (cur[j] < least)
                least = cur[j];
        }
        if (hi < lb)
            cur[hi + 1] = far;
        if (least == far)
            break; /* d stays far */
        if (i == la)
            d = cur[lb];
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    if (rows != room)
        free(rows);
    return d;
}

void fg_suggest_init(fg_suggest *s, const char *word)
{
    s->word = word;
    s->word_len = strlen(word);
    s->best = NULL;
    s->best_dist = (size_t)-1;
}

/* The largest distance fg_suggest_result accepts for s's word. */
static size_t suggest_limit(const fg_suggest *s)
{
    /* A third of the word may be wrong, and at least one character. */
    return s->word_len / 3 > 1 ? s->word_len / 3 : 1;
}

void fg_suggest_consider(fg_suggest *s, const char *candidate)
{
    size_t lb = strnlen(candidate, FG_SUGGEST_MAX + 1);
    if (lb > FG_SUGGEST_MAX)
        return;
    /* Only a distance that could be suggested, and beats or ties the
     * current best, is worth computing to the end. */
    size_t max = s->best_dist < suggest_limit(s) ? s->best_dist : suggest_limit(s);
    size_t d = fg_edit_distance_within(s->word, s->word_len, candidate, lb, max);
    if (d > max)
        return;
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
    return s->best_dist <= suggest_limit(s) ? s->best : NULL;
}

const char *fg_suggest_phrase(fg_suggest *s)
{
    const char *hint = fg_suggest_result(s);
    s->phrase[0] = '\0';
    if (hint)
        snprintf(s->phrase, sizeof s->phrase, " (did you mean '%s'?)", hint);
    return s->phrase;
}
