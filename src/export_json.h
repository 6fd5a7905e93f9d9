/* The validated model as one JSON document. */
#ifndef FG_EXPORT_JSON_H
#define FG_EXPORT_JSON_H
#include "model.h"
#include "strbuf.h"

/* Append the model as JSON: {"sources":[...],"entities":[...],"events":[...],
 * "relations":[...]}. Each record holds its YAML fields under their YAML names,
 * in schema order, plus "at": {"file","line","column"}. */
void fg_export_json(const fg_model *m, fg_strbuf *out);

#endif
