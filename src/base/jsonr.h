/*
 * jsonr.h - reading JSON parsed by json-c: one set of typed look-ups.
 *
 * Every reader of JSON in librasd (the extraction reader, gold records,
 * stored incidents, posted reports) asks the same questions of a parsed
 * value: "the string member k, if it is a string", "the number member k,
 * if it is a number".  They are answered here, once, with one rule: a
 * value that is missing, null, or of another type is absent, and an
 * absent value is NULL (pointers), 0 (flags and counts) or "not found"
 * (the functions returning 1 and filling *out).  A NULL object or array
 * is absent too, so look-ups chain without checks in between:
 * rasdp_json_str(rasdp_json_obj(o, "source"), "name").
 *
 * Strings returned are json-c's, valid while the parsed value lives.
 */
#ifndef RASD_JSONR_H
#define RASD_JSONR_H

#include <stddef.h>
#include <stdint.h>

#include "rasd.h"

struct json_object;

/* Member `key` of `o` of any type, or NULL (o is no object, or lacks it). */
struct json_object *rasdp_json_get(struct json_object *o, const char *key);
/* Member `key` when it is an object / an array, else NULL. */
struct json_object *rasdp_json_obj(struct json_object *o, const char *key);
struct json_object *rasdp_json_arr(struct json_object *o, const char *key);
/* Member `key` when it is a string, else NULL. */
const char *rasdp_json_str(struct json_object *o, const char *key);
/* Member `key` when it is a number (integer or not): 1 with *out, else 0. */
int rasdp_json_num(struct json_object *o, const char *key, double *out);
/*
 * Member `key` as a count: an integer, or a number with a value in the
 * int64 range (truncated); 1 with *out, else 0.  1e30 or NaN is no count.
 */
int rasdp_json_int(struct json_object *o, const char *key, int64_t *out);
/* json-c's truth of member `key` (true, a non-zero number...); 0 when absent. */
int rasdp_json_bool(struct json_object *o, const char *key);
/* Array `a` as a span [start, end] of two counts: 1 with both, else 0. */
int rasdp_json_pair(struct json_object *a, int64_t *start, int64_t *end);
/* Member `key` as such a span. */
int rasdp_json_span(struct json_object *o, const char *key, int64_t *start, int64_t *end);

/* Length of array `a` (0 when it is no array) and its element i (or NULL). */
size_t rasdp_json_len(struct json_object *a);
struct json_object *rasdp_json_at(struct json_object *a, size_t i);

/*
 * Parse the `len` bytes at `s` (not necessarily NUL-terminated) as one
 * JSON value with nothing but white space after it, into *out (the caller
 * owns one reference: json_object_put).  Returns 0, or with *out NULL and
 * `err` set: RASD_EEMPTY for nothing but white space, RASD_EPARSE
 * "invalid JSON at byte N: ..." with err->byte_offset at N, RASD_ETOOBIG,
 * RASD_ENOMEM.
 */
int rasdp_json_parse(const char *s, size_t len, struct json_object **out, rasd_err *err);

#endif
