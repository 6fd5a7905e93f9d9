#include "model.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void fg_model_init(fg_model *m)
{
    memset(m, 0, sizeof *m);
}

void fg_model_release(fg_model *m)
{
    free(m->sources);
    free(m->items);
    free(m->rels);
    fg_symtab_release(&m->ids);
    fg_quote_index_release(&m->quotes);
    fg_schema_release(&m->schema);
    fg_arena_release(&m->arena);
    fg_files_release(&m->files);
    memset(m, 0, sizeof *m);
}

fg_source *fg_model_add_source(fg_model *m)
{
    m->sources = fg_xgrow(m->sources, &m->sources_cap, m->nsources + 1, sizeof *m->sources);
    fg_source *s = &m->sources[m->nsources++];
    memset(s, 0, sizeof *s);
    s->doc = -1;
    return s;
}

fg_item *fg_model_add_item(fg_model *m)
{
    m->items = fg_xgrow(m->items, &m->items_cap, m->nitems + 1, sizeof *m->items);
    fg_item *it = &m->items[m->nitems++];
    memset(it, 0, sizeof *it);
    return it;
}

fg_relation *fg_model_add_relation(fg_model *m)
{
    m->rels = fg_xgrow(m->rels, &m->rels_cap, m->nrels + 1, sizeof *m->rels);
    fg_relation *r = &m->rels[m->nrels++];
    memset(r, 0, sizeof *r);
    r->subj = r->obj = -1;
    return r;
}

const fg_id_entry *fg_model_lookup(const fg_model *m, const char *id)
{
    return fg_symtab_get(&m->ids, id);
}

const char *fg_model_suggest_item(const fg_model *m, const char *word, int want_event, fg_suggest *sg)
{
    fg_suggest_init(sg, word);
    for (size_t i = 0; i < m->nitems; i++)
        if (m->items[i].id && (want_event < 0 || m->items[i].is_event == want_event))
            fg_suggest_consider(sg, m->items[i].id->str);
    return fg_suggest_phrase(sg);
}

const char *fg_model_suggest_source(const fg_model *m, const char *word, fg_suggest *sg)
{
    fg_suggest_init(sg, word);
    for (size_t i = 0; i < m->nsources; i++)
        if (m->sources[i].id)
            fg_suggest_consider(sg, m->sources[i].id->str);
    return fg_suggest_phrase(sg);
}

bool fg_relation_has_speaker(const fg_relation *r)
{
    for (size_t i = 0; i < r->ncites; i++)
        if (r->cites[i].speaker_idx >= 0)
            return true;
    return false;
}
