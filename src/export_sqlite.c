/* The validated model as one SQLite database, for SQL, joins with an
 * analyst's own tables and Datasette: the schema is docs/exports.md's.
 *
 * Every value goes in through a bound parameter of a prepared statement,
 * never through the SQL text. The whole database is written in one
 * transaction into a temporary file beside the destination, with no
 * journal (a failed export leaves nothing to recover: the temporary file
 * is removed), then synced and renamed, so a reader never sees half of it.
 * The FTS5 index is built once at the end from the evidence table, which
 * is its external content. */
#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export.h"
#include "factgraph.h"
#include "project.h"

static const char schema_sql[] =
    "PRAGMA journal_mode=OFF;\n"
    "PRAGMA synchronous=OFF;\n"
    "PRAGMA foreign_keys=ON;\n"
    "BEGIN;\n"
    /* Entities and events share one id space and either may stand at an
     * end of a relation: items is the table those ends refer to. */
    "CREATE TABLE items (\n"
    "  id TEXT PRIMARY KEY,\n"
    "  kind TEXT NOT NULL CHECK (kind IN ('entity', 'event'))\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE sources (\n"
    "  id TEXT PRIMARY KEY,\n"
    "  file TEXT NOT NULL,\n"
    "  title TEXT NOT NULL,\n"
    "  publisher TEXT NOT NULL,\n"
    "  date TEXT,\n"
    "  url TEXT,\n"
    "  language TEXT,\n"
    "  note TEXT,\n"
    "  fact_file TEXT NOT NULL,\n"
    "  fact_line INTEGER NOT NULL\n"
    ");\n"
    "CREATE TABLE entities (\n"
    "  id TEXT PRIMARY KEY REFERENCES items (id),\n"
    "  type TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  aliases TEXT,\n"
    "  labels TEXT,\n"
    "  description TEXT,\n"
    "  url TEXT,\n"
    "  note TEXT,\n"
    "  fact_file TEXT NOT NULL,\n"
    "  fact_line INTEGER NOT NULL\n"
    ");\n"
    "CREATE TABLE events (\n"
    "  id TEXT PRIMARY KEY REFERENCES items (id),\n"
    "  type TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  date TEXT,\n"
    "  start TEXT,\n"
    "  \"end\" TEXT,\n"
    "  location TEXT,\n"
    "  aliases TEXT,\n"
    "  labels TEXT,\n"
    "  description TEXT,\n"
    "  url TEXT,\n"
    "  note TEXT,\n"
    "  fact_file TEXT NOT NULL,\n"
    "  fact_line INTEGER NOT NULL\n"
    ");\n"
    "CREATE TABLE relations (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  subject TEXT NOT NULL REFERENCES items (id),\n"
    "  predicate TEXT NOT NULL,\n"
    "  label TEXT NOT NULL,\n"
    "  object TEXT NOT NULL REFERENCES items (id),\n"
    "  date TEXT,\n"
    "  role TEXT,\n"
    "  amount_value TEXT,\n"
    "  amount_scale TEXT,\n"
    "  amount_currency TEXT,\n"
    "  note TEXT,\n"
    "  fact_file TEXT NOT NULL,\n"
    "  fact_line INTEGER NOT NULL\n"
    ");\n"
    "CREATE TABLE evidence (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  relation_id INTEGER NOT NULL REFERENCES relations (id),\n"
    "  position INTEGER NOT NULL,\n"
    "  source_id TEXT NOT NULL REFERENCES sources (id),\n"
    "  quote TEXT NOT NULL,\n"
    "  speaker TEXT,\n"
    "  quote_start INTEGER,\n"
    "  quote_end INTEGER,\n"
    "  UNIQUE (relation_id, position)\n"
    ");\n";

/* After the rows: indexes are cheaper built once than kept up row by row. */
static const char index_sql[] =
    "CREATE INDEX relations_subject ON relations (subject, predicate);\n"
    "CREATE INDEX relations_object ON relations (object, predicate);\n"
    "CREATE INDEX relations_predicate ON relations (predicate);\n"
    "CREATE INDEX evidence_source ON evidence (source_id);\n"
    "CREATE INDEX evidence_speaker ON evidence (speaker);\n"
    "CREATE INDEX entities_type ON entities (type);\n"
    "CREATE INDEX events_type ON events (type);\n"
    "CREATE VIRTUAL TABLE evidence_fts USING fts5 (quote, content='evidence', content_rowid='id',\n"
    "  tokenize='unicode61 remove_diacritics 2');\n"
    "INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');\n"
    "COMMIT;\n";

enum { ST_ITEM, ST_SOURCE, ST_ENTITY, ST_EVENT, ST_RELATION, ST_EVIDENCE, ST_COUNT };

static const char *const insert_sql[ST_COUNT] = {
    "INSERT INTO items VALUES (?, ?)",
    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
};

typedef struct db_writer {
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    const fg_model *m;
    int col;         /* the next parameter of the statement being filled */
    sqlite3_int64 evidence_id;
    bool failed;
} db_writer;

static void bind_text(db_writer *w, sqlite3_stmt *st, const char *s)
{
    int rc = s ? sqlite3_bind_text(st, ++w->col, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, ++w->col);
    if (rc != SQLITE_OK)
        w->failed = true;
}

static void bind_int(db_writer *w, sqlite3_stmt *st, sqlite3_int64 n, bool known)
{
    int rc = known ? sqlite3_bind_int64(st, ++w->col, n) : sqlite3_bind_null(st, ++w->col);
    if (rc != SQLITE_OK)
        w->failed = true;
}

/* A list or mapping as JSON text (SQLite's json_each reads it), or NULL. */
static void bind_json(db_writer *w, sqlite3_stmt *st, fg_strbuf *sb, const fg_list *list, const fg_map *map)
{
    fg_strbuf_reset(sb);
    if (list) {
        fg_strbuf_putc(sb, '[');
        for (uint32_t i = 0; i < list->n; i++) {
            if (i)
                fg_strbuf_putc(sb, ',');
            fg_strbuf_put_json(sb, list->items[i].str);
        }
        fg_strbuf_putc(sb, ']');
    } else if (map) {
        fg_strbuf_putc(sb, '{');
        for (uint32_t i = 0; i < map->n; i++) {
            if (i)
                fg_strbuf_putc(sb, ',');
            fg_strbuf_put_json(sb, map->pairs[i].key.str);
            fg_strbuf_putc(sb, ':');
            fg_strbuf_put_json(sb, map->pairs[i].value.str);
        }
        fg_strbuf_putc(sb, '}');
    }
    bind_text(w, st, list || map ? fg_strbuf_cstr(sb) : NULL);
}

/* Bind where the record was written: its fact file and line. */
static void bind_at(db_writer *w, sqlite3_stmt *st, fg_pos pos)
{
    const fg_file *f = fg_files_get(&w->m->files, pos.file);
    bind_text(w, st, f ? f->path : "");
    bind_int(w, st, pos.line, true);
}

/* Run the statement filled, then make it ready for the next row. */
static void step(db_writer *w, int which)
{
    sqlite3_stmt *st = w->st[which];
    if (!w->failed && sqlite3_step(st) != SQLITE_DONE)
        w->failed = true;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    w->col = 0;
}

static void put_source(db_writer *w, const fg_source *s)
{
    sqlite3_stmt *st = w->st[ST_SOURCE];
    bind_text(w, st, s->id->str);
    bind_text(w, st, s->file->str);
    bind_text(w, st, s->title->str);
    bind_text(w, st, s->publisher->str);
    bind_text(w, st, fg_str(s->date));
    bind_text(w, st, fg_str(s->url));
    bind_text(w, st, fg_str(s->language));
    bind_text(w, st, fg_str(s->note));
    bind_at(w, st, s->at);
    step(w, ST_SOURCE);
}

static void put_item(db_writer *w, const fg_item *it, fg_strbuf *sb)
{
    sqlite3_stmt *st = w->st[ST_ITEM];
    bind_text(w, st, it->id->str);
    bind_text(w, st, it->is_event ? "event" : "entity");
    step(w, ST_ITEM);
    int which = it->is_event ? ST_EVENT : ST_ENTITY;
    st = w->st[which];
    bind_text(w, st, it->id->str);
    bind_text(w, st, it->type->str);
    bind_text(w, st, it->name->str);
    if (it->is_event) {
        bind_text(w, st, fg_str(it->date));
        bind_text(w, st, fg_str(it->start));
        bind_text(w, st, fg_str(it->end));
        bind_text(w, st, fg_str(it->location));
    }
    /* Two buffers: a bound text must live until the row is stepped. */
    fg_strbuf labels = FG_STRBUF_INIT;
    bind_json(w, st, sb, it->aliases, NULL);
    bind_json(w, st, &labels, NULL, it->labels);
    bind_text(w, st, fg_str(it->description));
    bind_text(w, st, fg_str(it->url));
    bind_text(w, st, fg_str(it->note));
    bind_at(w, st, it->at);
    step(w, which);
    fg_strbuf_release(&labels);
}

static void put_relation(db_writer *w, size_t index)
{
    const fg_relation *r = &w->m->rels[index];
    sqlite3_stmt *st = w->st[ST_RELATION];
    bind_int(w, st, (sqlite3_int64)index, true);
    bind_text(w, st, r->subject->str);
    bind_text(w, st, r->predicate->str);
    bind_text(w, st, r->pred->label->str);
    bind_text(w, st, r->object->str);
    bind_text(w, st, fg_str(r->date));
    bind_text(w, st, fg_str(r->role));
    bind_text(w, st, r->amount ? r->amount->value->str : NULL);
    bind_text(w, st, r->amount ? fg_str(r->amount->scale) : NULL);
    bind_text(w, st, r->amount ? r->amount->currency->str : NULL);
    bind_text(w, st, fg_str(r->note));
    bind_at(w, st, r->at);
    step(w, ST_RELATION);
    st = w->st[ST_EVIDENCE];
    for (uint32_t i = 0; i < r->ncites; i++) {
        const fg_cite *c = &r->cites[i];
        bind_int(w, st, ++w->evidence_id, true);
        bind_int(w, st, (sqlite3_int64)index, true);
        bind_int(w, st, i, true);
        bind_text(w, st, c->source->str);
        bind_text(w, st, c->quote->str);
        bind_text(w, st, fg_str(c->speaker));
        bind_int(w, st, c->start, c->start >= 0);
        bind_int(w, st, c->end, c->end >= 0);
        step(w, ST_EVIDENCE);
    }
}

static void put_rows(db_writer *w, const fg_export_scope *sc)
{
    fg_strbuf sb = FG_STRBUF_INIT;
    for (size_t i = 0; i < sc->nsources && !w->failed; i++)
        put_source(w, &w->m->sources[sc->sources[i]]);
    for (size_t i = 0; i < sc->nitems && !w->failed; i++)
        put_item(w, &w->m->items[sc->items[i]], &sb);
    for (size_t i = 0; i < sc->nrels && !w->failed; i++)
        put_relation(w, sc->rels[i]);
    fg_strbuf_release(&sb);
}

/* Fill the database at path; false when SQLite failed (errno is set). */
static bool fill(const char *path, const fg_model *m, const fg_export_scope *sc)
{
    db_writer w = {0};
    w.m = m;
    bool ok = sqlite3_open_v2(path, &w.db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
              sqlite3_exec(w.db, schema_sql, NULL, NULL, NULL) == SQLITE_OK;
    for (int i = 0; ok && i < ST_COUNT; i++)
        ok = sqlite3_prepare_v2(w.db, insert_sql[i], -1, &w.st[i], NULL) == SQLITE_OK;
    if (ok) {
        put_rows(&w, sc);
        ok = !w.failed && sqlite3_exec(w.db, index_sql, NULL, NULL, NULL) == SQLITE_OK;
    }
    if (!ok && w.db) {
        int code = sqlite3_errcode(w.db);
        errno = code == SQLITE_FULL ? ENOSPC : code == SQLITE_PERM || code == SQLITE_READONLY ? EACCES : EIO;
    } else if (!ok) {
        errno = ENOMEM;
    }
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(w.st[i]);
    if (sqlite3_close(w.db) != SQLITE_OK && ok) {
        errno = EIO;
        ok = false;
    }
    return ok;
}

static int write_sqlite(fg_project *p, const fg_export_scope *sc, const fg_export_options *o, FILE *stream)
{
    (void)stream;
    const char *slash = strrchr(o->output, '/');
    fg_strbuf tmp = FG_STRBUF_INIT;
    if (slash)
        fg_strbuf_printf(&tmp, "%.*s/.%s.XXXXXX", (int)(slash - o->output), o->output, slash + 1);
    else
        fg_strbuf_printf(&tmp, ".%s.XXXXXX", o->output);
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        fg_strbuf_release(&tmp);
        return -1;
    }
    close(fd);
    bool ok = fill(tmp.data, &p->model, sc);
    /* No journal: the bytes reach the disk here, before the rename. */
    if (ok) {
        fd = open(tmp.data, O_RDONLY);
        ok = fd >= 0 && fchmod(fd, 0644) == 0 && fsync(fd) == 0;
        if (fd >= 0)
            close(fd);
    }
    if (ok)
        ok = rename(tmp.data, o->output) == 0;
    int saved = errno;
    if (!ok)
        unlink(tmp.data);
    errno = saved;
    fg_strbuf_release(&tmp);
    return ok ? 0 : -1;
}

/* Tables sources, items, entities, events, relations and evidence (one row
 * per citation, quote offsets NULL while unknown) and evidence_fts, an FTS5
 * index over the quotes. */
const fg_exporter fg_export_sqlite = {"sqlite", "one SQLite database: tables, foreign keys and an FTS5 index on quotes",
                                      true, write_sqlite};
