/* Diagnostics as SARIF 2.1.0 (the format code-scanning services read):
 * one run, the rules of rules.c as its reportingDescriptors, one result
 * per diagnostic, with the file as a URI relative to the project and the
 * note as a related location. A problem of no file has no location, and
 * one of a whole file no region. */
#include "diag.h"

#include <string.h>

#include "rules.h"
#include "strbuf.h"

/* A path relative to the project as a relative URI reference: the bytes
 * that are not unreserved characters or '/' are percent-encoded. */
static void put_uri(fg_strbuf *sb, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    fg_strbuf uri = FG_STRBUF_INIT;
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p))
            fg_strbuf_putc(&uri, (char)*p);
        else {
            fg_strbuf_putc(&uri, '%');
            fg_strbuf_putc(&uri, hex[*p >> 4]);
            fg_strbuf_putc(&uri, hex[*p & 15]);
        }
    }
    fg_strbuf_put_json(sb, fg_strbuf_cstr(&uri));
    fg_strbuf_release(&uri);
}

static void put_physical(fg_strbuf *sb, const fg_file *f, fg_pos pos)
{
    fg_strbuf_puts(sb, "\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
    put_uri(sb, f->path);
    fg_strbuf_puts(sb, ",\"uriBaseId\":\"PROJECTROOT\"}");
    if (pos.line) {
        fg_strbuf_printf(sb, ",\"region\":{\"startLine\":%u", pos.line);
        if (pos.col)
            fg_strbuf_printf(sb, ",\"startColumn\":%u", pos.col);
        fg_strbuf_putc(sb, '}');
    }
    fg_strbuf_putc(sb, '}');
}

static void put_rules(fg_strbuf *sb)
{
    fg_strbuf_puts(sb, "\"rules\":[");
    for (size_t i = 0; i < fg_nrules; i++) {
        const fg_rule *r = &fg_rules[i];
        fg_strbuf_printf(sb, "%s\n{\"id\":\"%s\",\"shortDescription\":{\"text\":", i ? "," : "", r->name);
        fg_strbuf_put_json(sb, r->summary);
        fg_strbuf_puts(sb, "},\"help\":{\"text\":");
        fg_strbuf_put_json(sb, r->help);
        fg_strbuf_puts(sb, "}}");
    }
    fg_strbuf_puts(sb, "]");
}

static void put_result(fg_strbuf *sb, const fg_diag *g, const fg_files *files)
{
    long rule = fg_rule_find(g->rule);
    fg_strbuf_printf(sb, "{\"ruleId\":\"%s\",", g->rule);
    if (rule >= 0)
        fg_strbuf_printf(sb, "\"ruleIndex\":%ld,", rule);
    fg_strbuf_printf(sb, "\"level\":\"%s\",\"message\":{\"text\":", g->sev == FG_SEV_ERROR ? "error" : "warning");
    fg_strbuf_put_json(sb, g->msg);
    fg_strbuf_putc(sb, '}');
    const fg_file *f = fg_files_get(files, g->pos.file);
    if (f) {
        fg_strbuf_puts(sb, ",\"locations\":[{");
        put_physical(sb, f, g->pos);
        fg_strbuf_puts(sb, "}]");
    }
    const fg_file *nf = g->has_note ? fg_files_get(files, g->note_pos.file) : NULL;
    if (nf) {
        fg_strbuf_puts(sb, ",\"relatedLocations\":[{\"id\":1,");
        put_physical(sb, nf, g->note_pos);
        fg_strbuf_puts(sb, ",\"message\":{\"text\":");
        fg_strbuf_put_json(sb, g->note);
        fg_strbuf_puts(sb, "}}]");
    } else if (g->has_note) {
        /* A note of no place: its words still reach the reader. */
        fg_strbuf_puts(sb, ",\"properties\":{\"note\":");
        fg_strbuf_put_json(sb, g->note);
        fg_strbuf_putc(sb, '}');
    }
    fg_strbuf_putc(sb, '}');
}

void fg_diag_print_sarif(const fg_diags *d, const fg_files *files, FILE *out)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    fg_strbuf_puts(&sb, "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                        "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"factgraph\",\"version\":\"" FG_VERSION "\",");
    put_rules(&sb);
    fg_strbuf_puts(&sb, "}},\"columnKind\":\"unicodeCodePoints\",\"results\":[");
    fwrite(sb.data, 1, sb.len, out);
    for (size_t i = 0; i < d->n; i++) {
        fg_strbuf_reset(&sb);
        fg_strbuf_puts(&sb, i ? ",\n" : "\n");
        put_result(&sb, &d->items[i], files);
        fwrite(sb.data, 1, sb.len, out);
    }
    fputs("\n]}]}\n", out);
    fg_strbuf_release(&sb);
}
