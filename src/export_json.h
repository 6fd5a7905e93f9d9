/* The validated model as one JSON document. */
#ifndef FG_EXPORT_JSON_H
#define FG_EXPORT_JSON_H
#include <stdio.h>

#include "model.h"
#include "strbuf.h"

/* Write the model as JSON: {"sources":[...],"entities":[...],"events":[...],
 * "relations":[...]}. Each record holds its YAML fields under their YAML names,
 * in schema order, plus "at": {"file","line","column"}. The text is built in
 * out; with a stream, out is written to it and emptied after each record
 * that leaves it over 64 KiB, so a large base is never held twice, and what
 * remains is left in out for the caller to write. */
void fg_export_json(const fg_model *m, fg_strbuf *out, FILE *stream);

#endif
