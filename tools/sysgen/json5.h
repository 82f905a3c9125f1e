/*
 * json5.h - JSON5 reader for the Keel host system generator.
 *
 * The system description is written by people, so the parser aims for
 * precise, positioned error messages rather than speed.  It is also fed
 * untrusted files and fuzzed: for ANY input of any length it terminates,
 * never reads outside the buffer and never leaks.
 *
 * Accepted syntax (JSON5 with two deliberate restrictions, marked *):
 *  - // and block comments, whitespace incl. \r\n, BOM, NBSP, Unicode Zs;
 *  - unquoted keys [A-Za-z_$][A-Za-z0-9_$]* (* no Unicode/escapes in them);
 *  - '...' and "..." strings with \n \r \t \b \f \v \0 \\ \' \" \/ \xHH
 *    \uHHHH (surrogate pairs are joined, lone surrogates are errors) and
 *    backslash-newline continuations; any other escape is an error (*);
 *    raw line breaks in strings and invalid UTF-8 are errors;
 *  - numbers: optional + or -, decimal (.5, 5., exponents), 0x hex,
 *    Infinity and NaN; leading zeros (007) are rejected;
 *  - trailing commas in arrays and objects; true, false, null.
 * A NUL byte anywhere in the input is an error, as is anything but
 * whitespace/comments after the top-level value.  Containers nest at most
 * J5_MAX_DEPTH deep, which also bounds the recursion of j5_free().
 * Number conversion uses strtod(), so LC_NUMERIC must be "C" (the default).
 */
#ifndef KEEL_SYSGEN_JSON5_H
#define KEEL_SYSGEN_JSON5_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Maximum number of nested arrays/objects; one more is an error. */
#define J5_MAX_DEPTH 64

enum j5_type { J5_NULL, J5_BOOL, J5_NUMBER, J5_STRING, J5_ARRAY, J5_OBJECT };

struct j5_value;

/*
 * Object member.  key is NUL-terminated, but a \0 or \u0000 escape can
 * put a NUL inside it, so key_len is authoritative.  key_line/key_col
 * locate the first character of the key (its quote, if quoted).
 */
struct j5_member {
	char *key;
	size_t key_len;
	int key_line, key_col;
	struct j5_value *value;
};

/*
 * Number.  is_int: literal was an integer (decimal without '.'/exponent,
 * or hex).  Integers are exact:
 *   neg      value < 0 (a literal "-0" is normalised to 0, neg false);
 *   u        the value when !neg, else 0;
 *   i        the value when fits_i64, else 0;
 *   fits_i64 value is in [INT64_MIN, INT64_MAX] (always true when neg).
 * Integer literals outside [-2^63, 2^64-1] are rejected at parse time.
 * For non-integers (fraction, exponent, Infinity, NaN) only d is set and
 * neg means "the literal had a '-' sign".  d is always the value as a
 * double (rounded for integers beyond 2^53). text is the literal as the file wrote
 * it (sign included), for messages: 4096 stays 4096 and 0x1000 stays 0x1000; a literal
 * longer than the buffer keeps its start and ends in "...".
 */
#define J5_NUMBER_TEXT_MAX 32
struct j5_number {
	bool is_int;
	bool neg;
	bool fits_i64;
	int64_t i;
	uint64_t u;
	double d;
	char text[J5_NUMBER_TEXT_MAX];
};

/*
 * Parsed node; line/col (1-based, col in bytes) locate its first
 * character.  str.s is NUL-terminated, str.len excludes that NUL and is
 * authoritative (escapes can embed NULs); the bytes are valid UTF-8.
 * Array items and object members are in document order; object keys are
 * unique.  The whole tree is owned by the root; free it with j5_free().
 */
struct j5_value {
	enum j5_type type;
	int line, col;
	union {
		bool b;
		struct j5_number num;
		struct {
			char *s;
			size_t len;
		} str;
		struct {
			struct j5_value **items;
			size_t n;
		} arr;
		struct {
			struct j5_member *members;
			size_t n;
		} obj;
	};
};

/*
 * Parse error.  file is the pointer given to j5_parse() (or "<input>"),
 * not a copy.  line/col are 1-based; msg is a NUL-terminated sentence
 * without the position, e.g. "expected ',' or '}' after object member".
 */
struct j5_error {
	const char *file;
	int line, col;
	char msg[160];
};

/*
 * Parse the len bytes at buf (need not be NUL-terminated; buf may be NULL
 * when len is 0).  file is only used in error reports.  Returns the root
 * value, or NULL on error with *err filled in (err may be NULL).  On
 * success *err is cleared (line/col 0, empty msg).
 */
struct j5_value *j5_parse(const char *file, const char *buf, size_t len, struct j5_error *err);

/* Free a tree returned by j5_parse(); NULL is ignored. */
void j5_free(struct j5_value *v);

/*
 * Look up key in object obj (linear in the number of members).  Returns
 * NULL when obj is NULL, is not an object, or has no such member.
 */
const struct j5_value *j5_get(const struct j5_value *obj, const char *key);

/* Human readable type name ("null", "object", ...) for messages. */
const char *j5_type_name(enum j5_type t);

/*
 * Format err as "file:line:col: error: msg" into out (size bytes,
 * always NUL-terminated when size > 0).  Returns what snprintf() returns.
 */
int j5_format_error(const struct j5_error *err, char *out, size_t size);

#endif /* KEEL_SYSGEN_JSON5_H */
