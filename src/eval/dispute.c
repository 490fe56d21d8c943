/*
 * dispute.c - gold and predicted disputes reduced to what is compared.
 *
 * A gold dispute is an object {attribute, detail} or, in older records, a
 * free-text string; a predicted one is a struct rasd_dispute.  Both become
 * a struct rasdp_eval_dispute: the attribute, and the subject the attribute
 * is about - the actor of a participation dispute, the figures of a counted
 * one - so that "killed: 20 vs about 10" does not match a gold dispute on
 * some other toll of the same report.
 */
#include <json-c/json.h>
#include <string.h>

#include "base/jsonr.h"
#include "eval/eval.h"
#include "incident/incident.h"

#include "base/banned.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

const char *rasdp_eval_dispute_attribute(struct json_object *d)
{
	static const struct {
		const char *word, *attr;
	} cues[] = {
		{ "toll", "killed" }, { "killed", "killed" }, { "dead", "killed" },
		{ "death", "killed" }, { "wounded", "wounded" }, { "injur", "wounded" },
		{ "took part", "participation" }, { "particip", "participation" },
		{ "date", "date" }, { "location", "location" }, { "place", "location" },
		{ "perpetrat", "perpetrator" }, { "responsib", "perpetrator" },
	};
	const char *s;
	char low[512];
	size_t i, n;

	if (json_object_is_type(d, json_type_object))
		return rasdp_json_str(d, "attribute") ? rasdp_json_str(d, "attribute") : "other";
	if (!json_object_is_type(d, json_type_string))
		return "other";
	/* A free-text dispute: its attribute is read from the words it uses. */
	s = json_object_get_string(d);
	n = strlen(s);
	if (n >= sizeof(low))
		n = sizeof(low) - 1;
	for (i = 0; i < n; i++)
		low[i] = lower(s[i]);
	low[n] = '\0';
	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (strstr(low, cues[i].word))
			return cues[i].attr;
	return "other";
}

/* Is the word of letters at s[0..n) an English month name or abbreviation? */
static int is_month(const char *s, size_t n)
{
	static const char *const months[] = {
		"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december",
	};
	size_t i, k;

	if (n < 3)
		return 0;
	for (i = 0; i < 12; i++) {
		if (n > strlen(months[i]))
			continue;
		for (k = 0; k < n && lower(s[k]) == months[i][k]; k++)
			;
		if (k == n && (n == strlen(months[i]) || n == 3 || (n == 4 && i == 8)))
			return 1;
	}
	return 0;
}

/* The word of ASCII letters ending just before s[i] (skipping spaces): is it a month? */
static int month_before(const char *s, size_t i)
{
	size_t e, b;

	while (i > 0 && s[i - 1] == ' ')
		i--;
	e = i;
	while (i > 0 && is_alpha(s[i - 1]))
		i--;
	b = i;
	return e > b && is_month(s + b, e - b);
}

/* The word of ASCII letters starting at s[i] after spaces: a month? */
static int month_after(const char *s, size_t len, size_t i)
{
	size_t b;

	while (i < len && s[i] == ' ')
		i++;
	b = i;
	while (i < len && is_alpha(s[i]))
		i++;
	return i > b && is_month(s + b, i - b);
}

/* Is s[i] a comma between thousands ("1,200"): three digits, then no more? */
static int thousands(const char *s, size_t len, size_t i)
{
	return s[i] == ',' && i > 0 && is_digit(s[i - 1]) && i + 3 < len &&
	       is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
	       (i + 4 == len || !is_digit(s[i + 4]));
}

size_t rasdp_eval_detail_numbers(const char *detail, int64_t *out, size_t max)
{
	size_t len = detail ? strlen(detail) : 0, i = 0, n = 0, k;

	while (i < len) {
		size_t b = i, e;
		int64_t v = 0;
		int bad = 0, big = 0;

		if (!is_digit(detail[i])) {
			i++;
			continue;
		}
		/* digits, with thousands commas ("1,200") */
		while (i < len && (is_digit(detail[i]) || thousands(detail, len, i))) {
			if (is_digit(detail[i])) {
				if (v > (INT64_MAX - 9) / 10)
					big = 1;
				else
					v = v * 10 + (detail[i] - '0');
			}
			i++;
		}
		e = i;
		/* part of a word: "d000", "F-35", "20th" */
		if (b > 0 && (is_alpha(detail[b - 1]) || detail[b - 1] == '_' ||
			      (detail[b - 1] == '-' && b > 1 && is_alpha(detail[b - 2]))))
			bad = 1;
		if (e < len && (is_alpha(detail[e]) || detail[e] == '_'))
			bad = 1;
		/* a date, a time or a decimal: 2023-10-05, 5/10, 12:30, 3.5 */
		if (e < len && (detail[e] == '-' || detail[e] == '/' || detail[e] == ':' ||
				detail[e] == '.') && e + 1 < len && is_digit(detail[e + 1]))
			bad = 1;
		if (b > 0 && (detail[b - 1] == '-' || detail[b - 1] == '/' ||
			      detail[b - 1] == ':' || detail[b - 1] == '.') &&
		    b > 1 && is_digit(detail[b - 2]))
			bad = 1;
		/* next to a month name: "5 October", "October 5, 2023" */
		if (month_before(detail, b) || month_after(detail, len, e))
			bad = 1;
		if (!bad && b > 2 && detail[b - 1] == ' ' && detail[b - 2] == ',') {
			/* "October 5, 2023": the year after a day that follows a month */
			size_t j = b - 2;

			while (j > 0 && is_digit(detail[j - 1]))
				j--;
			if (j < b - 2 && month_before(detail, j))
				bad = 1;
		}
		if (bad || big)
			continue;
		for (k = 0; k < n && out[k] != v; k++)
			;
		if (k == n && n < max)
			out[n++] = v;
	}
	return n;
}

/* Look `s[0..n)` up whole, trimmed. */
static const char *lookup_trim(const char *s, size_t n, rasdp_eval_lookup_fn fn, void *ctx)
{
	while (n && (*s == ' ' || *s == ','))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '.'))
		n--;
	return n ? fn(ctx, s, n, NULL) : NULL;
}

const char *rasdp_eval_detail_actor(const char *detail, rasdp_eval_lookup_fn fn, void *ctx)
{
	char buf[512];
	const char *colon, *id;
	size_t n, w[64], we[64], nw = 0, i, len, run;

	if (!detail || !fn)
		return NULL;
	colon = strchr(detail, ':');
	if (colon) {
		char head[256];
		size_t hn = (size_t)(colon - detail);

		if (hn >= sizeof(head))
			hn = sizeof(head) - 1;
		memcpy(head, detail, hn);
		head[hn] = '\0';
		n = rasdp_eval_strip_parens(head, buf, sizeof(buf));
		id = lookup_trim(buf, n, fn, ctx);
		if (id)
			return id;
	}
	len = rasdp_eval_strip_parens(detail, buf, sizeof(buf));
	/* words: runs of anything but spaces and the punctuation that ends a name */
	for (i = 0; i < len && nw < 64;) {
		while (i < len && strchr(" :;,.\"", buf[i]))
			i++;
		if (i >= len)
			break;
		w[nw] = i;
		while (i < len && !strchr(" :;,.\"", buf[i]))
			i++;
		we[nw++] = i;
	}
	for (run = nw < 6 ? nw : 6; run > 0; run--)
		for (i = 0; i + run <= nw; i++) {
			id = fn(ctx, buf + w[i], we[i + run - 1] - w[i], NULL);
			if (id)
				return id;
		}
	return NULL;
}

void rasdp_eval_gold_dispute(struct json_object *d, rasdp_eval_lookup_fn fn, void *ctx,
			     struct rasdp_eval_dispute *out)
{
	memset(out, 0, sizeof(*out));
	out->attribute = rasdp_eval_dispute_attribute(d);
	if (json_object_is_type(d, json_type_string))
		out->detail = json_object_get_string(d);
	else
		out->detail = rasdp_json_str(d, "detail");
	if (!out->detail)
		return;
	if (!strcmp(out->attribute, "participation"))
		out->actor = fn ? rasdp_eval_detail_actor(out->detail, fn, ctx) : NULL;
	else if (rasdp_eval_figure_attribute(out->attribute))
		out->nnums = rasdp_eval_detail_numbers(out->detail, out->nums,
						       RASDP_EVAL_DISPUTE_NUMS);
}

int rasdp_eval_figure_attribute(const char *a)
{
	static const char *const kinds[] = {
		"killed", "wounded", "killed_or_wounded", "arrested", "detained",
		"kidnapped", "missing", "displaced",
	};
	size_t i;

	for (i = 0; a && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(a, kinds[i]))
			return 1;
	return 0;
}

void rasdp_eval_dispute_add_claim(struct rasdp_eval_dispute *d, const struct rasd_ev_claim *c)
{
	int64_t v[2];
	size_t j, k;

	if (!c)
		return;
	v[0] = c->value;
	v[1] = c->value_hi;
	for (j = 0; j < 2; j++) {
		for (k = 0; k < d->nnums && d->nums[k] != v[j]; k++)
			;
		if (k == d->nnums && k < RASDP_EVAL_DISPUTE_NUMS)
			d->nums[d->nnums++] = v[j];
	}
}

int rasdp_eval_dispute_match(const struct rasdp_eval_dispute *gold,
			     const struct rasdp_eval_dispute *pred)
{
	size_t i, j, hit = 0, want;

	if (!gold->attribute || !pred->attribute || !strcmp(gold->attribute, "other") ||
	    strcmp(gold->attribute, pred->attribute))
		return 0;
	if (!strcmp(gold->attribute, "participation"))
		return !gold->actor || (pred->actor && !strcmp(gold->actor, pred->actor));
	if (!rasdp_eval_figure_attribute(gold->attribute) || gold->nnums == 0)
		return 1;
	for (i = 0; i < gold->nnums; i++)
		for (j = 0; j < pred->nnums; j++)
			if (gold->nums[i] == pred->nums[j]) {
				hit++;
				break;
			}
	want = gold->nnums >= 2 ? 2 : 1;
	return hit >= want;
}
