/*
 * dates_stamp.c - the date stamp atop a report that came without a
 * publication date: "Wed 05 Apr 2017 Syria attack ...", "17 مايو 2024" on
 * a line of its own under the headline, "Published: 12 March 2019",
 * "نشر في: 12 آذار 2019", "Headline AFP Tuesday 5 Jul 2016 A bomber ...".
 * rasdp_find_dates() asks for it after a first walk when the metadata gave
 * no date; the stamp is then the report's date, relative dates are
 * resolved against it and the output says it came from the text.
 *
 * A stamp is an absolute date of a day with its year (never a relative
 * one: "Updated 3 hours ago"), from 1990 to today, that is
 *   - on a line of its own among the first STAMP_LINES lines: besides the
 *     date only labels, numbers (a time), punctuation and at most
 *     STAMP_OTHER other words (a place, an outlet);
 *   - or opens the first line or the one under the headline, after at
 *     most a label ("Posted on"), and
 *     is no clause's date: "5 April 2017, an air strike ..." (a comma and
 *     the sentence going on) and "On 5 April 2017 ..." (a preposition is
 *     no label) tell of an event;
 *   - or, in English, stands in the first sentences (the headline's and
 *     the next) between a byline's
 *     capitalised name and the body's capitalised first word ("... AFP
 *     Tuesday 5 Jul 2016 A motorcycle bomber ..."); a date after a
 *     lower-case word or before one belongs to its clause.
 * An embedded post's signature line ("— Name (@handle) October 17, 2023")
 * dates the post, never the report; an update stamp ("Updated 27 December
 * 2022", "آخر تحديث") the page's last change, never the report.
 * The labels are closed grammar (docs/DESIGN.md): the words that name a
 * publication or an update, and the prepositions that may follow them.
 */
#include <string.h>
#include <time.h>

#include "text/dates_int.h"

#include "base/banned.h"

#define STAMP_LINES 5   /* the first lines a stamp line may be among */
#define STAMP_OTHER 3   /* words on a stamp line that are neither date nor label */
#define STAMP_TOKS 200  /* tokens from the text's start a stamp may begin within */
#define STAMP_FIRST_YEAR 1990

enum { LB_HEAD = 1, LB_LINK, LB_DAY };

/*
 * Stamp labels, normalised; a link word counts only after a head.  A
 * weekday before the date may stand anywhere among them; the date words
 * name it in full, and a stamp may abbreviate it ("Wed 05 Apr 2017").
 * `update`: the label names an update (names_update()).
 */
static const struct {
	const char *w;
	int kind;
	int update;
} labels[] = {
	{"published", LB_HEAD, 0}, {"posted", LB_HEAD, 0}, {"updated", LB_HEAD, 1},
	{"modified", LB_HEAD, 1}, {"last", LB_HEAD, 0}, {"date", LB_HEAD, 0}, {"dated", LB_HEAD, 0},
	{"publication", LB_LINK, 0}, {"of", LB_LINK, 0}, {"on", LB_LINK, 0}, {"at", LB_LINK, 0},
	{"updated", LB_LINK, 1},
	{"mon", LB_DAY, 0}, {"tue", LB_DAY, 0}, {"wed", LB_DAY, 0}, {"thu", LB_DAY, 0},
	{"fri", LB_DAY, 0}, {"sat", LB_DAY, 0}, {"sun", LB_DAY, 0},
	{"\xd9\x86\xd8\xb4\xd8\xb1", LB_HEAD, 0},                         /* نشر */
	{"\xd9\x86\xd8\xb4\xd8\xb1\xd8\xaa", LB_HEAD, 0},                 /* نشرت */
	{"\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae", LB_HEAD, 0},         /* تاريخ */
	{"\xd8\xa8\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae", LB_HEAD, 0}, /* بتاريخ */
	{"\xd8\xa7\xd8\xae\xd8\xb1", LB_HEAD, 0},                         /* اخر (آخر) */
	{"\xd8\xaa\xd8\xad\xd8\xaf\xd9\x8a\xd8\xab", LB_LINK, 1},         /* تحديث */
	{"\xd8\xa7\xd9\x84\xd9\x86\xd8\xb4\xd8\xb1", LB_LINK, 0},         /* النشر */
	{"\xd9\x81\xd9\x8a", LB_LINK, 0},                                 /* في */
};

/* The kind of label token t is (0 none); with want_head, a link word is none. */
static int label_at(const struct rasd_doc *d, size_t t, int want_head)
{
	size_t k, len;
	const char *w;

	if (d->toks[t].kind != RASD_TOK_WORD)
		return 0;
	if (dw_kind_at(d, t, d->ntoks, 0, DW_WEEKDAY))
		return LB_DAY;
	w = tnorm(d, t, &len);
	for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
		if (eq(w, len, labels[k].w) && (labels[k].kind != LB_LINK || !want_head))
			return labels[k].kind;
	return 0;
}

int rasdp_starts_line(const struct rasd_doc *d, uint32_t t)
{
	uint32_t i;

	if (t == 0)
		return 1;
	for (i = d->toks[t - 1].end; i < d->toks[t].start; i++)
		if (d->text[i] == '\n')
			return 1;
	return 0;
}

/*
 * Are tokens [a, b) labels, weekdays and punctuation only, a link word
 * after a head ("Date of publication", "نشر في")?  *n counts the labels
 * that are no weekday.
 */
static int labels_only(const struct rasd_doc *d, size_t a, size_t b, int *n)
{
	int seen = 0, k;

	*n = 0;
	for (; a < b; a++) {
		if (d->toks[a].kind == RASD_TOK_PUNCT)
			continue;
		k = label_at(d, a, !seen);
		if (!k)
			return 0;
		if (k != LB_DAY) {
			seen = 1;
			(*n)++;
		}
	}
	return 1;
}

/*
 * Does a word naming an update stand in [a, b) ("Updated", "Last modified",
 * "آخر تحديث")?  An update stamp says when the page last changed, not when
 * the report was written: it dates nothing.
 */
static int names_update(const struct rasd_doc *d, size_t a, size_t b)
{
	size_t k, len;
	const char *w;

	for (; a < b; a++) {
		if (d->toks[a].kind != RASD_TOK_WORD)
			continue;
		w = tnorm(d, a, &len);
		for (k = 0; k < sizeof(labels) / sizeof(labels[0]); k++)
			if (labels[k].update && eq(w, len, labels[k].w))
				return 1;
	}
	return 0;
}

/* Words in [a, b) that are neither a label nor a date; numbers and punctuation are free. */
static size_t other_words(const struct rasd_doc *d, size_t a, size_t b)
{
	size_t n = 0;

	for (; a < b; a++)
		if (d->toks[a].kind == RASD_TOK_WORD && !label_at(d, a, 0))
			n++;
	return n;
}

static int cap_word(const struct rasd_doc *d, size_t t)
{
	return d->toks[t].kind == RASD_TOK_WORD && (d->toks[t].flags & RASD_TOKF_CAP);
}

/*
 * Is the line [ls, le) an embedded post's signature ("— Name (@handle)
 * October 17, 2023"): opened by a dash or naming a handle?  Its date is
 * the post's.
 */
static int post_signature(const struct rasd_doc *d, size_t ls, size_t le)
{
	const char *p = d->text + d->toks[ls].start, *end = d->text + d->toks[le - 1].end;
	size_t n = (size_t)(end - p);

	if (*p == '-' || (n >= 3 && (!memcmp(p, "\xe2\x80\x94", 3) || !memcmp(p, "\xe2\x80\x93", 3))))
		return 1;
	return memchr(p, '@', (size_t)(end - p)) != NULL;
}

/* Is date p, on the line [ls, le) numbered `line`, a stamp? */
static int is_stamp(const struct rasd_doc *d, const struct rasd_date *p, size_t ls, size_t le,
		    size_t line)
{
	size_t a = p->tok_start, b = p->tok_end;
	int nlab;

	if (post_signature(d, ls, le) || names_update(d, ls, a))
		return 0;

	/* a line of its own: the date, labels, a time and a place or outlet */
	if (other_words(d, ls, a) + other_words(d, b, le) <= STAMP_OTHER &&
	    (labels_only(d, ls, a, &nlab) || other_words(d, b, le) == 0))
		return 1;
	if (line > 1)
		return 0;
	/* opening the first line (or the one under the headline), after labels; "5 April 2017, an air strike ..." is the event's */
	if (labels_only(d, ls, a, &nlab))
		return nlab || !(b + 1 < le && punct_is(d, b, le, ","));
	/* between a byline and the body: "... AFP Tuesday 5 Jul 2016 A bomber ..." */
	return d->toks[a].sent <= 2 && a > ls + 1 && cap_word(d, a - 1) && !rasdp_starts_line(d, (uint32_t)a - 1) &&
	       (b >= le || cap_word(d, b));
}

int rasdp_date_stamp(const struct rasd_doc *d, struct rasd_ymd *out, uint32_t *tok)
{
	int64_t today = (int64_t)(time(NULL) / 86400);
	size_t i, t = 0, line = 0, ls = 0, le;

	for (i = 0; i < d->ndates && d->dates[i].tok_start < STAMP_TOKS; i++) {
		const struct rasd_date *p = &d->dates[i];

		/* the line the date is on: its number, its first token and its end */
		for (; t <= p->tok_start; t++)
			if (t && rasdp_starts_line(d, (uint32_t)t)) {
				line++;
				ls = t;
			}
		if (line >= STAMP_LINES)
			break;
		if (p->precision != RASD_PREC_DAY || p->relative || p->date.y < STAMP_FIRST_YEAR ||
		    rasdp_days_from_ymd(p->date.y, p->date.m, p->date.d) > today + 1)
			continue;
		for (le = p->tok_end; le < d->ntoks && !rasdp_starts_line(d, (uint32_t)le); le++)
			;
		if (is_stamp(d, p, ls, le, line)) {
			*out = p->date;
			*tok = p->tok_start;
			return 1;
		}
	}
	return 0;
}
