/*
 * jsonr.c - typed look-ups over json-c values (see jsonr.h).
 */
#include "base/jsonr.h"

#include <limits.h>

#include <json-c/json.h>

#include "base/err.h"

#include "base/banned.h"

struct json_object *rasdp_json_get(struct json_object *o, const char *key)
{
	struct json_object *v = NULL;

	/* json_object_object_get_ex() answers 0 for what is not an object */
	if (!o || !json_object_object_get_ex(o, key, &v))
		return NULL;
	return v;
}

static struct json_object *typed(struct json_object *o, const char *key, json_type t)
{
	struct json_object *v = rasdp_json_get(o, key);

	return v && json_object_is_type(v, t) ? v : NULL;
}

struct json_object *rasdp_json_obj(struct json_object *o, const char *key)
{
	return typed(o, key, json_type_object);
}

struct json_object *rasdp_json_arr(struct json_object *o, const char *key)
{
	return typed(o, key, json_type_array);
}

const char *rasdp_json_str(struct json_object *o, const char *key)
{
	struct json_object *v = typed(o, key, json_type_string);

	return v ? json_object_get_string(v) : NULL;
}

int rasdp_json_num(struct json_object *o, const char *key, double *out)
{
	struct json_object *v = rasdp_json_get(o, key);

	if (!v || !(json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double)))
		return 0;
	*out = json_object_get_double(v);
	return 1;
}

/* A count out of int64 range (1e30, NaN) is none. */
static int count_of(struct json_object *v, int64_t *out)
{
	double x;

	if (json_object_is_type(v, json_type_int)) {
		*out = json_object_get_int64(v);
		return 1;
	}
	if (!json_object_is_type(v, json_type_double))
		return 0;
	x = json_object_get_double(v);
	if (!(x >= -9.2e18 && x <= 9.2e18))
		return 0;
	*out = (int64_t)x;
	return 1;
}

int rasdp_json_int(struct json_object *o, const char *key, int64_t *out)
{
	struct json_object *v = rasdp_json_get(o, key);

	return v ? count_of(v, out) : 0;
}

int rasdp_json_bool(struct json_object *o, const char *key)
{
	struct json_object *v = rasdp_json_get(o, key);

	return v && json_object_get_boolean(v);
}

int rasdp_json_pair(struct json_object *a, int64_t *start, int64_t *end)
{
	int64_t s, e;

	if (rasdp_json_len(a) != 2 || !rasdp_json_at(a, 0) || !rasdp_json_at(a, 1) ||
	    !count_of(rasdp_json_at(a, 0), &s) || !count_of(rasdp_json_at(a, 1), &e))
		return 0;
	*start = s;
	*end = e;
	return 1;
}

int rasdp_json_span(struct json_object *o, const char *key, int64_t *start, int64_t *end)
{
	return rasdp_json_pair(rasdp_json_arr(o, key), start, end);
}

size_t rasdp_json_len(struct json_object *a)
{
	return a && json_object_is_type(a, json_type_array) ? json_object_array_length(a) : 0;
}

struct json_object *rasdp_json_at(struct json_object *a, size_t i)
{
	return i < rasdp_json_len(a) ? json_object_array_get_idx(a, i) : NULL;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int rasdp_json_parse(const char *s, size_t len, struct json_object **out, rasd_err *err)
{
	struct json_tokener *tok;
	struct json_object *o;
	enum json_tokener_error jerr;
	size_t i, end;

	*out = NULL;
	for (i = 0; i < len && is_space(s[i]); i++)
		;
	if (i == len)
		return rasdp_err(err, RASD_EEMPTY, -1, 0, "empty line");
	if (len > INT_MAX)
		return rasdp_err(err, RASD_ETOOBIG, -1, 0, "line too long");
	tok = json_tokener_new();
	if (!tok)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	o = json_tokener_parse_ex(tok, s, (int)len);
	jerr = json_tokener_get_error(tok);
	end = json_tokener_get_parse_end(tok);
	json_tokener_free(tok);
	if (!o && jerr == json_tokener_continue)
		jerr = json_tokener_error_parse_eof;
	if (!o || jerr != json_tokener_success) {
		json_object_put(o);
		return rasdp_err(err, RASD_EPARSE, (int64_t)end, 0, "invalid JSON at byte %zu: %s",
				 end, json_tokener_error_desc(jerr));
	}
	for (i = end; i < len && is_space(s[i]); i++)
		;
	if (i < len) {
		json_object_put(o);
		return rasdp_err(err, RASD_EPARSE, (int64_t)i, 0,
				 "invalid JSON at byte %zu: trailing characters", i);
	}
	*out = o;
	return 0;
}
