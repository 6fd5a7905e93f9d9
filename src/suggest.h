/* "Did you mean ...?": the closest candidate by edit distance. */
#ifndef FG_SUGGEST_H
#define FG_SUGGEST_H
#include <stddef.h>

/* A candidate longer than this, in bytes, is never suggested: the phrase
 * could not show it. */
#define FG_SUGGEST_MAX 71

/* Levenshtein distance between two strings, counting bytes. */
size_t fg_edit_distance(const char *a, const char *b);
/* The same distance between a[0..la) and b[0..lb) if it is at most max,
 * else max + 1, in at most (2 max + 1) la steps. */
size_t fg_edit_distance_within(const char *a, size_t la, const char *b, size_t lb, size_t max);

typedef struct fg_suggest {
    const char *word;
    size_t word_len;
    const char *best;
    size_t best_dist;
    char phrase[FG_SUGGEST_MAX + 25];
} fg_suggest;

void fg_suggest_init(fg_suggest *s, const char *word);
void fg_suggest_consider(fg_suggest *s, const char *candidate);
/* The best candidate if it is close enough to be a likely typo, else NULL. */
const char *fg_suggest_result(const fg_suggest *s);
/* " (did you mean 'X'?)" for that candidate, or "": the tail of a message.
 * The text lives in s. */
const char *fg_suggest_phrase(fg_suggest *s);

#endif
