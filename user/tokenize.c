// SPDX-License-Identifier: Apache-2.0
/* Tokenized messages: free of syscalls, so that host tests drive the encoder. */
#include <keel/tokenize.h>

uint32_t keel_token_hash(const char *s, size_t len)
{
	uint32_t hash = (uint32_t)len;
	uint32_t k = 65599u;

	for (size_t i = 0; i < len && i < KEEL_TOKEN_HASH_LENGTH; i++) {
		hash += k * (unsigned char)s[i];
		k *= 65599u;
	}
	return hash;
}

/* ZigZag (small magnitudes of either sign stay short), then 7 bits a byte. */
static size_t put_varint(uint8_t *buf, size_t size, int64_t v)
{
	uint64_t z = v < 0 ? ~((uint64_t)v << 1) : (uint64_t)v << 1;
	uint8_t tmp[10];
	size_t n = 0;

	do {
		tmp[n] = (uint8_t)(z & 0x7f);
		z >>= 7;
		if (z)
			tmp[n] |= 0x80;
		n++;
	} while (z);
	if (n > size)
		return 0;
	for (size_t i = 0; i < n; i++)
		buf[i] = tmp[i];
	return n;
}

static size_t put_string(uint8_t *buf, size_t size, const char *s)
{
	size_t len = 0;
	uint8_t cut = 0;

	if (!size)
		return 0;
	if (!s)
		s = "(null)";
	while (s[len])
		len++;
	if (len > 0x7f || len > size - 1) {
		len = size - 1 < 0x7f ? size - 1 : 0x7f;
		cut = 0x80;
	}
	buf[0] = (uint8_t)(len | cut);
	for (size_t i = 0; i < len; i++)
		buf[1 + i] = (uint8_t)s[i];
	return 1 + len;
}

size_t keel_token_encode(uint8_t *buf, size_t size, uint32_t token, uint32_t types, va_list ap)
{
	unsigned count = types & 0xf;
	size_t n = 0;

	if (size < 4)
		return 0;
	for (int i = 0; i < 4; i++)
		buf[n++] = (uint8_t)(token >> (8 * i));
	for (unsigned i = 0; i < count; i++) {
		size_t used;

		switch ((types >> (4 + 2 * i)) & 3) {
		case KEEL_TOKEN_ARG_STRING:
			used = put_string(buf + n, size - n, va_arg(ap, const char *));
			break;
		case KEEL_TOKEN_ARG_INT64:
			used = put_varint(buf + n, size - n, va_arg(ap, long long));
			break;
		default:
			used = put_varint(buf + n, size - n, va_arg(ap, int));
			break;
		}
		if (!used)
			break;
		n += used;
	}
	return n;
}

size_t keel_token_base64(char *out, size_t size, const uint8_t *in, size_t n)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t len = 0;

	if (size < 2 + (n + 2) / 3 * 4) {
		if (size)
			out[0] = '\0';
		return 0;
	}
	out[len++] = '$';
	for (size_t i = 0; i < n; i += 3) {
		uint32_t w = (uint32_t)in[i] << 16;

		if (i + 1 < n)
			w |= (uint32_t)in[i + 1] << 8;
		if (i + 2 < n)
			w |= in[i + 2];
		out[len++] = digits[(w >> 18) & 63];
		out[len++] = digits[(w >> 12) & 63];
		out[len++] = i + 1 < n ? digits[(w >> 6) & 63] : '=';
		out[len++] = i + 2 < n ? digits[w & 63] : '=';
	}
	out[len] = '\0';
	return len;
}
