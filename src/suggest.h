/* "Did you mean ...?": the closest candidate by edit distance. */
#ifndef FG_SUGGEST_H
#define FG_SUGGEST_H
#include <stddef.h>

/* Levenshtein distance between two strings, counting bytes. */
size_t fg_edit_distance(const char *a, const char *b);

typedef struct fg_suggest {
    const char *word;
    const char *best;
    size_t best_dist;
    char phrase[96];
} fg_suggest;

void fg_suggest_init(fg_suggest *s, const char *word);
void fg_suggest_consider(fg_suggest *s, const char *candidate);
/* The best candidate if it is close enough to be a likely typo, else NULL. */
const char *fg_suggest_result(const fg_suggest *s);
/* " (did you mean 'X'?)" for that candidate, or "": the tail of a message.
 * The text lives in s. */
const char *fg_suggest_phrase(fg_suggest *s);

#endif
