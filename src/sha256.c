/* SHA-256 and base64 from nettle (GnuTLS's crypto library, Debian's
 * nettle-dev): a maintained implementation rather than our own. */
#include "sha256.h"

#include <nettle/base64.h>
#include <nettle/sha2.h>

void fg_sha256(const void *data, size_t len, unsigned char out[32])
{
    struct sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, len, data);
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, out);
}

/* The base64 of a digest: 44 characters, padded. */
enum { BASE64_LEN = BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE) };

void fg_sha256_base64(const void *data, size_t len, char out[45])
{
    unsigned char digest[SHA256_DIGEST_SIZE];
    fg_sha256(data, len, digest);
    base64_encode_raw(out, sizeof digest, digest);
    out[BASE64_LEN] = '\0';
}
