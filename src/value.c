#include "value.h"

#include <string.h>

const char *fg_str(const fg_text *text)
{
    return text ? text->str : NULL;
}

bool fg_list_has(const fg_list *list, const char *s)
{
    for (uint32_t i = 0; list && i < list->n; i++)
        if (strcmp(list->items[i].str, s) == 0)
            return true;
    return false;
}

const fg_text *fg_map_get(const fg_map *map, const char *key)
{
    for (uint32_t i = 0; map && i < map->n; i++)
        if (strcmp(map->pairs[i].key.str, key) == 0)
            return &map->pairs[i].value;
    return NULL;
}
