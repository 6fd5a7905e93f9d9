/* The fields of each kind of fact record, in the order exports write them
 * (the order of reading does not matter: a record's diagnostics follow the
 * order of its file). */
#include <stddef.h>

#include "model.h"

#define SOURCE(f) offsetof(fg_source, f)
static const fg_field source_fields[] = {
    {"id", FG_FIELD_STRING, true, SOURCE(id), NULL, 0},
    {"file", FG_FIELD_STRING, true, SOURCE(file), NULL, 0},
    {"title", FG_FIELD_STRING, true, SOURCE(title), NULL, 0},
    {"publisher", FG_FIELD_STRING, true, SOURCE(publisher), NULL, 0},
    {"date", FG_FIELD_STRING, false, SOURCE(date), NULL, 0},
    {"url", FG_FIELD_STRING, false, SOURCE(url), NULL, 0},
    {"language", FG_FIELD_STRING, false, SOURCE(language), NULL, 0},
    {"note", FG_FIELD_STRING, false, SOURCE(note), NULL, 0},
};
const fg_record_kind fg_source_record = FG_RECORD_KIND("source", fg_source, source_fields, SOURCE(at));

#define ITEM(f) offsetof(fg_item, f)
static const fg_field entity_fields[] = {
    {"id", FG_FIELD_STRING, true, ITEM(id), NULL, 0},
    {"type", FG_FIELD_STRING, true, ITEM(type), NULL, 0},
    {"name", FG_FIELD_STRING, true, ITEM(name), NULL, 0},
    {"aliases", FG_FIELD_STRINGS, false, ITEM(aliases), NULL, 0},
    {"labels", FG_FIELD_STRMAP, false, ITEM(labels), NULL, 0},
    {"description", FG_FIELD_STRING, false, ITEM(description), NULL, 0},
    {"url", FG_FIELD_STRING, false, ITEM(url), NULL, 0},
    {"note", FG_FIELD_STRING, false, ITEM(note), NULL, 0},
};
const fg_record_kind fg_entity_record = FG_RECORD_KIND("entity", fg_item, entity_fields, ITEM(at));

static const fg_field event_fields[] = {
    {"id", FG_FIELD_STRING, true, ITEM(id), NULL, 0},
    {"type", FG_FIELD_STRING, true, ITEM(type), NULL, 0},
    {"name", FG_FIELD_STRING, true, ITEM(name), NULL, 0},
    {"date", FG_FIELD_STRING, false, ITEM(date), NULL, 0},
    {"start", FG_FIELD_STRING, false, ITEM(start), NULL, 0},
    {"end", FG_FIELD_STRING, false, ITEM(end), NULL, 0},
    {"location", FG_FIELD_STRING, false, ITEM(location), NULL, 0},
    {"aliases", FG_FIELD_STRINGS, false, ITEM(aliases), NULL, 0},
    {"labels", FG_FIELD_STRMAP, false, ITEM(labels), NULL, 0},
    {"description", FG_FIELD_STRING, false, ITEM(description), NULL, 0},
    {"url", FG_FIELD_STRING, false, ITEM(url), NULL, 0},
    {"note", FG_FIELD_STRING, false, ITEM(note), NULL, 0},
};
const fg_record_kind fg_event_record = FG_RECORD_KIND("event", fg_item, event_fields, ITEM(at));

#define CITE(f) offsetof(fg_cite, f)
static const fg_field evidence_fields[] = {
    {"source", FG_FIELD_STRING, true, CITE(source), NULL, 0},
    {"quote", FG_FIELD_STRING, true, CITE(quote), NULL, 0},
    {"speaker", FG_FIELD_STRING, false, CITE(speaker), NULL, 0},
};
const fg_record_kind fg_evidence_record = FG_RECORD_KIND("evidence", fg_cite, evidence_fields, FG_UNSTORED);

#define AMOUNT(f) offsetof(fg_amount, f)
static const fg_field amount_fields[] = {
    {"value", FG_FIELD_STRING, true, AMOUNT(value), NULL, 0},
    {"scale", FG_FIELD_STRING, false, AMOUNT(scale), NULL, 0},
    {"currency", FG_FIELD_STRING, true, AMOUNT(currency), NULL, 0},
};
const fg_record_kind fg_amount_record = FG_RECORD_KIND("amount", fg_amount, amount_fields, AMOUNT(at));

/* The citation is read by facts_load.c (source and quote, or evidence, not
 * both) into the relation's cites, which exports write as "evidence". */
#define REL(f) offsetof(fg_relation, f)
static const fg_field relation_fields[] = {
    {"subject", FG_FIELD_STRING, true, REL(subject), NULL, 0},
    {"predicate", FG_FIELD_STRING, true, REL(predicate), NULL, 0},
    {"object", FG_FIELD_STRING, true, REL(object), NULL, 0},
    {"date", FG_FIELD_STRING, false, REL(date), NULL, 0},
    {"role", FG_FIELD_STRING, false, REL(role), NULL, 0},
    {"amount", FG_FIELD_MAP, false, REL(amount), &fg_amount_record, 0},
    {"note", FG_FIELD_STRING, false, REL(note), NULL, 0},
    {"evidence", FG_FIELD_LIST, false, REL(cites), &fg_evidence_record, REL(ncites)},
    {"source", FG_FIELD_STRING, false, FG_UNSTORED, NULL, 0},
    {"quote", FG_FIELD_STRING, false, FG_UNSTORED, NULL, 0},
    {"speaker", FG_FIELD_STRING, false, FG_UNSTORED, NULL, 0},
};
const fg_record_kind fg_relation_record = FG_RECORD_KIND("relation", fg_relation, relation_fields, REL(at));
