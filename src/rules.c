#include "rules.h"

#include <string.h>

/* In the order of docs/fact-format.md's table. */
const fg_rule fg_rules[] = {
    {"yaml-syntax", "The file is not valid YAML.", "Fix the YAML syntax at the place shown: an unclosed quote or bracket, or a bad indentation."},
    {"yaml-alias", "The file uses a YAML anchor or alias.", "Write the value out in full: anchors, aliases and merge keys are refused."},
    {"duplicate-key", "A key appears twice in one mapping.", "Remove or rename one of the two keys: YAML would keep only one of them silently."},
    {"multiple-documents", "The file holds more than one YAML document.", "Keep one document per file: remove the '---' separators, or split the file."},
    {"invalid-utf8", "The file holds bytes that are not UTF-8 text.", "Save the file as UTF-8 (without a UTF-16 byte order mark)."},
    {"control-character", "The file holds a control character.", "Remove the control character; write text, line breaks and tabs only."},
    {"nesting-too-deep", "Mappings and sequences are nested more than 64 levels deep.", "Flatten the structure: facts need only a few levels."},
    {"too-large", "A fact, view or seed file is larger than its limit.", "Split the file, or keep a smaller seed document (docs/limits.md gives the limits)."},
    {"too-long", "A string is longer than the limit of one scalar.", "Shorten the value: quotes and notes are short passages, not documents."},
    {"unknown-section", "A fact file has a top-level section factgraph does not know.", "Use sources, entities, events or relations (or fix the typo the message names)."},
    {"unknown-field", "A record has a field factgraph does not know.", "Fix the field name (the message suggests the closest one) or remove it."},
    {"missing-field", "A required field is absent.", "Add the field the message names."},
    {"wrong-kind", "A value is of the wrong kind (a list for a string, a string for a mapping).", "Write the value in the kind the field takes (docs/fact-format.md)."},
    {"bad-id", "An id or a schema name is not kebab-case.", "Use lowercase ASCII letters, digits and single hyphens, like 'ai-action-summit'."},
    {"duplicate-id", "An id (or a type) is defined twice.", "Rename one of the two, or remove the duplicate; the note shows the first."},
    {"unknown-type", "A type that the schema does not declare.", "Fix the type name (the message suggests the closest) or declare it in facts/schema.yaml."},
    {"unknown-predicate", "A predicate that the schema does not declare.", "Fix the predicate name (the message suggests the closest) or declare it in facts/schema.yaml."},
    {"unknown-ref", "A reference to an entity, event or source that is not defined.", "Fix the id (the message suggests the closest) or define the entity, event or source."},
    {"predicate-domain", "A subject (or speaker) of a type the predicate (or speaker_types) does not take.", "Use another predicate, fix the subject, or widen the predicate's subject types in the schema."},
    {"predicate-range", "An object of a type the predicate does not take.", "Use another predicate, fix the object, or widen the predicate's object types in the schema."},
    {"invalid-date", "A date that is not an ISO 8601 date.", "Write a date such as 2025, 2025-02 or 2025-02-10."},
    {"date-order", "An event that ends before it starts.", "Swap or fix the start and end dates."},
    {"date-outside-event", "A relation dated outside the dates of its event.", "Fix the relation's date or the event's dates; the note shows the event's."},
    {"contradiction", "Two relations between the same ends whose predicates contradict each other.", "Keep the relation the evidence supports, or date them apart if both held at different times."},
    {"duplicate-relation", "The same relation is stated twice.", "Remove one of the two, or merge their evidence into one relation."},
    {"missing-citation", "A relation without evidence.", "Give the relation a source and a verbatim quote from that source's seed document."},
    {"missing-file", "A source's seed document does not exist.", "Add the document under seeds/, or fix the source's file path."},
    {"file-outside-seeds", "A source's file is not under seeds/.", "Keep seed documents under seeds/ and name them by a relative path."},
    {"quote-not-found", "A quote that is not in the cited seed document.", "Copy the passage verbatim from the document (white space, quote marks and dashes are forgiven); split a quote with an ellipsis or an insertion into two evidence items."},
    {"predicate-requires", "A relation lacks a field its predicate requires.", "Add the field (date, role, amount or note) the predicate requires."},
    {"bad-amount", "An amount whose value or scale is not valid.", "Write the value as a decimal number such as 109 or 1.5, and the scale as unit, thousand, million, billion or trillion."},
    {"bad-currency", "A currency that is not an ISO 4217 code.", "Use an ISO 4217 code such as EUR, USD or CNY."},
    {"bad-url", "A URL that is not a plain http or https address.", "Write an http or https address without spaces, quotes or angle brackets."},
    {"bad-language", "A label key that is not a language code.", "Key labels by language codes such as zh or zh-Hant."},
    {"bad-style", "A style attribute or value that is not allowed.", "Use an allowed Graphviz attribute (the message suggests one) with a plain value."},
    {"bad-value", "A value that would be unsafe or meaningless.", "Write a value of the form the message describes."},
    {"missing-schema", "There is no facts/schema.yaml.", "Add facts/schema.yaml with entity_types, event_types and predicates."},
    {"unused-entity", "An entity that no relation, event or view uses.", "Use the entity in a relation, or remove it."},
    {"unused-event", "An event that no relation or view uses.", "Use the event in a relation, or remove it."},
    {"unused-source", "A source that no relation cites.", "Cite the source in a relation, or remove it."},
    {"unused-field", "A field that has no effect.", "Remove the field, or use the setting it depends on."},
    {"ignored-file", "A file under facts/ or graphs/ that is not read (a .yml or upper-case extension).", "Rename the file to end in .yaml."},
    {"missing-output", "build --check: a view's diagram has not been built.", "Run factgraph build and commit graphs/."},
    {"stale-output", "build --check: a view's diagram is out of date.", "Run factgraph build and commit graphs/."},
    {"orphan-output", "A .dot or .svg in graphs/ that no view makes.", "Remove the file, or add the view that makes it."},
    {"view-too-large", "A view with more nodes than its layout draws in reasonable time.", "Narrow the view (focus, types, predicates) or choose a faster layout."},
    {"output-too-large", "A DOT, SVG or report larger than its limit.", "Narrow the view so that its output stays under the limit (docs/limits.md)."},
    {"outside-project", "A symbolic link that leads out of the project.", "Keep facts/, seeds/ and graphs/ and their files inside the project."},
    {"layout-failed", "Graphviz failed or ran out of time.", "Narrow the view, change its layout, or raise --timeout."},
    {"io", "A file or directory could not be read or written.", "Check the path and its permissions."},
    {"layout-warning", "Graphviz warned while laying out or drawing a view (an unknown colour, a font it lacks).", "Fix what the warning names, usually a style value in facts/schema.yaml or the view."},
};

const size_t fg_nrules = sizeof fg_rules / sizeof fg_rules[0];

long fg_rule_find(const char *name)
{
    for (size_t i = 0; i < fg_nrules; i++)
        if (strcmp(fg_rules[i].name, name) == 0)
            return (long)i;
    return -1;
}
