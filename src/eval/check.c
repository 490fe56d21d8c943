/*
 * check.c - `rasd eval --check`: is a gold record well formed, and does it
 * say what its report's text says where it points into it?
 *
 * The corpus gold (gold/GUIDE.md) stores every quotation as a span
 * [start, end) in Unicode characters of the report's text, so the
 * repository holds no copy of a report.  A span that drifted (a text
 * re-collected, an off-by-one in a tool) would silently corrupt every score
 * computed from it, so the checker verifies, per record:
 *
 *   - the schema: closed sets (role, precision, level, kind, qualifier,
 *     group, outlet kind, dispute attribute), ACLED type / sub-type pairs,
 *     dates that exist, booleans that are booleans;
 *   - every span lies inside the text, is not empty, and does not start or
 *     end inside a word's letters (a span cut in the middle of a word is a
 *     tool error, not a label);
 *   - every written figure occurs at its span: the span's digits, or a
 *     number expression rasd's own number reader finds in the span's text
 *     (Arabic and English number words, duals), give the claim's value.  A
 *     derived count (a named person) needs a span but no number.
 *
 * Problems are appended to a caller's buffer as one line each,
 * "<path>: <what>", so the front end can prefix file and line.  Nothing
 * here prints.
 */
#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "doc.h"
#include "eval/eval.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

#include "base/banned.h"

static const char *const roles[] = { "main", "secondary", "background", NULL };
static const char *const precisions[] = { "day", "week", "month", "year", NULL };
static const char *const levels[] = {
	"landmark", "neighbourhood", "village", "town", "admin3", "admin2", "admin1",
	"region", "country", NULL,
};
static const char *const kinds[] = {
	"killed", "wounded", "killed_or_wounded", "arrested", "kidnapped", "missing", NULL,
};
static const char *const qualifiers[] = {
	"exact", "about", "at_least", "more_than", "up_to", NULL,
};
static const char *const groups[] = {
	"people", "civilians", "children", "women", "men", "fighters", "soldiers",
	"security", "officials", "medics", "journalists", "protesters", "migrants",
	"prisoners", "students", "leaders", "family", NULL,
};
static const char *const outlet_kinds[] = {
	"state", "agency", "international", "opposition", "monitor", "kurdish",
	"regional", "aggregator", NULL,
};
static const char *const dispute_attrs[] = {
	"killed", "wounded", "arrested", "participation", "date", "location",
	"perpetrator", NULL,
};

struct checker {
	const rasd_engine *e;
	const char *text;
	size_t len;
	size_t *cp;             /* byte offset of each code point, cp[ncp] == len */
	size_t ncp;
	struct rasd_buf *out;
	int problems;
};

static void problem(struct checker *c, const char *path, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct checker *c, const char *path, const char *fmt, ...)
{
	va_list ap;

	c->problems++;
	rasd_buf_addf(c->out, "%s: ", path);
	va_start(ap, fmt);
	rasd_buf_vaddf(c->out, fmt, ap);
	va_end(ap);
	rasd_buf_addch(c->out, '\n');
}

static struct json_object *member(struct json_object *o, const char *k, int *present)
{
	struct json_object *v = NULL;
	int has = o && json_object_is_type(o, json_type_object) &&
		  json_object_object_get_ex(o, k, &v);

	if (present)
		*present = has;
	return has ? v : NULL;
}

static int in_set(const char *s, const char *const *set)
{
	for (; *set; set++)
		if (!strcmp(s, *set))
			return 1;
	return 0;
}

/*
 * A string member from a closed set.  `nullable`: null (or absent) is
 * allowed.  Returns the string or NULL.
 */
static const char *check_enum(struct checker *c, const char *path, struct json_object *o,
			      const char *key, const char *const *set, int nullable)
{
	int has;
	struct json_object *v = member(o, key, &has);
	const char *s;

	if (!v) {
		if (!nullable)
			problem(c, path, "\"%s\" is %s", key, has ? "null" : "missing");
		return NULL;
	}
	if (!json_object_is_type(v, json_type_string)) {
		problem(c, path, "\"%s\" is not a string", key);
		return NULL;
	}
	s = json_object_get_string(v);
	if (set && !in_set(s, set)) {
		problem(c, path, "\"%s\" is '%s', not one of the allowed values", key, s);
		return NULL;
	}
	return s;
}

static const char *check_str(struct checker *c, const char *path, struct json_object *o,
			     const char *key, int nullable)
{
	const char *s = check_enum(c, path, o, key, NULL, nullable);

	if (s && !*s)
		problem(c, path, "\"%s\" is empty", key);
	return s;
}

static int check_bool(struct checker *c, const char *path, struct json_object *o,
		      const char *key, int required)
{
	int has;
	struct json_object *v = member(o, key, &has);

	if (!has) {
		if (required)
			problem(c, path, "\"%s\" is missing", key);
		return 0;
	}
	if (!v || !json_object_is_type(v, json_type_boolean)) {
		problem(c, path, "\"%s\" is not true or false", key);
		return 0;
	}
	return json_object_get_boolean(v);
}

static int check_day(struct checker *c, const char *path, const char *key, const char *s)
{
	struct rasd_ymd d;

	if (strlen(s) != 10 || rasdp_parse_ymd(s, &d)) {
		problem(c, path, "\"%s\" '%s' is not a date (YYYY-MM-DD)", key, s);
		return -1;
	}
	return 0;
}

static int arabic_letter(uint32_t u)
{
	return u >= 0x0621 && u <= 0x064A;
}

/* Is code point `u` a letter or digit (so that a span boundary beside it cuts a word)? */
static int wordish(uint32_t u)
{
	if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
		return 1;
	if (arabic_letter(u))
		return 1;
	if (u >= 0x0660 && u <= 0x0669)
		return 1;
	return u >= 0x00C0 && u <= 0x024F;
}

/*
 * Does a span boundary between code points `a` and `b` cut a word?  Between
 * two Latin letters or digits, yes.  In Arabic a span may start after a
 * proclitic or the article written onto the word (و ف ب ل ك, ال: "بإدلب"
 * names Idlib) and end before a suffix, so only a start after another letter
 * that cannot be a proclitic, or a boundary between two digits, cuts.
 */
static int cuts(uint32_t a, uint32_t b, int at_start)
{
	if (!wordish(a) || !wordish(b))
		return 0;
	if ((arabic_letter(a) && !arabic_letter(b) && !(b >= 'a' && b <= 'z')) ||
	    (arabic_letter(b) && !arabic_letter(a)))
		return 0;       /* a change of script: "من500" */
	if (arabic_letter(a)) {
		if (!at_start)
			return !arabic_letter(b);
		/* a proclitic written onto the word or the number: "بإدلب", "و55" */
		return !(a == 0x0648 || a == 0x0641 || a == 0x0628 || a == 0x0644 || a == 0x0643);
	}
	return 1;
}

static uint32_t cp_at(const struct checker *c, size_t i)
{
	const char *p = c->text + c->cp[i];

	return rasdp_utf8_next(&p, c->text + c->len);
}

/*
 * A span member: [start, end) code points inside the text, not empty, not
 * cutting a word.  `nullable`: null allowed.  On success sets the byte
 * range and returns 1; 0 when null/absent; -1 on a problem.
 */
static int check_span(struct checker *c, const char *path, struct json_object *o,
		      const char *key, int nullable, size_t *bs, size_t *be)
{
	int has;
	struct json_object *v = member(o, key, &has);
	int64_t s, e;

	if (!v) {
		if (!nullable)
			problem(c, path, "\"%s\" is %s", key, has ? "null" : "missing");
		return nullable ? 0 : -1;
	}
	if (!json_object_is_type(v, json_type_array) || json_object_array_length(v) != 2 ||
	    !json_object_is_type(json_object_array_get_idx(v, 0), json_type_int) ||
	    !json_object_is_type(json_object_array_get_idx(v, 1), json_type_int)) {
		problem(c, path, "\"%s\" is not [start, end]", key);
		return -1;
	}
	s = json_object_get_int64(json_object_array_get_idx(v, 0));
	e = json_object_get_int64(json_object_array_get_idx(v, 1));
	if (s < 0 || e <= s || (uint64_t)e > c->ncp) {
		problem(c, path, "\"%s\" [%lld, %lld] is empty or outside the text (%zu characters)",
			key, (long long)s, (long long)e, c->ncp);
		return -1;
	}
	if ((s > 0 && cuts(cp_at(c, (size_t)s - 1), cp_at(c, (size_t)s), 1)) ||
	    ((size_t)e < c->ncp && cuts(cp_at(c, (size_t)e - 1), cp_at(c, (size_t)e), 0))) {
		problem(c, path, "\"%s\" [%lld, %lld] cuts a word", key, (long long)s, (long long)e);
		return -1;
	}
	*bs = c->cp[s];
	*be = c->cp[e];
	return 1;
}

/* Copy of the normalised digits of [bs, be): ASCII and Arabic-Indic digits, separators dropped. */
static int digits_value(const char *s, size_t n, int64_t want)
{
	const char *p = s, *end = s + n;
	int64_t v = -1;

	while (p < end) {
		uint32_t u = rasdp_utf8_next(&p, end);
		int dig = u >= '0' && u <= '9' ? (int)(u - '0')
			: u >= 0x0660 && u <= 0x0669 ? (int)(u - 0x0660)
			: u >= 0x06F0 && u <= 0x06F9 ? (int)(u - 0x06F0) : -1;

		if (dig >= 0) {
			v = (v < 0 ? 0 : v) * 10 + dig;
			if (v > INT64_MAX / 20)
				return 0;
		} else if ((u == ',' || u == 0x066C || u == 0x066B || u == '.') && v >= 0) {
			continue;
		} else {
			if (v == want)
				return 1;
			v = -1;
		}
	}
	return v == want;
}

/*
 * Is s[0..n) one Arabic word that counts by its form: a dual noun (-ان,
 * -ين: "قتيلين", "مسؤولان") for 2, or أحد / إحدى with a pronoun ("one of
 * them") for 1?  Closed morphology, so that the checker does not depend on
 * the extractor's reading of such words.
 */
static int form_value(const char *s, size_t n, int64_t want)
{
	const char *p = s, *end = s + n;
	uint32_t cp[64];
	size_t k = 0;

	while (p < end && k < 64) {
		uint32_t u = rasdp_utf8_next(&p, end);

		if (u >= 0x064B && u <= 0x0652)
			continue;       /* harakat */
		if (!arabic_letter(u))
			return 0;
		cp[k++] = u;
	}
	if (p < end || k < 3)
		return 0;
	if (want == 2) {
		/* -ان / -ين; in construct before a pronoun or a noun: -ا / -ي ("طفليها", "جثماني") */
		size_t m = k;

		if (m > 4 && cp[m - 1] == 0x0627 && cp[m - 2] == 0x0647)
			m -= 2;                 /* ها */
		else if (m > 4 && cp[m - 1] == 0x0645 && cp[m - 2] == 0x0647)
			m -= 2;                 /* هم */
		else if (m > 5 && cp[m - 1] == 0x0627 && cp[m - 2] == 0x0645 && cp[m - 3] == 0x0647)
			m -= 3;                 /* هما */
		else if (m > 3 && cp[m - 1] == 0x0647)
			m -= 1;                 /* ه */
		if (m < k || (k > 3 && cp[k - 1] == 0x064A))
			return cp[m - 1] == 0x064A || cp[m - 1] == 0x0627;
		return (cp[k - 1] == 0x0646 && (cp[k - 2] == 0x0627 || cp[k - 2] == 0x064A)) ||
		       (k > 4 && cp[k - 1] == 0x0627 && cp[k - 2] == 0x0646 && cp[k - 3] == 0x0627);
	}
	if (want == 1) {
		size_t i = cp[0] == 0x0648 || cp[0] == 0x0641 ? 1 : 0;   /* و ف */

		return k - i >= 3 && (cp[i] == 0x0623 || cp[i] == 0x0625 || cp[i] == 0x0627) &&
		       cp[i + 1] == 0x062D && cp[i + 2] == 0x062F;       /* أحد، إحد */
	}
	return 0;
}

/* Does rasd's number reader find `want` in the text s[0..n)? */
static int words_value(const rasd_engine *e, const char *s, size_t n, int64_t want)
{
	rasd_input in;
	rasd_doc *d;
	size_t i;
	int found = 0;

	memset(&in, 0, sizeof(in));
	in.id = "span";
	in.text = s;
	in.text_len = n;
	d = rasd_extract(e, &in, NULL, 0, NULL);
	if (!d)
		return 0;
	for (i = 0; i < d->nnums && !found; i++)
		found = d->nums[i].value == want || d->nums[i].value_hi == want;
	rasd_doc_free(d);
	return found;
}

static void check_claim(struct checker *c, const char *path, struct json_object *o)
{
	struct json_object *v = member(o, "value", NULL);
	int64_t value = -1;
	size_t bs, be;
	int derived;

	check_enum(c, path, o, "kind", kinds, 0);
	check_enum(c, path, o, "qualifier", qualifiers, 0);
	check_enum(c, path, o, "group", groups, 0);
	check_str(c, path, o, "who", 0);
	check_str(c, path, o, "source", 0);
	check_str(c, path, o, "via", 1);
	check_bool(c, path, o, "denied", 1);
	check_bool(c, path, o, "subset", 1);
	derived = check_bool(c, path, o, "derived", 1);
	if (!v || !json_object_is_type(v, json_type_int) || json_object_get_int64(v) < 0)
		problem(c, path, "\"value\" is not a count");
	else
		value = json_object_get_int64(v);
	check_span(c, path, o, "source_span", 1, &bs, &be);
	if (check_span(c, path, o, "span", 0, &bs, &be) != 1 || derived || value < 0)
		return;
	if (!digits_value(c->text + bs, be - bs, value) &&
	    !form_value(c->text + bs, be - bs, value) &&
	    !words_value(c->e, c->text + bs, be - bs, value))
		problem(c, path, "span \"%.*s\" does not give the value %lld", (int)(be - bs),
			c->text + bs, (long long)value);
}

static void check_participant(struct checker *c, const char *path, struct json_object *o)
{
	size_t bs, be;

	check_str(c, path, o, "actor", 0);
	check_str(c, path, o, "source", 0);
	check_str(c, path, o, "via", 1);
	check_bool(c, path, o, "denied", 1);
	check_bool(c, path, o, "limited", 0);
	check_span(c, path, o, "source_span", 1, &bs, &be);
}

static void check_array_of(struct checker *c, const char *path, struct json_object *o,
			   const char *key, int strings,
			   void (*fn)(struct checker *, const char *, struct json_object *))
{
	struct json_object *a = member(o, key, NULL);
	struct rasd_buf p = RASD_BUF_INIT;
	size_t i, n;

	if (!a || !json_object_is_type(a, json_type_array)) {
		problem(c, path, "\"%s\" is not an array", key);
		return;
	}
	n = json_object_array_length(a);
	for (i = 0; i < n; i++) {
		struct json_object *x = json_object_array_get_idx(a, i);

		if (strings) {
			if (!x || !json_object_is_type(x, json_type_string) ||
			    !*json_object_get_string(x))
				problem(c, path, "\"%s\"[%zu] is not a name", key, i);
			continue;
		}
		rasd_buf_reset(&p);
		rasd_buf_addf(&p, "%s.%s[%zu]", path, key, i);
		if (!x || !json_object_is_type(x, json_type_object))
			problem(c, p.buf, "not an object");
		else
			fn(c, p.buf, x);
	}
	rasd_buf_release(&p);
}

static void check_event(struct checker *c, const char *path, struct json_object *o)
{
	const char *date, *prec, *type, *sub;
	struct json_object *period = member(o, "date_period", NULL);
	size_t bs, be;

	check_enum(c, path, o, "role", roles, 0);
	date = check_str(c, path, o, "date", 1);
	prec = check_enum(c, path, o, "date_precision", precisions, 1);
	if (date && !check_day(c, path, "date", date) && (!prec || strcmp(prec, "day")))
		problem(c, path, "a \"date\" needs \"date_precision\": \"day\"");
	if (!date && prec && !strcmp(prec, "day"))
		problem(c, path, "\"date_precision\" is day but \"date\" is null");
	if (prec && strcmp(prec, "day")) {
		if (!period || !json_object_is_type(period, json_type_array) ||
		    json_object_array_length(period) != 2)
			problem(c, path, "a %s precision needs \"date_period\": [first, last]", prec);
		else {
			size_t k;

			for (k = 0; k < 2; k++) {
				struct json_object *x = json_object_array_get_idx(period, k);

				if (!x || !json_object_is_type(x, json_type_string))
					problem(c, path, "\"date_period\"[%zu] is not a date", k);
				else
					check_day(c, path, "date_period", json_object_get_string(x));
			}
		}
	} else if (period) {
		problem(c, path, "\"date_period\" is only for week, month or year precision");
	}
	check_span(c, path, o, "date_span", 1, &bs, &be);
	if (check_str(c, path, o, "location", 1)) {
		check_enum(c, path, o, "location_level", levels, 0);
		check_span(c, path, o, "location_span", 1, &bs, &be);
	}
	check_str(c, path, o, "admin1", 1);
	check_str(c, path, o, "admin2", 1);
	type = check_str(c, path, o, "event_type", 1);
	sub = check_str(c, path, o, "sub_event_type", 1);
	if ((type || sub) && !rasdp_acled_valid(type, sub))
		problem(c, path, "'%s' / '%s' is not an ACLED event type and sub-type",
			type ? type : "null", sub ? sub : "null");
	check_str(c, path, o, "actor1", 1);
	check_str(c, path, o, "actor2", 1);
	check_array_of(c, path, o, "actors", 1, NULL);
	check_array_of(c, path, o, "claims", 0, check_claim);
	check_array_of(c, path, o, "participants", 0, check_participant);
}

static void check_dispute(struct checker *c, const char *path, struct json_object *o)
{
	check_enum(c, path, o, "attribute", dispute_attrs, 0);
	check_str(c, path, o, "detail", 0);
}

int rasdp_gold_check(const rasd_engine *e, struct json_object *gold, const char *text,
		     size_t len, struct rasd_buf *out)
{
	struct checker c;
	const char *p = text, *end = text + len, *id;
	size_t n = 0;

	memset(&c, 0, sizeof(c));
	c.e = e;
	c.text = text;
	c.len = len;
	c.out = out;
	c.cp = malloc((len + 1) * sizeof(*c.cp));
	if (!c.cp)
		return RASD_ENOMEM;
	while (p < end) {
		c.cp[n++] = (size_t)(p - text);
		rasdp_utf8_next(&p, end);
	}
	c.cp[n] = len;
	c.ncp = n;
	id = check_str(&c, "record", gold, "id", 0);
	if (!id)
		id = "record";
	check_str(&c, id, gold, "incident", 1);
	check_str(&c, id, gold, "country", 0);
	check_enum(&c, id, gold, "outlet_kind", outlet_kinds, 0);
	check_str(&c, id, gold, "note", 1);
	check_array_of(&c, id, gold, "events", 0, check_event);
	check_array_of(&c, id, gold, "disputes", 0, check_dispute);
	free(c.cp);
	return c.problems;
}
