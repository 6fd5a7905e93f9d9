#include "digest.h"

#include <stdint.h>
#include <stdio.h>

#include "symtab.h"

/* FNV-1a 64 of the format number and the DOT bytes: this detects change,
 * it is no defence against a forger (who could edit the SVG anyway). */
void fg_digest_dot(const char *dot, size_t len, char out[17])
{
    char version[16];
    int n = snprintf(version, sizeof version, "%d\n", FG_SVG_FORMAT);
    uint64_t h = fg_hash_update(fg_hash_bytes(version, (size_t)n), dot, len);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}
