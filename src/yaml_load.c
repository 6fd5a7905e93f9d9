/* Builds the tree from libyaml's event stream with an explicit stack of
 * open containers. Each container collects its children in a growable
 * array and copies them into the arena when it closes; duplicate keys are
 * found then by sorting the keys, so a mapping of n keys costs n log n. */
#include "yaml_load.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "symtab.h"
#include "xalloc.h"

typedef struct open_node {
    fg_ynode *node;
    fg_ynode **kids;
    size_t n, cap;
} open_node;

/* Where the loader has got to in the text, to turn libyaml's character
 * index into our line and column. Marks mostly move forward, so the walk
 * is linear in the file; a mark behind the cursor restarts it. */
typedef struct cursor {
    size_t index;  /* characters, as libyaml counts them (CR LF is two) */
    size_t offset; /* bytes */
    uint32_t line, col;
} cursor;

/* The uses of one alias name in a file, reported once at the first. */
typedef struct alias_use {
    const char *name;
    fg_pos first;
    size_t count;
} alias_use;

typedef struct loader {
    cursor cur;
    bool libyaml_lines; /* the file has no CR, NEL, LS or PS: libyaml's own
                         * line and column are ours */
    const fg_file *file;
    uint32_t index;
    fg_arena *nodes, *texts;
    fg_diags *diags;
    fg_symtab keys; /* mapping keys, stored once: "subject" recurs per relation */
    /* The key last interned in each bucket of length and first byte: a
     * record's few keys are found here without hashing them. */
    const char *recent_keys[64];
    size_t recent_lens[64];
    fg_symtab alias_names; /* name -> alias_use */
    alias_use **aliases;   /* in order of first use */
    size_t naliases, aliases_cap;
    open_node stack[FG_YAML_MAX_DEPTH + 1];
    size_t depth;
    fg_ynode *root;
    int documents;
} loader;

/* Whether libyaml and editors agree on where lines break in this text:
 * no CR, and none of NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9). memchr
 * skips the long runs of other bytes. */
static bool breaks_only_at_lf(const char *text, size_t len)
{
    if (memchr(text, '\r', len))
        return false;
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    while ((p = memchr(p, 0xC2, (size_t)(end - p))) != NULL && p + 1 < end) {
        if (p[1] == 0x85)
            return false;
        p++;
    }
    p = (const unsigned char *)text;
    while ((p = memchr(p, 0xE2, (size_t)(end - p))) != NULL && p + 2 < end) {
        if (p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
            return false;
        p++;
    }
    return true;
}

static size_t utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
}

/* The one place a libyaml mark becomes a 1-based position. Its own line and
 * column are not used: libyaml also breaks lines at NEL, LS and PS, which
 * editors show inside a line, so the position is recomputed from the
 * character index with the line breaks of fg_file_line. */
static fg_pos exact_pos(loader *ld, yaml_mark_t mark);

static fg_pos mark_pos(loader *ld, yaml_mark_t mark)
{
    if (ld->libyaml_lines) {
        fg_pos pos = {ld->index, (uint32_t)mark.line + 1, (uint32_t)mark.column + 1};
        return pos;
    }
    return exact_pos(ld, mark);
}

/* From the character index: also right at the end of a file without a
 * final line break, where libyaml's own line is one past the last. */
static fg_pos exact_pos(loader *ld, yaml_mark_t mark)
{
    cursor *c = &ld->cur;
    const char *text = ld->file->text;
    size_t len = ld->file->len;
    if (mark.index < c->index || c->line == 0) {
        c->index = 0;
        c->offset = fg_file_bom_len(ld->file);
        c->line = c->col = 1;
    }
    while (c->index < mark.index && c->offset < len) {
        unsigned char ch = (unsigned char)text[c->offset];
        size_t n = utf8_len(ch);
        if (ch == '\n' || (ch == '\r' && (c->offset + 1 >= len || text[c->offset + 1] != '\n'))) {
            c->line++;
            c->col = 1;
        } else if (ch != '\r') {
            c->col++;
        }
        c->offset += n <= len - c->offset ? n : len - c->offset;
        c->index++;
    }
    fg_pos pos = {ld->index, c->line, c->col};
    return pos;
}

static fg_ynode *new_node(loader *ld, fg_yaml_kind kind, yaml_mark_t mark)
{
    /* Not zeroed by the arena: the initialiser writes every field. */
    fg_ynode *n = fg_arena_alloc_uninit(ld->nodes, sizeof *n);
    *n = (fg_ynode){.pos = mark_pos(ld, mark), .kind = (uint8_t)kind};
    return n;
}

static void attach(loader *ld, fg_ynode *node)
{
    if (ld->depth == 0) {
        ld->root = node;
        return;
    }
    open_node *top = &ld->stack[ld->depth - 1];
    top->kids = fg_xgrow(top->kids, &top->cap, top->n + 1, sizeof *top->kids);
    top->kids[top->n++] = node;
    if (top->node->kind == FG_YAML_MAP && top->n % 2 == 1 && node->kind != FG_YAML_SCALAR)
        fg_diag_error(ld->diags, node->pos, "wrong-kind", "a mapping key must be a string, not a %s",
                      fg_yaml_kind_name(node->kind));
}

static void reject_anchor(loader *ld, const yaml_char_t *anchor, yaml_mark_t mark)
{
    if (anchor)
        fg_diag_error(ld->diags, mark_pos(ld, mark), "yaml-alias",
                      "anchors are not supported ('&%s'): write the value out in full", (const char *)anchor);
}

static int cmp_key(const void *pa, const void *pb)
{
    const fg_ynode *a = *(fg_ynode *const *)pa, *b = *(fg_ynode *const *)pb;
    int c = strcmp(a->str, b->str);
    if (c)
        return c;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    return a->pos.col < b->pos.col ? -1 : a->pos.col > b->pos.col;
}

/* Whether two keys of the mapping are the same. Keys are interned, so the
 * same text is the same pointer: for the few keys of a record this is
 * cheaper than sorting them. */
static bool has_duplicate_key(const fg_ynode *map)
{
    for (size_t i = 2; i < map->n; i += 2)
        for (size_t j = 0; j < i; j += 2)
            if (map->kids[i]->str == map->kids[j]->str && map->kids[i]->kind == FG_YAML_SCALAR &&
                !map->kids[i]->invalid && map->kids[j]->kind == FG_YAML_SCALAR && !map->kids[j]->invalid)
                return true;
    return false;
}

static void check_duplicate_keys(loader *ld, const fg_ynode *map)
{
    size_t nkeys = map->n / 2, m = 0;
    if (nkeys < 2 || (nkeys <= 16 && !has_duplicate_key(map)))
        return;
    /* Report in the order of the keys' text, then of position. */
    fg_ynode **keys = fg_xmalloc(nkeys * sizeof *keys);
    for (size_t i = 0; i < map->n; i += 2)
        if (map->kids[i]->kind == FG_YAML_SCALAR && !map->kids[i]->invalid)
            keys[m++] = map->kids[i];
    qsort(keys, m, sizeof *keys, cmp_key);
    for (size_t i = 1; i < m; i++) {
        size_t first = i - 1;
        while (i < m && strcmp(keys[i]->str, keys[first]->str) == 0) {
            fg_diag_error(ld->diags, keys[i]->pos, "duplicate-key", "duplicate key '%s' in one mapping",
                          keys[i]->str);
            fg_diag_note(ld->diags, keys[first]->pos, "'%s' first given here", keys[first]->str);
            i++;
        }
    }
    free(keys);
}

static int open_container(loader *ld, fg_yaml_kind kind, yaml_mark_t mark)
{
    if (ld->depth >= FG_YAML_MAX_DEPTH) {
        fg_diag_error(ld->diags, mark_pos(ld, mark), "nesting-too-deep",
                      "nesting deeper than %d levels", FG_YAML_MAX_DEPTH);
        return -1;
    }
    fg_ynode *node = new_node(ld, kind, mark);
    attach(ld, node);
    /* Each level keeps its buffer from one container to the next, so a
     * file of many small mappings does not malloc and free each of them. */
    open_node *top = &ld->stack[ld->depth++];
    top->node = node;
    top->n = 0;
    return 0;
}

static void close_container(loader *ld)
{
    /* libyaml balances its events; this guards the stack regardless. */
    if (ld->depth == 0 || !ld->stack[ld->depth - 1].node)
        return;
    open_node *top = &ld->stack[--ld->depth];
    fg_ynode *node = top->node;
    node->n = (uint32_t)top->n;
    if (top->n) {
        node->kids = fg_arena_alloc_uninit(ld->nodes, top->n * sizeof *node->kids);
        memcpy(node->kids, top->kids, top->n * sizeof *node->kids);
    }
    top->node = NULL;
    if (node->kind == FG_YAML_MAP)
        check_duplicate_keys(ld, node);
}

/* The first control character (other than tab and line feed) or
 * noncharacter in value, or 0. libyaml refuses them raw but lets escapes
 * such as "\e" or "\uFFFE" through; they would reach labels and logs. */
static uint32_t forbidden_char(const char *value, size_t len)
{
    const unsigned char *p = (const unsigned char *)value;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i];
        if (c >= 0x20 && c < 0x7F)
            continue; /* printable ASCII: nearly every byte */
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            return c;
        if (c == 0xC2 && i + 1 < len && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
            return p[i + 1]; /* C1 controls U+0080..U+009F */
        if (c == 0xEF && i + 2 < len && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF))
            return 0xFFF0u | (p[i + 2] & 0x0Fu); /* U+FFFE, U+FFFF */
    }
    return 0;
}

/* Whether the next node attached is a mapping key. */
static bool is_key(const loader *ld)
{
    return ld->depth > 0 && ld->stack[ld->depth - 1].node->kind == FG_YAML_MAP && ld->stack[ld->depth - 1].n % 2 == 0;
}

static const char *intern_key(loader *ld, const char *value, size_t len)
{
    size_t bucket = (len * 31 + (unsigned char)value[0]) & 63;
    const char *s = ld->recent_keys[bucket];
    if (s && ld->recent_lens[bucket] == len && memcmp(s, value, len) == 0)
        return s;
    s = fg_symtab_get(&ld->keys, value);
    if (!s) {
        char *copy = fg_arena_strndup(ld->texts, value, len);
        fg_symtab_put(&ld->keys, copy, copy);
        s = copy;
    }
    ld->recent_keys[bucket] = s;
    ld->recent_lens[bucket] = len;
    return s;
}

static void add_scalar(loader *ld, const yaml_event_t *ev)
{
    fg_ynode *node = new_node(ld, FG_YAML_SCALAR, ev->start_mark);
    const char *value = (const char *)ev->data.scalar.value;
    size_t len = ev->data.scalar.length;
    if (len > FG_YAML_MAX_SCALAR) {
        fg_diag_error(ld->diags, node->pos, "too-long", "a string of %zu bytes is longer than the limit of %zu",
                      len, FG_YAML_MAX_SCALAR);
        node->invalid = true;
        len = 0;
    }
    /* A double-quoted "\0" puts a NUL inside the scalar: never trust strlen. */
    if (memchr(value, '\0', len)) {
        fg_diag_error(ld->diags, node->pos, "control-character", "a string must not contain a NUL character");
        node->invalid = true;
        len = strlen(value);
    }
    uint32_t bad = forbidden_char(value, len);
    if (bad && !node->invalid) {
        fg_diag_error(ld->diags, node->pos, "control-character",
                      "a string must not contain the character U+%04X (control characters and noncharacters are "
                      "not allowed, even as escapes)", (unsigned)bad);
        node->invalid = true;
    }
    node->str = is_key(ld) ? intern_key(ld, value, len) : fg_arena_strndup(ld->texts, value, len);
    node->len = (uint32_t)len; /* at most FG_YAML_MAX_SCALAR */
    node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    reject_anchor(ld, ev->data.scalar.anchor, ev->start_mark);
    attach(ld, node);
}

static void add_alias(loader *ld, const yaml_event_t *ev)
{
    fg_ynode *node = new_node(ld, FG_YAML_SCALAR, ev->start_mark);
    node->invalid = true;
    node->str = "";
    const char *name = (const char *)ev->data.alias.anchor;
    alias_use *use = fg_symtab_get(&ld->alias_names, name);
    if (!use) {
        use = fg_arena_alloc(ld->nodes, sizeof *use);
        use->name = fg_arena_strndup(ld->nodes, name, strlen(name));
        use->first = node->pos;
        fg_symtab_put(&ld->alias_names, use->name, use);
        ld->aliases = fg_xgrow(ld->aliases, &ld->aliases_cap, ld->naliases + 1, sizeof *ld->aliases);
        ld->aliases[ld->naliases++] = use;
    }
    use->count++;
    attach(ld, node);
}

/* Each alias name once, at its first use, with the number of uses: a
 * billion-laughs file says what is wrong in a few lines, not one per
 * alias, and leaves room under the diagnostics limit for the rest. */
static void report_aliases(loader *ld)
{
    for (size_t i = 0; i < ld->naliases; i++) {
        const alias_use *use = ld->aliases[i];
        if (use->count > 1)
            fg_diag_error(ld->diags, use->first, "yaml-alias",
                          "aliases are not supported ('*%s', used %zu times): write the value out in full",
                          use->name, use->count);
        else
            fg_diag_error(ld->diags, use->first, "yaml-alias",
                          "aliases are not supported ('*%s'): write the value out in full", use->name);
    }
}

/* "a block mapping" from libyaml's "while parsing a block mapping". */
static const char *construct_name(const char *context)
{
    static const char *const prefixes[] = {"while parsing ", "while scanning ", NULL};
    for (const char *const *p = prefixes; *p; p++)
        if (strncmp(context, *p, strlen(*p)) == 0)
            return context + strlen(*p);
    return context;
}

static void report_parser_error(loader *ld, const yaml_parser_t *p)
{
    const char *problem = p->problem ? p->problem : "unknown error";
    if (p->error == YAML_READER_ERROR) {
        /* The reader knows only a byte offset; turn it into line and column. */
        size_t at = p->problem_offset;
        /* libyaml names the bad trailing byte; the reader wants the
         * character it breaks, which starts at its lead byte. */
        if (strstr(problem, "trailing") && at < ld->file->len) {
            size_t lead = at;
            while (lead > 0 && at - lead < 3 && ((unsigned char)ld->file->text[lead - 1] & 0xC0) == 0x80)
                lead--;
            if (lead > 0 && (unsigned char)ld->file->text[lead - 1] >= 0xC0)
                at = lead - 1;
        }
        fg_pos pos = fg_file_pos_of_offset(ld->file, ld->index, at);
        const char *rule = strstr(problem, "control characters") ? "control-character" : "invalid-utf8";
        if (strcmp(rule, "invalid-utf8") == 0)
            fg_diag_error(ld->diags, pos, rule, "invalid UTF-8: %s", problem);
        else
            fg_diag_error(ld->diags, pos, rule, "%s (character U+%04X)", problem, (unsigned)p->problem_value);
        return;
    }
    fg_pos pos = exact_pos(ld, p->problem_mark);
    size_t len;
    const char *line = fg_file_line(ld->file, pos.line, &len);
    if (strcmp(problem, "found character that cannot start any token") == 0 && line && pos.col >= 1 &&
        pos.col <= len && line[pos.col - 1] == '\t') {
        fg_diag_error(ld->diags, pos, "yaml-syntax", "found a tab character used for indentation: YAML indents "
                                                     "with spaces");
        return;
    }
    if (p->context)
        fg_diag_error(ld->diags, pos, "yaml-syntax", "%s (%s)", problem, p->context);
    else
        fg_diag_error(ld->diags, pos, "yaml-syntax", "%s", problem);
    fg_pos ctx = exact_pos(ld, p->context_mark);
    if (p->context && (ctx.line != pos.line || ctx.col != pos.col))
        fg_diag_note(ld->diags, ctx, "%s began here", construct_name(p->context));
}

/* Returns 1 to go on, 0 at the end of the stream, -1 to stop. */
static int handle_event(loader *ld, const yaml_event_t *ev)
{
    switch (ev->type) {
    case YAML_STREAM_END_EVENT:
        return 0;
    case YAML_DOCUMENT_START_EVENT:
        if (++ld->documents > 1) {
            fg_diag_error(ld->diags, mark_pos(ld, ev->start_mark), "multiple-documents",
                          "a file must hold one YAML document");
            return -1;
        }
        return 1;
    case YAML_SCALAR_EVENT:
        add_scalar(ld, ev);
        return 1;
    case YAML_ALIAS_EVENT:
        add_alias(ld, ev);
        return 1;
    case YAML_SEQUENCE_START_EVENT:
        reject_anchor(ld, ev->data.sequence_start.anchor, ev->start_mark);
        return open_container(ld, FG_YAML_SEQ, ev->start_mark) == 0 ? 1 : -1;
    case YAML_MAPPING_START_EVENT:
        reject_anchor(ld, ev->data.mapping_start.anchor, ev->start_mark);
        return open_container(ld, FG_YAML_MAP, ev->start_mark) == 0 ? 1 : -1;
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT:
        close_container(ld);
        return 1;
    default:
        return 1;
    }
}

fg_ynode *fg_yaml_load(const fg_file *file, uint32_t index, fg_arena *arena, fg_diags *diags)
{
    return fg_yaml_load_split(file, index, arena, arena, diags);
}

fg_ynode *fg_yaml_load_split(const fg_file *file, uint32_t index, fg_arena *nodes, fg_arena *texts,
                             fg_diags *diags)
{
    loader ld;
    memset(&ld, 0, sizeof ld);
    ld.file = file;
    ld.index = index;
    ld.nodes = nodes;
    ld.texts = texts;
    ld.diags = diags;
    ld.libyaml_lines = breaks_only_at_lf(file->text, file->len);

    /* libyaml decodes UTF-16 silently; the contract, and every position,
     * is UTF-8. */
    if (file->len >= 2 && (((unsigned char)file->text[0] == 0xFF && (unsigned char)file->text[1] == 0xFE) ||
                           ((unsigned char)file->text[0] == 0xFE && (unsigned char)file->text[1] == 0xFF))) {
        fg_diag_error(diags, (fg_pos){index, 1, 1}, "invalid-utf8",
                      "invalid UTF-8: the file opens with a UTF-16 byte order mark; save it as UTF-8");
        return NULL;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fg_diag_error(diags, (fg_pos){index, 0, 0}, "io", "cannot initialise the YAML parser");
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)file->text, file->len);
    bool failed = false;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(&parser, &ev)) {
            report_parser_error(&ld, &parser);
            failed = true;
            break;
        }
        int r = handle_event(&ld, &ev);
        yaml_event_delete(&ev);
        if (r < 0)
            failed = true;
        if (r <= 0)
            break;
    }
    report_aliases(&ld);
    free(ld.aliases);
    fg_symtab_release(&ld.alias_names);
    for (size_t i = 0; i <= FG_YAML_MAX_DEPTH; i++)
        free(ld.stack[i].kids);
    fg_symtab_release(&ld.keys);
    yaml_parser_delete(&parser);
    return failed ? NULL : ld.root;
}

bool fg_ynode_is_null(const fg_ynode *node)
{
    if (!node || node->kind != FG_YAML_SCALAR || !node->plain || node->invalid)
        return false;
    /* By length first: this runs for every field of every record. */
    if (node->len == 0 || (node->len == 1 && node->str[0] == '~'))
        return true;
    return node->len == 4 && (strcmp(node->str, "null") == 0 || strcmp(node->str, "Null") == 0 ||
                              strcmp(node->str, "NULL") == 0);
}

const fg_ynode *fg_ynode_get(const fg_ynode *map, const char *key)
{
    if (!map || map->kind != FG_YAML_MAP)
        return NULL;
    for (size_t i = 0; i + 1 < map->n; i += 2) {
        const fg_ynode *k = map->kids[i];
        if (k->kind == FG_YAML_SCALAR && k->str[0] == key[0] && strcmp(k->str, key) == 0)
            return map->kids[i + 1];
    }
    return NULL;
}

const char *fg_yaml_kind_name(fg_yaml_kind kind)
{
    switch (kind) {
    case FG_YAML_SCALAR: return "string";
    case FG_YAML_SEQ: return "list";
    case FG_YAML_MAP: return "mapping";
    }
    return "value";
}
