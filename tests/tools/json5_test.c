/*
 * json5_test.c - unit tests for tools/sysgen/json5.c.
 *
 * Each test is a function; a test fails if any of its checks fails.
 * Failures print "file:line: message"; the last line is always
 * "N passed, N failed" and the exit status is non-zero on any failure.
 */
#include "json5.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cur_failed;

static void report(const char *file, int line, const char *fmt, const char *a, const char *b)
{
	printf("%s:%d: ", file, line);
	printf(fmt, a, b);
	printf("\n");
	cur_failed = 1;
}

#define CHECK(cond)                                                                  \
	do {                                                                         \
		if (!(cond))                                                         \
			report(__FILE__, __LINE__, "check failed: %s%s", #cond, ""); \
	} while (0)

/* Parse a NUL-terminated source that must be valid. */
static struct j5_value *parse_ok_at(const char *file, int line, const char *src, size_t len)
{
	struct j5_error err;
	struct j5_value *v = j5_parse("t.json5", src, len, &err);

	if (!v) {
		char buf[256];

		j5_format_error(&err, buf, sizeof(buf));
		report(file, line, "unexpected parse error: %s%s", buf, "");
	}
	return v;
}

#define PARSE_OK(src) parse_ok_at(__FILE__, __LINE__, (src), strlen(src))

/*
 * Parse a source that must fail at line:col with msg containing substr
 * (line/col 0 means "don't care").
 */
static void expect_err_at(const char *file, int line, const char *src, size_t len, int eline,
			  int ecol, const char *substr)
{
	struct j5_error err;
	struct j5_value *v = j5_parse("t.json5", src, len, &err);
	char buf[256], want[64];

	if (v) {
		report(file, line, "expected an error for <%s>%s", src, "");
		j5_free(v);
		return;
	}
	j5_format_error(&err, buf, sizeof(buf));
	if ((eline && err.line != eline) || (ecol && err.col != ecol)) {
		snprintf(want, sizeof(want), "%d:%d", eline, ecol);
		report(file, line, "wrong error position (want %s): %s", want, buf);
	}
	if (!strstr(err.msg, substr))
		report(file, line, "error message lacks '%s': %s", substr, buf);
}

#define EXPECT_ERR(src, l, c, sub) \
	expect_err_at(__FILE__, __LINE__, (src), strlen(src), (l), (c), (sub))
#define EXPECT_ERR_N(src, n, l, c, sub) \
	expect_err_at(__FILE__, __LINE__, (src), (n), (l), (c), (sub))

/* Parse a single number literal that must be valid. */
static struct j5_number num_of(const char *src)
{
	struct j5_number n;
	struct j5_value *v = j5_parse("t", src, strlen(src), NULL);

	memset(&n, 0, sizeof(n));
	if (v && v->type == J5_NUMBER)
		n = v->num;
	else
		n.d = -12345.678; /* sentinel the checks won't expect */
	j5_free(v);
	return n;
}

static int str_is(const struct j5_value *v, const char *s, size_t len)
{
	return v && v->type == J5_STRING && v->str.len == len && !memcmp(v->str.s, s, len) &&
		v->str.s[len] == '\0';
}

static int str_eq(const struct j5_value *v, const char *s)
{
	return str_is(v, s, strlen(s));
}

/* Parse a single string literal and compare the decoded bytes. */
static int string_decodes_to(const char *src, const char *want, size_t len)
{
	struct j5_value *v = j5_parse("t", src, strlen(src), NULL);
	int ok = str_is(v, want, len);

	j5_free(v);
	return ok;
}

static void test_literals(void)
{
	struct j5_value *v;

	v = PARSE_OK("null");
	CHECK(v && v->type == J5_NULL && v->line == 1 && v->col == 1);
	j5_free(v);
	v = PARSE_OK("  true ");
	CHECK(v && v->type == J5_BOOL && v->b && v->col == 3);
	j5_free(v);
	v = PARSE_OK("false");
	CHECK(v && v->type == J5_BOOL && !v->b);
	j5_free(v);
	EXPECT_ERR("trueish", 1, 1, "unexpected identifier 'trueish'");
	EXPECT_ERR("nul", 1, 1, "unexpected identifier 'nul'");
}

static void test_decimal_integers(void)
{
	struct j5_number n;

	n = num_of("42");
	CHECK(n.is_int && !n.neg && n.u == 42 && n.i == 42 && n.fits_i64 && n.d == 42.0);
	n = num_of("-17");
	CHECK(n.is_int && n.neg && n.i == -17 && n.u == 0 && n.d == -17.0);
	n = num_of("+5");
	CHECK(n.is_int && !n.neg && n.u == 5 && n.i == 5);
	n = num_of("0");
	CHECK(n.is_int && !n.neg && n.u == 0 && n.fits_i64);
	n = num_of("-0");
	CHECK(n.is_int && !n.neg && n.u == 0 && n.i == 0);
}

static void test_integer_limits(void)
{
	struct j5_number n;

	n = num_of("9223372036854775807");
	CHECK(n.is_int && n.fits_i64 && n.i == INT64_MAX && n.u == (uint64_t)INT64_MAX);
	n = num_of("9223372036854775808");
	CHECK(n.is_int && !n.fits_i64 && n.u == (uint64_t)INT64_MAX + 1);
	n = num_of("-9223372036854775808");
	CHECK(n.is_int && n.neg && n.fits_i64 && n.i == INT64_MIN);
	n = num_of("18446744073709551615");
	CHECK(n.is_int && !n.neg && !n.fits_i64 && n.u == UINT64_MAX);
	EXPECT_ERR("18446744073709551616", 1, 1, "number out of range");
	EXPECT_ERR("-9223372036854775809", 1, 1, "number out of range");
	EXPECT_ERR("{\n  x: [1, 99999999999999999999999]}", 2, 10, "number out of range");
}

static void test_hex(void)
{
	struct j5_number n;

	n = num_of("0x80000000");
	CHECK(n.is_int && n.u == 0x80000000u && n.i == 0x80000000LL);
	n = num_of("0xFFFFFFFF");
	CHECK(n.is_int && n.u == 0xFFFFFFFFu && n.fits_i64 && n.d == 4294967295.0);
	n = num_of("0Xdeadbeef");
	CHECK(n.is_int && n.u == 0xdeadbeefu);
	n = num_of("0xFFFFFFFFFFFFFFFF");
	CHECK(n.is_int && n.u == UINT64_MAX && !n.fits_i64);
	n = num_of("-0x10");
	CHECK(n.is_int && n.neg && n.i == -16);
	n = num_of("-0x8000000000000000");
	CHECK(n.is_int && n.i == INT64_MIN);
	EXPECT_ERR("0x10000000000000000", 1, 1, "number out of range");
	EXPECT_ERR("-0x8000000000000001", 1, 1, "number out of range");
	EXPECT_ERR("0x", 1, 3, "expected hex digits");
	EXPECT_ERR("0x1g", 1, 4, "invalid character 'g' in number");
}

/* Messages quote numbers as written: 4096 stays 4096, 0x1000 stays 0x1000. */
static void test_number_text_as_written(void)
{
	CHECK(!strcmp(num_of("4096").text, "4096"));
	CHECK(!strcmp(num_of("0x1000").text, "0x1000"));
	CHECK(!strcmp(num_of("0X1f").text, "0X1f"));
	CHECK(!strcmp(num_of("-12").text, "-12"));
	CHECK(!strcmp(num_of("+1.5e3").text, "+1.5e3"));
	CHECK(!strcmp(num_of("-Infinity").text, "-Infinity"));
	/* Too long for the buffer: its start and "...". */
	CHECK(!strcmp(num_of("1.00000000000000000000000000000000000001").text,
		      "1.00000000000000000000000000..."));
}

static void test_doubles(void)
{
	struct j5_number n;

	n = num_of("1.5");
	CHECK(!n.is_int && n.d == 1.5);
	n = num_of(".5");
	CHECK(!n.is_int && n.d == 0.5);
	n = num_of("5.");
	CHECK(!n.is_int && n.d == 5.0);
	n = num_of("1e3");
	CHECK(!n.is_int && n.d == 1000.0);
	n = num_of("2E-2");
	CHECK(!n.is_int && n.d == 0.02);
	n = num_of("-.5e+1");
	CHECK(!n.is_int && n.neg && n.d == -5.0);
	n = num_of("+1.25");
	CHECK(!n.is_int && !n.neg && n.d == 1.25);
	n = num_of("1e-400");
	CHECK(!n.is_int && n.d == 0.0);
	n = num_of("123456789012345678901234567890.0");
	CHECK(!n.is_int && n.d > 1.2e29 && n.d < 1.3e29);
	EXPECT_ERR("1e400", 1, 1, "number out of range");
	EXPECT_ERR("-1e400", 1, 1, "number out of range");
}

static void test_infinity_nan(void)
{
	struct j5_number n;

	n = num_of("Infinity");
	CHECK(!n.is_int && isinf(n.d) && n.d > 0);
	n = num_of("-Infinity");
	CHECK(!n.is_int && isinf(n.d) && n.d < 0 && n.neg);
	n = num_of("+Infinity");
	CHECK(!n.is_int && isinf(n.d) && n.d > 0);
	n = num_of("NaN");
	CHECK(!n.is_int && isnan(n.d));
	n = num_of("-NaN");
	CHECK(!n.is_int && isnan(n.d));
	EXPECT_ERR("-Inf", 1, 2, "expected a number after '-'");
	EXPECT_ERR("Infinityx", 1, 1, "unexpected identifier");
}

static void test_bad_numbers(void)
{
	EXPECT_ERR("01", 1, 1, "leading zeros");
	EXPECT_ERR("-007", 1, 1, "leading zeros");
	EXPECT_ERR("1e", 1, 3, "expected digits in exponent");
	EXPECT_ERR("1e+", 1, 4, "expected digits in exponent");
	EXPECT_ERR("-", 1, 2, "expected a number after '-', found end of input");
	EXPECT_ERR("+ 1", 1, 2, "expected a number after '+'");
	EXPECT_ERR(".", 1, 1, "expected a digit");
	EXPECT_ERR("-.e1", 1, 1, "expected a digit");
	EXPECT_ERR("1.2.3", 1, 4, "invalid character '.' in number");
	EXPECT_ERR("[12abc]", 1, 4, "invalid character 'a' in number");
	EXPECT_ERR("--1", 1, 2, "expected a number after '-'");
}

static void test_strings(void)
{
	struct j5_value *v;

	CHECK(string_decodes_to("\"abc\"", "abc", 3));
	CHECK(string_decodes_to("'abc'", "abc", 3));
	CHECK(string_decodes_to("''", "", 0));
	CHECK(string_decodes_to("'say \"hi\"'", "say \"hi\"", 8));
	CHECK(string_decodes_to("\"it's\"", "it's", 4));
	CHECK(string_decodes_to("\"tab\there\"", "tab\there", 8));
	v = PARSE_OK("\n   'x'");
	CHECK(v && v->line == 2 && v->col == 4);
	j5_free(v);
}

static void test_simple_escapes(void)
{
	CHECK(string_decodes_to("\"\\n\\r\\t\\b\\f\\v\"", "\n\r\t\b\f\v", 6));
	CHECK(string_decodes_to("'\\\\\\'\\\"\\/'", "\\'\"/", 4));
	CHECK(string_decodes_to("\"a\\0b\"", "a\0b", 3));
	CHECK(string_decodes_to("\"\\0\"", "\0", 1));
	EXPECT_ERR("\"\\01\"", 1, 2, "octal escapes are not allowed");
}

static void test_hex_unicode_escapes(void)
{
	CHECK(string_decodes_to("\"\\x41\\x7a\"", "Az", 2));
	CHECK(string_decodes_to("\"\\xe9\"", "\xc3\xa9", 2));
	CHECK(string_decodes_to("\"\\u00E9\"", "\xc3\xa9", 2));
	CHECK(string_decodes_to("\"\\u20ac\"", "\xe2\x82\xac", 3));
	CHECK(string_decodes_to("\"\\u0041\"", "A", 1));
	CHECK(string_decodes_to("\"\\u0000\"", "\0", 1));
}

static void test_surrogate_pairs(void)
{
	CHECK(string_decodes_to("\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80", 4));
	CHECK(string_decodes_to("\"\\uD800\\uDC00\"", "\xf0\x90\x80\x80", 4));
	CHECK(string_decodes_to("\"\\uDBFF\\uDFFF\"", "\xf4\x8f\xbf\xbf", 4));
	CHECK(string_decodes_to("'a\\ud83d\\ude00b'",
				"a\xf0\x9f\x98\x80"
				"b",
				6));
	EXPECT_ERR("['ok', '\\ud83d\\ud83d']", 1, 9, "high surrogate '\\uD83D'");
}

static void test_bad_escapes(void)
{
	EXPECT_ERR("{ a: \"x\\q\" }", 1, 8, "invalid escape sequence '\\q'");
	EXPECT_ERR("'\\x4g'", 1, 2, "'\\x' must be followed by 2 hex digits");
	EXPECT_ERR("'\\u12'", 1, 2, "'\\u' must be followed by 4 hex digits");
	EXPECT_ERR("'\\ud83d'", 1, 2, "high surrogate");
	EXPECT_ERR("'\\ud83d\\u0041'", 1, 2, "high surrogate");
	EXPECT_ERR("'\\ude00'", 1, 2, "unpaired low surrogate");
	EXPECT_ERR("'\\1'", 1, 2, "invalid escape sequence '\\1'");
	EXPECT_ERR("'\\", 1, 2, "ends inside an escape sequence");
	EXPECT_ERR("'\\\t'", 1, 2, "followed by byte 0x09");
}

static void test_line_continuation(void)
{
	struct j5_value *v;

	CHECK(string_decodes_to("'ab\\\ncd'", "abcd", 4));
	CHECK(string_decodes_to("'ab\\\r\ncd'", "abcd", 4));
	CHECK(string_decodes_to("'ab\\\rcd'", "abcd", 4));
	CHECK(string_decodes_to("'ab\\\xe2\x80\xa8"
				"cd'",
				"abcd", 4));
	/* The continuation still counts as a line for positions. */
	v = PARSE_OK("['a\\\nb', 7]");
	CHECK(v && v->arr.n == 2 && v->arr.items[1]->line == 2 && v->arr.items[1]->col == 5);
	j5_free(v);
}

static void test_unterminated_strings(void)
{
	EXPECT_ERR("{\n  name: \"abc", 2, 9, "unterminated string");
	EXPECT_ERR("{\n  name: 'abc\n', x: 1}", 2, 9, "raw line break");
	EXPECT_ERR("'abc\r'", 1, 1, "raw line break");
	EXPECT_ERR("\"abc'", 1, 1, "unterminated string");
}

static void test_utf8(void)
{
	struct j5_value *v;

	CHECK(string_decodes_to("'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'",
				"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80", 15));
	EXPECT_ERR("'ab\xff'", 1, 4, "invalid UTF-8 byte 0xFF");
	EXPECT_ERR("'\xc3'", 1, 2, "invalid UTF-8");
	EXPECT_ERR("'\xc0\x80'", 1, 2, "invalid UTF-8"); /* overlong */
	EXPECT_ERR("'\xed\xa0\x80'", 1, 2, "invalid UTF-8"); /* surrogate */
	EXPECT_ERR("'\xf4\x90\x80\x80'", 1, 2, "invalid UTF-8");
	/* Columns count bytes, not characters. */
	v = PARSE_OK("['\xc3\xa9', 1]");
	CHECK(v && v->arr.items[1]->col == 8);
	j5_free(v);
}

static void test_comments(void)
{
	struct j5_value *v;

	v = PARSE_OK("// leading\n/* block\n * more */ { // x\n a: /*in*/ 1, /**/ }"
		     " // trailing");
	CHECK(v && v->type == J5_OBJECT && v->obj.n == 1 && v->line == 3 && v->col == 12);
	j5_free(v);
	v = PARSE_OK("[1 // end of line comment without newline at EOF\n]");
	CHECK(v && v->arr.n == 1);
	j5_free(v);
	v = PARSE_OK("1/**/");
	CHECK(v && v->type == J5_NUMBER);
	j5_free(v);
	v = PARSE_OK("'//not a comment'");
	CHECK(str_eq(v, "//not a comment"));
	j5_free(v);
	EXPECT_ERR("[1, /* never closed\n", 1, 5, "unterminated block comment");
	EXPECT_ERR("[1, / 2]", 1, 5, "comments start with");
	EXPECT_ERR("/*/", 1, 1, "unterminated block comment");
}

static void test_keys(void)
{
	struct j5_value *v;

	v = PARSE_OK("{ _a$1: 1, $: 2, 'quoted key': 3, \"d q\": 4,"
		     " true: 5, null: 6, Infinity: 7 }");
	CHECK(v && v->obj.n == 7);
	CHECK(j5_get(v, "_a$1") && j5_get(v, "_a$1")->num.u == 1);
	CHECK(j5_get(v, "$") && j5_get(v, "$")->num.u == 2);
	CHECK(j5_get(v, "quoted key") && j5_get(v, "quoted key")->num.u == 3);
	CHECK(j5_get(v, "d q") && j5_get(v, "d q")->num.u == 4);
	CHECK(j5_get(v, "true") && j5_get(v, "true")->num.u == 5);
	CHECK(j5_get(v, "Infinity") && j5_get(v, "Infinity")->num.u == 7);
	j5_free(v);
	v = PARSE_OK("{'\\u0041': 1}");
	CHECK(v && j5_get(v, "A"));
	j5_free(v);
	EXPECT_ERR("{ 1a: 2 }", 1, 3, "expected property name or '}'");
}

static void test_missing_colon(void)
{
	EXPECT_ERR("{ a-b: 2 }", 1, 4, "expected ':' after property name 'a'");
	EXPECT_ERR("{ a 2 }", 1, 5, "expected ':' after property name 'a'");
	EXPECT_ERR("{ 'a b' = 2 }", 1, 9, "expected ':' after property name 'a b'");
	EXPECT_ERR("{ a /* c */ }", 1, 13, "expected ':'");
}

static void test_member_positions(void)
{
	struct j5_value *v;

	v = PARSE_OK("{\n\tfoo:  [ 1 ],\n  'bar' : {}\n}");
	CHECK(v && v->obj.n == 2);
	if (v && v->obj.n == 2) {
		const struct j5_member *m = v->obj.members;

		CHECK(!strcmp(m[0].key, "foo") && m[0].key_len == 3);
		CHECK(m[0].key_line == 2 && m[0].key_col == 2);
		CHECK(m[0].value->line == 2 && m[0].value->col == 8);
		CHECK(m[0].value->arr.items[0]->col == 10);
		CHECK(!strcmp(m[1].key, "bar"));
		CHECK(m[1].key_line == 3 && m[1].key_col == 3);
		CHECK(m[1].value->line == 3 && m[1].value->col == 11);
	}
	j5_free(v);
}

static void test_crlf_positions(void)
{
	struct j5_value *v;

	v = PARSE_OK("{\r\n a: 1,\r\n\r\n  b: 2,\r c: 3}");
	CHECK(v && v->obj.n == 3);
	if (v && v->obj.n == 3) {
		CHECK(v->obj.members[0].value->line == 2 && v->obj.members[0].value->col == 5);
		CHECK(v->obj.members[1].key_line == 4 && v->obj.members[1].key_col == 3);
		CHECK(v->obj.members[2].key_line == 5 && v->obj.members[2].key_col == 2);
	}
	j5_free(v);
}

static void test_unicode_whitespace(void)
{
	struct j5_value *v;

	v = PARSE_OK("\xef\xbb\xbf{a:\xc2\xa0"
		     "1,\xe2\x80\xa8"
		     "b:\xe3\x80\x80"
		     "2}");
	CHECK(v && v->obj.n == 2 && v->col == 4);
	j5_free(v);
	v = PARSE_OK(" \t\v\f\n 1 ");
	CHECK(v && v->line == 2 && v->col == 2);
	j5_free(v);
	EXPECT_ERR("\xc2\xa1", 1, 1, "unexpected byte 0xC2: expected a value");
}

static void test_trailing_commas(void)
{
	struct j5_value *v;

	v = PARSE_OK("[1, 2, 3,]");
	CHECK(v && v->type == J5_ARRAY && v->arr.n == 3);
	j5_free(v);
	v = PARSE_OK("{a: 1, b: 2,}");
	CHECK(v && v->type == J5_OBJECT && v->obj.n == 2);
	j5_free(v);
	v = PARSE_OK("[[],{},]");
	CHECK(v && v->arr.n == 2);
	j5_free(v);
	EXPECT_ERR("[1,,2]", 1, 4, "unexpected ',': expected a value");
	EXPECT_ERR("[,]", 1, 2, "unexpected ','");
	EXPECT_ERR("{,}", 1, 2, "expected property name or '}', found ','");
	EXPECT_ERR("{a:1,,}", 1, 6, "expected property name");
}

static void test_empty_containers(void)
{
	struct j5_value *v;

	v = PARSE_OK("[]");
	CHECK(v && v->type == J5_ARRAY && v->arr.n == 0);
	j5_free(v);
	v = PARSE_OK("{ }");
	CHECK(v && v->type == J5_OBJECT && v->obj.n == 0 && !j5_get(v, "a"));
	j5_free(v);
}

static void test_nested_arrays(void)
{
	struct j5_value *v;

	v = PARSE_OK("[[1, [2, [3]]], [], [[[]]]]");
	CHECK(v && v->arr.n == 3);
	if (v && v->arr.n == 3) {
		const struct j5_value *a = v->arr.items[0];

		CHECK(a->arr.n == 2 && a->arr.items[0]->num.u == 1);
		a = a->arr.items[1];
		CHECK(a->arr.n == 2 && a->arr.items[1]->type == J5_ARRAY);
		CHECK(a->arr.items[1]->arr.items[0]->num.u == 3);
		CHECK(v->arr.items[2]->arr.items[0]->arr.items[0]->arr.n == 0);
	}
	j5_free(v);
}

static void test_member_order_and_get(void)
{
	struct j5_value *v;
	static const char *const names[] = { "zeta", "alpha", "mid", "b" };
	size_t i;

	v = PARSE_OK("{zeta: 1, alpha: 's', mid: null, b: [true]}");
	CHECK(v && v->obj.n == 4);
	for (i = 0; v && i < v->obj.n && i < 4; i++)
		CHECK(!strcmp(v->obj.members[i].key, names[i]));
	CHECK(str_eq(j5_get(v, "alpha"), "s"));
	CHECK(j5_get(v, "mid") && j5_get(v, "mid")->type == J5_NULL);
	CHECK(!j5_get(v, "missing"));
	CHECK(!j5_get(v, "alph"));
	CHECK(!j5_get(NULL, "a"));
	CHECK(v && !j5_get(j5_get(v, "b"), "a")); /* not an object */
	j5_free(v);
	/* A key with an embedded NUL never matches a C string. */
	v = PARSE_OK("{'a\\0b': 1}");
	CHECK(v && v->obj.members[0].key_len == 3 && !j5_get(v, "a"));
	j5_free(v);
}

static void test_duplicate_keys(void)
{
	EXPECT_ERR("{\n  a: 1,\n  b: 2,\n  a: 3\n}", 4, 3, "duplicate key 'a'");
	EXPECT_ERR("{x: 1, 'x': 2}", 1, 8, "duplicate key 'x'");
	EXPECT_ERR("{'\\x41': 1, A: 2}", 1, 13, "duplicate key 'A'");
	EXPECT_ERR("{'a\\nb': 1, 'a\\nb': 2}", 1, 13, "duplicate key 'a\\x0Ab'");
	/* Same key in different objects is fine. */
	j5_free(PARSE_OK("{a: {a: 1}, b: {a: 2}}"));
}

static void test_stray_slash(void)
{
	EXPECT_ERR("/", 1, 1, "comments start with");
	EXPECT_ERR("{a: /}", 1, 5, "comments start with");
	EXPECT_ERR("{/a: 1}", 1, 2, "expected property name or '}', found '/'");
}

static void test_null_err_arg(void)
{
	struct j5_value *v;

	CHECK(!j5_parse("t", "[1,", 3, NULL));
	CHECK(!j5_parse(NULL, "{a:1,a:2}", 9, NULL));
	v = j5_parse(NULL, "[1]", 3, NULL);
	CHECK(v && v->arr.n == 1);
	j5_free(v);
}

static void test_signed_zero_double(void)
{
	struct j5_number n;

	n = num_of("-0.0");
	CHECK(!n.is_int && n.neg && n.d == 0.0 && signbit(n.d));
	n = num_of("0.0");
	CHECK(!n.is_int && !n.neg && !signbit(n.d));
	n = num_of("0e0");
	CHECK(!n.is_int && n.d == 0.0);
	n = num_of("0.");
	CHECK(!n.is_int && n.d == 0.0);
}

static void test_many_keys(void)
{
	size_t cap = 64 * 1024, n = 0, i;
	char *src = malloc(cap);
	struct j5_value *v;

	CHECK(src != NULL);
	if (!src)
		return;
	src[n++] = '{';
	for (i = 0; i < 2000; i++)
		n += (size_t)snprintf(src + n, cap - n, "k%zu: %zu,", i, i);
	src[n++] = '}';
	v = parse_ok_at(__FILE__, __LINE__, src, n);
	CHECK(v && v->obj.n == 2000);
	CHECK(j5_get(v, "k1234") && j5_get(v, "k1234")->num.u == 1234);
	j5_free(v);
	/* Duplicate of an early key, found after many rehashes. */
	n--;
	n += (size_t)snprintf(src + n, cap - n, "k7: 0}");
	EXPECT_ERR_N(src, n, 1, (int)n - 5, "duplicate key 'k7'");
	free(src);
}

static void test_missing_commas(void)
{
	EXPECT_ERR("{\n  a: 1,\n  b: 2 c: 3\n}", 3, 8, "expected ',' or '}' after object member");
	EXPECT_ERR("[1 2]", 1, 4, "expected ',' or ']' after array element, found '2'");
	EXPECT_ERR("{a: 1]", 1, 6, "expected ',' or '}'");
	EXPECT_ERR("[1}", 1, 3, "expected ',' or ']'");
}

static void test_unclosed_containers(void)
{
	EXPECT_ERR("{\n  a: [1, 2", 2, 11, "array starting at 2:6 is not closed");
	EXPECT_ERR("{a: 1", 1, 6, "object starting at 1:1 is not closed");
	EXPECT_ERR("{a: 1,", 1, 7, "object starting at 1:1 is not closed");
	EXPECT_ERR("[", 1, 2, "unexpected end of input: expected a value");
	EXPECT_ERR("{a:", 1, 4, "unexpected end of input: expected a value");
	EXPECT_ERR("{a", 1, 3, "expected ':'");
}

static void test_unquoted_values(void)
{
	EXPECT_ERR("{a: foo}", 1, 5, "unexpected identifier 'foo'");
	EXPECT_ERR("{a: #}", 1, 5, "unexpected '#': expected a value");
	EXPECT_ERR("}", 1, 1, "unexpected '}'");
}

static char *nested(int depth, const char *open, const char *close)
{
	size_t len = (size_t)depth * 2 + 2;
	char *s = malloc(len);
	int i;

	if (!s)
		return NULL;
	for (i = 0; i < depth; i++) {
		s[i] = open[i % strlen(open)];
		s[2 * depth - 1 - i] = close[i % strlen(close)];
	}
	s[2 * depth] = '\0';
	return s;
}

static void test_nesting_depth(void)
{
	char *s = nested(J5_MAX_DEPTH, "[", "]");
	struct j5_value *v;

	v = s ? PARSE_OK(s) : NULL;
	CHECK(v && v->type == J5_ARRAY);
	j5_free(v);
	free(s);

	s = nested(J5_MAX_DEPTH + 1, "[", "]");
	if (s)
		EXPECT_ERR(s, 1, J5_MAX_DEPTH + 1, "nesting too deep");
	free(s);

	/* Objects count too: {a:{a:...}} */
	{
		char buf[1024];
		size_t n = 0;
		int i;

		for (i = 0; i <= J5_MAX_DEPTH; i++)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "{a:");
		buf[n] = '\0';
		EXPECT_ERR(buf, 1, 3 * J5_MAX_DEPTH + 1, "nesting too deep");
	}

	/* Far deeper than the limit must fail cleanly, not overflow. */
	s = nested(100000, "[", "]");
	if (s)
		EXPECT_ERR(s, 1, J5_MAX_DEPTH + 1, "nesting too deep");
	free(s);
}

static void test_trailing_garbage(void)
{
	EXPECT_ERR("{a: 1} x", 1, 8, "unexpected content after the top-level value");
	EXPECT_ERR("1 2", 1, 3, "unexpected content after the top-level value");
	EXPECT_ERR("[]\n\n  ]", 3, 3, "unexpected content");
	EXPECT_ERR("null /", 1, 6, "unexpected content");
	j5_free(PARSE_OK("{a: 1} // fine\n /* also fine */ \n"));
}

static void test_empty_input(void)
{
	EXPECT_ERR("", 1, 1, "empty input");
	EXPECT_ERR("  \n  ", 2, 3, "empty input");
	EXPECT_ERR("// only a comment", 1, 18, "empty input");
	CHECK(!j5_parse("t", NULL, 0, NULL));
}

static void test_nul_bytes(void)
{
	EXPECT_ERR_N("{a: 'x\0'}", 9, 1, 7, "NUL byte in input");
	EXPECT_ERR_N("[1,\n 2]\0", 8, 2, 4, "NUL byte in input");
	EXPECT_ERR_N("\0", 1, 1, 1, "NUL byte");
}

static void test_not_nul_terminated(void)
{
	const char src[] = "[1, 2]garbage";
	char *copy = malloc(6);
	struct j5_value *v;

	v = parse_ok_at(__FILE__, __LINE__, src, 6);
	CHECK(v && v->arr.n == 2);
	j5_free(v);
	/* An exact-size heap copy lets ASan catch any read past the end. */
	if (copy) {
		memcpy(copy, "'abc'x", 6);
		EXPECT_ERR_N(copy, 6, 1, 6, "unexpected content");
		memcpy(copy, "[1, 2", 5);
		EXPECT_ERR_N(copy, 5, 1, 6, "not closed");
		memcpy(copy, "0x", 2);
		EXPECT_ERR_N(copy, 2, 1, 3, "expected hex digits");
		memcpy(copy, "'\\u12", 5);
		EXPECT_ERR_N(copy, 5, 1, 2, "4 hex digits");
		memcpy(copy, "'\\ud8", 5);
		EXPECT_ERR_N(copy, 5, 1, 2, "4 hex digits");
		memcpy(copy, "'\xe2\x82", 3);
		EXPECT_ERR_N(copy, 3, 1, 2, "invalid UTF-8");
		memcpy(copy, "/*", 2);
		EXPECT_ERR_N(copy, 2, 1, 1, "unterminated block comment");
	}
	free(copy);
}

static void test_format_error(void)
{
	struct j5_error err;
	char buf[256];
	struct j5_value *v;
	const char *src = "{\n  a: 1,\n  b: 2 c: 3\n}";

	v = j5_parse("system.json5", src, strlen(src), &err);
	CHECK(!v);
	j5_format_error(&err, buf, sizeof(buf));
	CHECK(!strcmp(buf, "system.json5:3:8: error: expected ',' or '}' after object member"));
	v = j5_parse(NULL, "[", 1, &err);
	CHECK(!v);
	j5_format_error(&err, buf, sizeof(buf));
	CHECK(!strncmp(buf, "<input>:1:2: error: ", 20));
	/* Success clears the error. */
	v = j5_parse("x", "1", 1, &err);
	CHECK(v && err.line == 0 && err.msg[0] == '\0');
	j5_free(v);
	/* Long keys are truncated, control bytes escaped. */
	src = "{'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': 1,"
	      " 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': 2}";
	v = j5_parse("x", src, strlen(src), &err);
	CHECK(!v && strstr(err.msg, "...'") && strlen(err.msg) < 80);
}

static void test_type_names(void)
{
	CHECK(!strcmp(j5_type_name(J5_NULL), "null"));
	CHECK(!strcmp(j5_type_name(J5_BOOL), "boolean"));
	CHECK(!strcmp(j5_type_name(J5_NUMBER), "number"));
	CHECK(!strcmp(j5_type_name(J5_STRING), "string"));
	CHECK(!strcmp(j5_type_name(J5_ARRAY), "array"));
	CHECK(!strcmp(j5_type_name(J5_OBJECT), "object"));
	j5_free(NULL);
}

static const char seed[] =
	"{ apps: [ { name: \"ipc\", flash_size_bytes: 32768, ram_size_bytes: 8192, "
	"processes: [ { name: \"initiator\", objects: [ { name: \"IPC\", "
	"type: \"channel_initiator\", handler_process: \"handler\", "
	"handler_object_name: \"IPC\", }, ], threads: [ { name: \"initiator thread\", "
	"stack_size_bytes: 1024 }, ], }, { name: \"handler\", objects: [ { name: \"IPC\", "
	"type: \"channel_handler\" }, ], threads: [ { name: \"handler thread\", "
	"stack_size_bytes: 1024 }, ], }, ], }, ], }\n";

static const struct j5_value *at(const struct j5_value *arr, size_t i)
{
	if (!arr || arr->type != J5_ARRAY || i >= arr->arr.n)
		return NULL;
	return arr->arr.items[i];
}

static void test_seed_file(void)
{
	struct j5_value *root = PARSE_OK(seed);
	const struct j5_value *app, *procs, *p0, *p1, *t, *ss, *obj;

	CHECK(root && root->type == J5_OBJECT && root->obj.n == 1);
	app = at(j5_get(root, "apps"), 0);
	CHECK(app && app->obj.n == 4);
	CHECK(str_eq(j5_get(app, "name"), "ipc"));
	CHECK(j5_get(app, "flash_size_bytes") && j5_get(app, "flash_size_bytes")->num.u == 32768);
	CHECK(j5_get(app, "ram_size_bytes") && j5_get(app, "ram_size_bytes")->num.i == 8192);
	procs = j5_get(app, "processes");
	CHECK(procs && procs->type == J5_ARRAY && procs->arr.n == 2);
	p0 = at(procs, 0);
	p1 = at(procs, 1);
	CHECK(str_eq(j5_get(p0, "name"), "initiator"));
	CHECK(str_eq(j5_get(p1, "name"), "handler"));
	t = at(j5_get(p0, "threads"), 0);
	ss = j5_get(t, "stack_size_bytes");
	CHECK(ss && ss->type == J5_NUMBER && ss->num.is_int && ss->num.u == 1024 &&
	      ss->num.i == 1024);
	CHECK(str_eq(j5_get(t, "name"), "initiator thread"));
	CHECK(ss && ss->line == 1 && ss->col == 279);
	obj = at(j5_get(p0, "objects"), 0);
	CHECK(obj && obj->obj.n == 4);
	CHECK(str_eq(j5_get(obj, "type"), "channel_initiator"));
	CHECK(str_eq(j5_get(obj, "handler_process"), "handler"));
	CHECK(str_eq(j5_get(obj, "handler_object_name"), "IPC"));
	CHECK(obj && obj->line == 1 && obj->col == 118);
	CHECK(obj && obj->obj.members[1].key_col == 133);
	obj = at(j5_get(p1, "objects"), 0);
	CHECK(str_eq(j5_get(obj, "type"), "channel_handler"));
	t = at(j5_get(p1, "threads"), 0);
	CHECK(str_eq(j5_get(t, "name"), "handler thread"));
	CHECK(j5_get(t, "stack_size_bytes") && j5_get(t, "stack_size_bytes")->num.u == 1024);
	j5_free(root);
}

struct test {
	const char *name;
	void (*fn)(void);
};

#define T(fn)           \
	{               \
#fn, fn \
	}

static const struct test tests[] = {
	T(test_literals),
	T(test_decimal_integers),
	T(test_integer_limits),
	T(test_hex),
	T(test_number_text_as_written),
	T(test_doubles),
	T(test_infinity_nan),
	T(test_bad_numbers),
	T(test_strings),
	T(test_simple_escapes),
	T(test_hex_unicode_escapes),
	T(test_surrogate_pairs),
	T(test_bad_escapes),
	T(test_line_continuation),
	T(test_unterminated_strings),
	T(test_utf8),
	T(test_comments),
	T(test_keys),
	T(test_missing_colon),
	T(test_member_positions),
	T(test_crlf_positions),
	T(test_unicode_whitespace),
	T(test_trailing_commas),
	T(test_empty_containers),
	T(test_nested_arrays),
	T(test_member_order_and_get),
	T(test_duplicate_keys),
	T(test_stray_slash),
	T(test_null_err_arg),
	T(test_signed_zero_double),
	T(test_many_keys),
	T(test_missing_commas),
	T(test_unclosed_containers),
	T(test_unquoted_values),
	T(test_nesting_depth),
	T(test_trailing_garbage),
	T(test_empty_input),
	T(test_nul_bytes),
	T(test_not_nul_terminated),
	T(test_format_error),
	T(test_type_names),
	T(test_seed_file),
};

int main(void)
{
	size_t i;
	int passed = 0, failed = 0;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		cur_failed = 0;
		tests[i].fn();
		if (cur_failed)
			failed++;
		else
			passed++;
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
