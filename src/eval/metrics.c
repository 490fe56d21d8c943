/*
 * metrics.c - the pure building blocks of `rasd eval`: precision, recall
 * and F1 from counts, B-cubed over clusterings, multiset matching of
 * claims, the name comparisons that decide whether a gold source or
 * place is the one rasd predicted, and how figures are written in JSON.
 *
 * Nothing here touches a lexicon directly: source resolution takes a
 * look-up callback, so the fallbacks (parentheses stripped, "outlet") are
 * tested with a table instead of a loaded engine.  Denominators of zero
 * give 0, never NaN: a measure on nothing scores nothing.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/jsonw.h"
#include "eval/eval.h"

#include "base/banned.h"

void rasdp_prf_compute(struct rasdp_prf *x)
{
	x->p = x->npred ? (double)x->tp / (double)x->npred : 0.0;
	x->r = x->ngold ? (double)x->tp / (double)x->ngold : 0.0;
	x->f = x->p + x->r > 0 ? 2 * x->p * x->r / (x->p + x->r) : 0.0;
}

double rasdp_ratio_value(const struct rasdp_ratio *r)
{
	return r->den ? (double)r->num / (double)r->den : 0.0;
}

void rasdp_eval_json_num4(struct rasd_jsonw *w, double v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof(tmp), "%.4f", v);

	rasd_jsonw_raw(w, tmp, (size_t)n);
}

void rasdp_eval_json_ratio(struct rasd_jsonw *w, const char *key, const struct rasdp_ratio *r)
{
	rasd_jsonw_key(w, key);
	rasd_jsonw_obj(w);
	rasd_jsonw_key(w, "value");
	rasdp_eval_json_num4(w, rasdp_ratio_value(r));
	rasd_jsonw_key(w, "right");
	rasd_jsonw_int(w, (int64_t)r->num);
	rasd_jsonw_key(w, "total");
	rasd_jsonw_int(w, (int64_t)r->den);
	rasd_jsonw_obj_end(w);
}

/* ---- B-cubed ---------------------------------------------------------- */

struct pair {
	long a, b;
	size_t i;
};

static int cmp_pair(const void *x, const void *y)
{
	const struct pair *p = x, *q = y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return 0;
}

/*
 * Sizes of groups: sort (a, b) pairs and write, for every item, how many
 * items share its key.  With `use_b` 0 only `a` is the key.
 */
static void group_sizes(struct pair *v, size_t n, int use_b, size_t *size)
{
	size_t i = 0, j;

	while (i < n) {
		j = i + 1;
		while (j < n && v[j].a == v[i].a && (!use_b || v[j].b == v[i].b))
			j++;
		for (size_t k = i; k < j; k++)
			size[v[k].i] = j - i;
		i = j;
	}
}

int rasdp_bcubed_items(const long *gold, const long *pred, size_t n, double *pi, double *ri)
{
	struct pair *v;
	size_t *gs, *ps, *both, i;

	if (!n)
		return 0;
	v = malloc(n * sizeof(*v));
	gs = malloc(3 * n * sizeof(*gs));
	if (!v || !gs) {
		free(v);
		free(gs);
		return RASD_ENOMEM;
	}
	ps = gs + n;
	both = ps + n;
	for (i = 0; i < n; i++) {
		v[i].a = gold[i];
		v[i].b = pred[i];
		v[i].i = i;
	}
	qsort(v, n, sizeof(*v), cmp_pair);
	group_sizes(v, n, 0, gs);
	group_sizes(v, n, 1, both);
	for (i = 0; i < n; i++) {
		v[i].a = pred[i];
		v[i].b = 0;
		v[i].i = i;
	}
	qsort(v, n, sizeof(*v), cmp_pair);
	group_sizes(v, n, 0, ps);
	for (i = 0; i < n; i++) {
		pi[i] = (double)both[i] / (double)ps[i];
		ri[i] = (double)both[i] / (double)gs[i];
	}
	free(v);
	free(gs);
	return 0;
}

void rasdp_bcubed_f(double psum, double rsum, size_t n, double *p, double *r, double *f)
{
	*p = n ? psum / (double)n : 0.0;
	*r = n ? rsum / (double)n : 0.0;
	*f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

int rasdp_bcubed(const long *gold, const long *pred, size_t n,
		 double *p, double *r, double *f)
{
	double *pi, sp = 0, sr = 0;
	size_t i;

	*p = *r = *f = 0;
	if (!n)
		return 0;
	pi = malloc(2 * n * sizeof(*pi));
	if (!pi)
		return RASD_ENOMEM;
	if (rasdp_bcubed_items(gold, pred, n, pi, pi + n)) {
		free(pi);
		return RASD_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		sp += pi[i];
		sr += pi[n + i];
	}
	rasdp_bcubed_f(sp, sr, n, p, r, f);
	free(pi);
	return 0;
}

/* ---- claims ----------------------------------------------------------- */

static int str_eq(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

size_t rasdp_eval_match_claims(const struct rasdp_eval_claim *gold, size_t ngold,
			       const struct rasdp_eval_claim *pred, size_t npred,
			       long *gold_to_pred)
{
	unsigned char *used = npred ? calloc(npred, 1) : NULL;
	size_t i, j, matched = 0;

	for (i = 0; i < ngold; i++)
		gold_to_pred[i] = -1;
	if (npred && !used) {
		/* Out of memory: fall back to a quadratic scan without a mark table. */
		for (i = 0; i < ngold; i++) {
			for (j = 0; j < npred; j++) {
				size_t k;
				int taken = 0;

				if (!str_eq(gold[i].kind, pred[j].kind) || gold[i].value != pred[j].value)
					continue;
				for (k = 0; k < i; k++)
					if (gold_to_pred[k] == (long)j)
						taken = 1;
				if (!taken) {
					gold_to_pred[i] = (long)j;
					matched++;
					break;
				}
			}
		}
		return matched;
	}
	/*
	 * Passes of falling demand: first the gold claims whose best candidate
	 * agrees on source and qualifier take it, so a claim earlier in the
	 * list does not steal a better partner of a later one; then source
	 * only, then qualifier only, then any.
	 */
	for (int pass = 0; pass < 4; pass++) {
		for (i = 0; i < ngold; i++) {
			long best = -1;
			int best_score = -1;

			if (gold_to_pred[i] >= 0)
				continue;
			for (j = 0; j < npred; j++) {
				int score;

				if (used[j] || !str_eq(gold[i].kind, pred[j].kind) ||
				    gold[i].value != pred[j].value)
					continue;
				score = 2 * rasdp_eval_source_equal(gold[i].source_id, NULL,
								    gold[i].source_name,
								    pred[j].source_id,
								    pred[j].source_name) +
					str_eq(gold[i].qualifier, pred[j].qualifier);
				if (score > best_score) {
					best_score = score;
					best = (long)j;
				}
			}
			if (best < 0 || best_score < 3 - pass)
				continue;
			used[best] = 1;
			gold_to_pred[i] = best;
			matched++;
		}
	}
	free(used);
	return matched;
}

/* ---- names ------------------------------------------------------------ */

size_t rasdp_eval_norm_name(const char *s, size_t len, char *out, size_t n)
{
	size_t i, o = 0;
	int space = 0;

	if (!n)
		return 0;
	for (i = 0; s && i < len && o + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
			if (space && o)
				out[o++] = ' ';
			space = 0;
			if (o + 1 < n)
				out[o++] = (char)c;
		} else if (c >= 'A' && c <= 'Z') {
			if (space && o)
				out[o++] = ' ';
			space = 0;
			if (o + 1 < n)
				out[o++] = (char)(c - 'A' + 'a');
		} else if (c == '\'' || c == 0x60) {
			/* al-Rais / al Rais / Ra'is: apostrophes vanish */
		} else {
			space = 1;
		}
	}
	out[o] = '\0';
	if (o > 4 && !memcmp(out, "the ", 4)) {
		memmove(out, out + 4, o - 3);
		o -= 4;
	}
	return o;
}

size_t rasdp_eval_strip_parens(const char *s, char *out, size_t n)
{
	size_t o = 0;
	int depth = 0, space = 0;

	if (!n)
		return 0;
	for (; s && *s && o + 1 < n; s++) {
		if (*s == '(' || *s == '[') {
			depth++;
			space = 1;
			continue;
		}
		if ((*s == ')' || *s == ']') && depth > 0) {
			depth--;
			space = 1;
			continue;
		}
		if (depth)
			continue;
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			space = 1;
			continue;
		}
		if (space && o)
			out[o++] = ' ';
		space = 0;
		if (o + 1 < n)
			out[o++] = *s;
	}
	out[o] = '\0';
	return o;
}

int rasdp_eval_name_eq(const char *a, const char *b)
{
	char x[256], y[256];
	size_t nx, ny;

	if (!a || !b)
		return 0;
	nx = rasdp_eval_norm_name(a, strlen(a), x, sizeof(x));
	ny = rasdp_eval_norm_name(b, strlen(b), y, sizeof(y));
	return nx && nx == ny && !memcmp(x, y, nx);
}

/*
 * A source named with the person who holds it ("Iranian ambassador Hossein
 * Akbari", "SOHR and a Damascus-affiliated official"): the longest run of
 * leading words, short of all of them, that names a source.
 */
static const char *resolve_prefix(rasdp_eval_lookup_fn fn, void *ctx, const char *s,
				  size_t n, const char **name)
{
	size_t ends[16], nends = 0, i;
	const char *id;

	for (i = 1; i < n && nends < 16; i++)
		if (s[i] == ' ' && s[i - 1] != ' ')
			ends[nends++] = i;
	while (nends > 0) {
		size_t e = ends[--nends];

		while (e > 0 && (s[e - 1] == ',' || s[e - 1] == ' '))
			e--;
		id = e ? fn(ctx, s, e, name) : NULL;
		if (id)
			return id;
	}
	return NULL;
}

/* Length of a leading English article and its space ("the ", "a ", "an "), or 0. */
static size_t leading_article(const char *s, size_t n)
{
	static const char *const arts[] = { "the ", "a ", "an " };
	size_t i, k;

	for (i = 0; i < sizeof(arts) / sizeof(arts[0]); i++) {
		size_t l = strlen(arts[i]);

		for (k = 0; k < l && k < n; k++)
			if ((s[k] | 0x20) != arts[i][k])
				break;
		if (k == l && n > l)
			return l;
	}
	return 0;
}

/*
 * `s` (n bytes) as a name, with its leading run of words that names a
 * source, each also without a leading article.
 */
static const char *resolve_run(rasdp_eval_lookup_fn fn, void *ctx, const char *s, size_t n,
			       const char **name)
{
	const char *id;
	size_t a;

	while (n > 0 && (*s == ' ' || *s == ','))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	if (!n)
		return NULL;
	id = fn(ctx, s, n, name);
	if (!id)
		id = resolve_prefix(fn, ctx, s, n, name);
	/* "the Syrian Health Ministry", "a military source": forms have no article */
	a = leading_article(s, n);
	if (!id && a && a < n) {
		id = fn(ctx, s + a, n - a, name);
		if (!id)
			id = resolve_prefix(fn, ctx, s + a, n - a, name);
	}
	return id;
}

/* Does a chain's next link start at s[i] (" via ", " citing ", " quoting ")? */
static int chain_word(const char *s, size_t n, size_t i)
{
	static const char *const words[] = { " via ", " citing ", " quoting " };
	size_t k, l;

	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		l = strlen(words[k]);
		if (i + l <= n && !memcmp(s + i, words[k], l))
			return 1;
	}
	return 0;
}

/*
 * A part of a gold name ([s, s + n)) that names its source, the words
 * qualifying it read past: its leading run of words, else the run after
 * one of its words - a place or number before the source ("Hatay governor
 * Rahmi Dogan" -> "governor", "two local sources"), a holder before it
 * ("Ali Hajo, AANES interior co-chair", "Mohammad Nour of the Aircraft
 * Monitoring Unit").  A chain's next link ("X via Y") is not read.
 */
static const char *resolve_part(rasdp_eval_lookup_fn fn, void *ctx, const char *s, size_t n,
				const char **name)
{
	const char *id = resolve_run(fn, ctx, s, n, name);
	size_t i;

	for (i = 0; i < n; i++)
		if (chain_word(s, n, i)) {
			n = i;
			break;
		}
	for (i = 1; !id && i < n; i++)
		if ((s[i - 1] == ' ' || s[i - 1] == ',') && s[i] != ' ' && s[i] != ',')
			id = resolve_run(fn, ctx, s + i, n - i, name);
	return id;
}

const char *rasdp_eval_resolve_source(rasdp_eval_lookup_fn fn, void *ctx,
				      const char *gold, const char **name)
{
	char stripped[512];
	const char *id, *p;
	size_t n;

	if (name)
		*name = NULL;
	if (!gold || !*gold)
		return NULL;
	n = rasdp_eval_strip_parens(gold, stripped, sizeof(stripped));
	if (rasdp_eval_name_eq(stripped, "outlet") || rasdp_eval_name_eq(gold, "outlet"))
		return "outlet";
	if (!fn)
		return NULL;
	id = fn(ctx, gold, strlen(gold), name);
	if (!id && n && strcmp(stripped, gold))
		id = fn(ctx, stripped, n, name);
	if (!id)
		id = resolve_part(fn, ctx, stripped, n, name);
	/*
	 * A holder named with his title in parentheses ("Ali al-Marsoumi
	 * (activist)", "al-Sadiq Ali Nour (Sudan Liberation Movement
	 * spokesman)"); not a chain's next link ("(via NNA)").
	 */
	for (p = gold; !id && (p = strchr(p, '(')) != NULL; p++) {
		const char *e = strchr(p, ')');
		size_t l = e ? (size_t)(e - p - 1) : strlen(p + 1);

		if (!(l >= 4 && !memcmp(p + 1, "via ", 4)))
			id = resolve_part(fn, ctx, p + 1, l, name);
	}
	return id;
}

int rasdp_eval_source_equal(const char *gold_id, const char *gold_lexname,
			    const char *gold_text, const char *pred_id,
			    const char *pred_name)
{
	char stripped[512];
	const char *g[3], *p[2];
	int i, j;

	if (gold_id && pred_id && !strcmp(gold_id, pred_id))
		return 1;
	g[0] = gold_lexname;
	g[1] = gold_text;
	g[2] = NULL;
	if (gold_text && rasdp_eval_strip_parens(gold_text, stripped, sizeof(stripped)))
		g[2] = stripped;
	p[0] = pred_name;
	p[1] = pred_id;
	for (i = 0; i < 3; i++)
		for (j = 0; j < 2; j++)
			if (rasdp_eval_name_eq(g[i], p[j]))
				return 1;
	return 0;
}
