/* SHA-256, for the hash of the report's inline script in its
 * Content-Security-Policy ('sha256-BASE64'), computed by nettle. */
#ifndef FG_SHA256_H
#define FG_SHA256_H
#include <stddef.h>

/* Write the 32-byte digest of data[0..len) into out. */
void fg_sha256(const void *data, size_t len, unsigned char out[32]);

/* Write the digest of data[0..len) in base64 (44 characters, padded) and a
 * NUL into out, as a CSP hash source wants it. */
void fg_sha256_base64(const void *data, size_t len, char out[45]);

#endif
