/* Why a quote was not found, when that can be told: the message of
 * quote-not-found says it (an ellipsis or a bracketed insertion, found in
 * another source's document) and a note shows the passage of the cited
 * document that comes closest (the same words in other letter case, or the
 * longest run of the quote's words), with its line. */
#ifndef FG_QUOTE_HELP_H
#define FG_QUOTE_HELP_H
#include "diag.h"
#include "model.h"

/* At most this many quotes of a run get the search for the closest
 * passage (a pass over their seed, read again: up to 64 MiB each); the
 * others get the hints that cost nothing. */
#define FG_QUOTE_HELP_SEARCHES 16
/* At most this many quotes of a run are looked up in the other sources'
 * documents (a lookup that misses can cost a pass over each). */
#define FG_QUOTE_HELP_OTHERS 64

/* Report quote-not-found for ct, a cite of source src whose quote was not
 * found, with what can be told about it. */
void fg_quote_help_report(fg_model *m, fg_diags *d, const fg_source *src, const fg_cite *ct);

#endif
