/*
 * merging.c - frames that tell of one event made one: restatements, later
 * frames merged, and the headline weighed last.
 *
 * Two places are apart unless one is, or holds, the other (by governorate,
 * district, subdistrict or name); a city named like its governorate is not
 * all of it.  In a report with no publication date, a frame that opens on
 * another day of the week than its event's tells of another happening, and
 * one that names a day of a month (no year) in the weeks before its
 * event's day recalls a past one (a background event when it is before the
 * first event's day).  A frame with a toll of its own that opens on the
 * day before its event's, or on "earlier" (not an earlier account, count
 * or hour of that day), tells of another happening; one whose figures
 * are all a toll risen to ("the toll of the shelling in Daraa rose to 9")
 * tells of its event again, even at a city named like the governorate of
 * the event's town.  A sentence with no
 * place or date of its own that
 * restates an earlier event's figures, actors and kind goes back to it, looking over
 * the last RASDP_ECHO_REACH events.  Once every sentence is framed, later
 * frames that tell of an earlier event (same place or inside, overlapping
 * dates, compatible type: a report comes back to its event after a
 * digression) are merged into it; at most RASDP_MAX_EVENTS frames are
 * compared.  The headline's figures count only where the body does not
 * restate them: the same figure, qualifier and speaker.
 *
 * Whether two frames are one event (the next sentence and the event being
 * framed, framing.c; a later frame and an earlier one, here) is the scored
 * decision `merge` (data/models/merge.tsv): the rules above are its
 * reasons to keep frames apart, beside general features of the pair.
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/framing_int.h"
#include "model/model.h"

#include "base/banned.h"

/*
 * Does place `a` hold place `b` by name: an area named like b's
 * governorate or district ("ريف دمشق" read as the district of that name
 * holds a town of the governorate), or a town named like the subdistrict
 * of a neighbourhood or landmark `b` (the town is its seat: "Homs" and
 * "the military college" there; not the subdistrict's other villages)?
 */
static int holds_by_name(const struct rasd_lexicon *lx, const struct rasd_place *pa,
			 const struct rasd_place *pb)
{
	if (rasdp_place_rank(pa) < 5 &&
	    ((pb->admin1 >= 0 && rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin1))) ||
	     (pb->admin2 >= 0 && rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin2)))))
		return 1;
	return rasdp_place_rank(pb) > 5 && pb->admin3 >= 0 &&
	       rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin3));
}

/*
 * Are places `a` and `b` apart: neither one nor inside the other, by its
 * governorate, district or subdistrict or by name?  Stricter than
 * rasdp_same_or_inside(): a city named like its governorate ("Deir ez-Zor
 * city", "مدينة إدلب") is not all of it, so a town elsewhere in the
 * governorate is another place (one event per town and day).
 */
int rasdp_places_apart(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 0;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	return !(pa->admin1 == b || pa->admin2 == b || pa->admin3 == b || pb->admin1 == a ||
		 pb->admin2 == a || pb->admin3 == a || rasdp_same_name(pa, pb) ||
		 holds_by_name(lx, pa, pb) || holds_by_name(lx, pb, pa));
}

/* Do the two events' dates overlap, within a day (an undated one agrees)? */
static int dates_agree(const struct rasd_event *a, const struct rasd_event *b)
{
	int64_t a0, a1, b0, b1;

	if (!a->date.y || !b->date.y)
		return 1;
	a0 = rasdp_days_from_ymd(a->date.y, a->date.m, a->date.d);
	a1 = rasdp_days_from_ymd(a->last.y, a->last.m, a->last.d);
	b0 = rasdp_days_from_ymd(b->date.y, b->date.m, b->date.d);
	b1 = rasdp_days_from_ymd(b->last.y, b->last.m, b->last.d);
	return a0 <= b1 + 1 && b0 <= a1 + 1;
}

/*
 * Does the report come back to a counted event at a finer place of the
 * one it told first, or at that place again, in other words ("a raid in
 * Idlib province killed the leader ... clashes broke out in the town of
 * Atmeh")?  The first frame gives figures, one of the two is undated, and
 * the later one stands at the same place or at one inside it: the same
 * happening, whatever cue each names.  A later frame at a wider area
 * ("helicopters combed the countryside") is not one.
 */
static int counted_then_finer(const struct rasd_lexicon *lx, const struct rasd_event *a,
			      const struct rasd_event *b)
{
	if (!a->nclaims || (a->date.y && b->date.y) || a->place < 0 || b->place < 0 ||
	    rasdp_places_apart(lx, a->place, b->place))
		return 0;
	return rasdp_place_rank(rasdp_lex_place(lx, (size_t)b->place)) >=
	       rasdp_place_rank(rasdp_lex_place(lx, (size_t)a->place));
}

/*
 * May two frames of one document at agreeing places and dates be one
 * event?  Same kind of violence; or one of them only a strategic
 * development there; or one frame undated at the very same town, where
 * the report comes back to its event ("the regime fired only two shells
 * on Jasim") without restating when; or a counted event told again at the
 * same place or a finer one (counted_then_finer()).  After a kind of
 * violence, a later frame that tells another happening (rasdp_tells_other():
 * "Meanwhile, residents protested in the town", "وبالتزامن، شنت قوات
 * النظام حملة اعتقالات في البلدة") is of its own kind: only the same kind
 * joins it.  After a strategic development (a raid, an incursion) what
 * follows may be the operation's fighting ("Later, clashes broke out with
 * the raiding force"), and joins it as before.
 */
static int types_join(const struct rasdp_ctx *c, const struct rasd_event *a,
		      const struct rasd_event *b)
{
	const struct rasd_lexicon *lx = c->lx;

	if (!a->event_type || !b->event_type || rasdp_same_label(a->event_type, b->event_type))
		return 1;
	if (!rasdp_is_strategic(a->event_type) && b->nevidence && b->evidence[0] < c->d->nsents &&
	    rasdp_tells_other(c, b->evidence[0]))
		return 0;
	if (rasdp_is_strategic(a->event_type) || rasdp_is_strategic(b->event_type))
		return 1;
	if ((!a->date.y || !b->date.y) && a->place >= 0 && b->place >= 0 &&
	    (a->place == b->place ||
	     rasdp_same_name(rasdp_lex_place(lx, (size_t)a->place),
			     rasdp_lex_place(lx, (size_t)b->place))) &&
	    rasdp_place_rank(rasdp_lex_place(lx, (size_t)a->place)) >= 5)
		return 1;
	return counted_then_finer(lx, a, b);
}

/* Merge event `b` into event `a`: its claims, participants, actors, evidence, votes. */
static int merge_into(struct rasdp_ctx *c, struct rasd_event *a, const struct rasd_event *b)
{
	struct rasd_doc *d = c->d;
	size_t k;
	int rc = 0;

	for (k = 0; !rc && k < b->nclaims; k++)
		rc = rasdp_add_claim(d, a, &b->claims[k]);
	for (k = 0; !rc && k < b->nparts; k++)
		rc = rasdp_add_part(d, a, &b->parts[k]);
	for (k = 0; !rc && k < b->nactors; k++)
		rc = rasdp_add_actor(d, a, b->actors[k].actor, b->actors[k].role,
				     b->actors[k].start, b->actors[k].end);
	for (k = 0; !rc && k < b->nevidence; k++)
		rc = rasdp_add_evidence(d, a, b->evidence[k]);
	if (rc)
		return rc;
	for (k = 0; k < b->nvotes; k++)
		rasdp_add_vote(a, b->votes[k].event_type, b->votes[k].sub_type, b->votes[k].sum,
			       b->votes[k].best);
	if (rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)b->place)) >
	    rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)a->place))) {
		a->place = b->place;
		a->place_start = b->place_start;
		a->place_end = b->place_end;
		a->geo_precision = b->geo_precision;
	}
	if (b->date_idx >= 0)
		rasdp_event_date(d, a, b->date_idx);
	if (a->said_idx < 0)
		a->said_idx = b->said_idx;
	return 0;
}

/* ---- the merge decision: are two frames of a report one event? ------- */

enum {
	MG_BIAS, MG_LATER, MG_PLACE_APART, MG_DATE_APART, MG_TYPE_CLASH, MG_UNPLACED,
	MG_ONE_WAVE, MG_PLACE_SAME, MG_PLACE_INSIDE, MG_PLACE_UNKNOWN, MG_DATE_SAME,
	MG_DATE_UNKNOWN, MG_TYPE_SAME, MG_TYPE_DIFF, MG_STRATEGIC, MG_WEAK_CUE, MG_CUE,
	MG_FIGURES, MG_RESTATED, MG_ACTORS, MG_BARE, MG_GAP, MG_SAME_PARA, MG_HEADLINE,
	MG_OPENER, MG_ANAPHOR, MG_WIDER, MG_FINER, MG_DAY_APART, MG_EARLIER, MG_REST_OF,
	MG_MONTHDAY_APART, MG_EARLIER_TOLL, MG_DAY_BEFORE, MG_NAMESAKE, MG_RISEN,
	MG_KIND_BACK, MG__COUNT
};

static const struct rasd_feature merge_feats[MG__COUNT] = {
	[MG_BIAS] = { "bias", "always 1 for \"one event\" (\"two events\" scores 0)" },
	[MG_LATER] = { "later", "a later frame weighed against an earlier one once all are framed (not the next sentence against the current event)" },
	[MG_PLACE_APART] = { "place_apart", "the places are apart: neither is, or holds, the other" },
	[MG_DATE_APART] = { "date_apart", "the dates are apart: more than a day (framing: another month, or days more than one apart)" },
	[MG_TYPE_CLASH] = { "type_clash", "the kinds of violence clash, by the asking stage's rule (framing: both cues of weight 5 or more, unless the sentence has no place or date and follows within 3; merging: neither a strategic development, nor one undated at the very same town, nor a counted event told again, one side undated, at its place or a finer one)" },
	[MG_UNPLACED] = { "unplaced", "a later frame, and either side has no place" },
	[MG_ONE_WAVE] = { "one_wave", "the later frame is a later place of the wave sentence the earlier tells of" },
	[MG_PLACE_SAME] = { "place_same", "the same place, or places of the same name" },
	[MG_PLACE_INSIDE] = { "place_inside", "one place inside the other, not the same" },
	[MG_PLACE_UNKNOWN] = { "place_unknown", "either side has no place" },
	[MG_DATE_SAME] = { "date_same", "both dated to the same day, or to a night and the dawn after it (cues.tsv night, dawn)" },
	[MG_DATE_UNKNOWN] = { "date_unknown", "either side has no date" },
	[MG_TYPE_SAME] = { "type_same", "both tell of the same kind of violence" },
	[MG_TYPE_DIFF] = { "type_diff", "both tell a kind of violence, not the same" },
	[MG_STRATEGIC] = { "strategic", "kinds not the same, one of them a strategic development" },
	[MG_WEAK_CUE] = { "weak_cue", "kinds not the same, and either side's heaviest cue weighs under 5" },
	[MG_CUE] = { "cue", "the later side's heaviest cue, weight / 10" },
	[MG_FIGURES] = { "figures", "the later side gives figures of its own" },
	[MG_RESTATED] = { "restated", "the later side gives a figure of the earlier frame again (kind and value)" },
	[MG_ACTORS] = { "actors", "the later side names an actor" },
	[MG_BARE] = { "bare", "the later side has neither a place nor a date of its own" },
	[MG_GAP] = { "gap", "sentences between the earlier frame's last and the later side's first, at most 10, / 10" },
	[MG_SAME_PARA] = { "same_para", "the later side begins in the paragraph the earlier frame ends in" },
	[MG_HEADLINE] = { "headline", "the earlier frame begins at the headline" },
	[MG_OPENER] = { "opener", "the later side's first sentence opens with a word that opens another happening (cues.tsv clause_open: \"meanwhile\", \"elsewhere\", \"بالتزامن\")" },
	[MG_WIDER] = { "wider", "the earlier frame is at a town or a finer place, the later side at an area (a district, region, governorate) that is it or holds it" },
	[MG_FINER] = { "finer", "the earlier frame is at an area, the later side at a town or a finer place in it" },
	[MG_ANAPHOR] = { "anaphor", "the later side's first sentence tells of \"this attack\", \"هذا الانفجار\": the event told before" },
	[MG_EARLIER] = { "earlier", "the later frame is an earlier happening a sentence tells of after \"after\", with a cue and a toll of its own (\"the riots followed a shooting in X that killed two\", \"جاء بعد هجوم أسفر عن مقتل اثنين\"): not the event it led to, wherever it was" },
	[MG_DAY_APART] = { "day_apart", "with no publication date to resolve them, the later side opens on a day of the week more than a day from every one the earlier names (\"on Friday\" ... \"On Tuesday, ...\")" },
	[MG_REST_OF] = { "rest_of", "the later side's first sentence names its place as the rest of an area (cues.tsv rest_of: \"other parts of Idlib province\", \"في مناطق أخرى من ريف حماة\"), an area that is or holds the earlier frame's place: the happenings there besides it" },
	[MG_MONTHDAY_APART] = { "monthday_apart", "with no publication date to give it a year, every day of a month the later side names is 2 to 90 days before every day the earlier frame is dated by or names (\"on 6 August\" ... \"a bombing there on July 25 killed seven\", \"في 25 تموز\"): a past happening recalled" },
	[MG_EARLIER_TOLL] = { "earlier_toll", "the later side's first sentence opens on \"earlier\" (cues.tsv earlier: \"Earlier, three were killed in an attack on ...\", \"وفي وقت سابق، قتل\") with a cue and a toll of its own, none a figure of the earlier frame, no word of a toll (\"earlier the toll stood at\"), no reporting verb (\"an earlier report added\") and no day (\"earlier today\"): an earlier happening" },
	[MG_DAY_BEFORE] = { "day_before", "the later side, with a toll of its own (none a figure of the earlier frame), opens on the day before every day the earlier frame names or is dated by (\"On Tuesday 25 were killed ... On Monday strikes killed 23 in the town\"): another day's happening; not the night before the dawn the earlier frame is dated by (\"late on Monday night\" ... \"at dawn on Tuesday\", cues.tsv night, dawn)" },
	[MG_NAMESAKE] = { "namesake", "one side is at a city named like the governorate the other side's place lies in (\"Idlib\" and a village of Idlib province, \"دهوك\" and a town of its governorate): the name may stand for the governorate" },
	[MG_RISEN] = { "risen", "every figure of the later side is a toll risen to (\"the toll rose to 9\", \"ارتفع عدد الضحايا إلى 9\") of a kind the earlier frame counts, at its place, one inside it or a namesake city (namesake): its event told again by its toll" },
	[MG_KIND_BACK] = { "kind_back", "the later side's first sentence has no place of its own and names one by a definite noun of a place's kind, the noun the report named the earlier frame's place with (\"Jenin refugee camp\" ... \"struck the camp\", \"مخيم جنين\" ... \"المخيم\"): its place again" },
};

const struct rasd_decision rasdp_merge_decision = {
	"merge", "are two frames of a report one event? (the next sentence and the current event, or a later frame and an earlier one)",
	merge_feats, MG__COUNT,
};

/*
 * The weights `rasd train` keeps: today's reasons to keep two frames
 * apart, and the one to join them though their places are apart (a risen
 * toll).  Most labelled pairs are of one event, and those that rules keep
 * apart are mostly joined again later (merging), so a fit would soften
 * them; it learns when frames no rule keeps apart are two events.
 */
const unsigned char rasdp_merge_fixed[MG__COUNT] = {
	[MG_PLACE_APART] = 1, [MG_DATE_APART] = 1, [MG_TYPE_CLASH] = 1, [MG_UNPLACED] = 1,
	[MG_ONE_WAVE] = 1, [MG_DAY_APART] = 1, [MG_EARLIER] = 1, [MG_REST_OF] = 1,
	[MG_MONTHDAY_APART] = 1, [MG_EARLIER_TOLL] = 1, [MG_DAY_BEFORE] = 1, [MG_RISEN] = 1,
	[MG_KIND_BACK] = 1,
};

/*
 * Does the later side open on a day of the week more than a day from
 * every one the earlier frame names, the report giving no publication
 * date to resolve them by (a second day named: "on Friday, protesters ...
 * On Tuesday, gunmen attacked ...", "... ويوم الثلاثاء، هاجم")?  Resolved
 * days are weighed by date_apart.
 */
static int days_apart(const struct rasdp_ctx *c, const struct rasd_event *a,
		      const struct rasdp_later *b)
{
	const struct rasd_doc *d = c->d;
	unsigned da = 0, db = 0;
	size_t k;

	if (d->published.y)
		return 0;
	/* the later side first: a sentence or two, where the frame may hold many */
	for (k = 0; k < b->nsents; k++)
		if (b->sents[k] < d->nsents)
			db |= rasdp_sentence_weekdays(d, &c->si[b->sents[k]], b->sents[k], 1);
	for (k = 0; db && k < a->nevidence; k++)
		if (a->evidence[k] < d->nsents)
			da |= rasdp_sentence_weekdays(d, &c->si[a->evidence[k]], a->evidence[k], 0);
	return rasdp_weekdays_apart(da, db);
}

/* At most this many days of a month are weighed on each side. */
#define MONTHDAYS_MAX 8

/*
 * The days of a month (month * 32 + day) sentence `s` names for what
 * happened with no year to resolve them by ("on July 25", "في 25 تموز"),
 * added to `md` (`n` so far, at most MONTHDAYS_MAX); a day that dates a
 * statement ("said on July 25") is left out.
 */
static size_t sentence_monthdays(const struct rasdp_ctx *c, uint32_t s, int *md, size_t n)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st = &d->sents[s];
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end && n < MONTHDAYS_MAX; i++) {
		const struct rasd_date *t = &d->dates[i];

		if (t->tok_start < st->tok_start || t->tok_end > st->tok_end || t->date.y ||
		    t->precision != RASD_PREC_DAY || t->relative || !t->date.m || !t->date.d)
			continue;
		if (rasdp_said_date(d, &c->si[s], t))
			continue;
		md[n++] = t->date.m * 32 + t->date.d;
	}
	return n;
}

/*
 * How many days day of a month `b` is before day `a` (month * 32 + day),
 * in the year before when it falls later in the year (2001: no leap day).
 */
static int64_t monthdays_before(int a, int b)
{
	int64_t k = rasdp_days_from_ymd(2001, a / 32, a % 32) -
		    rasdp_days_from_ymd(2001, b / 32, b % 32);

	return k < 0 ? k + 365 : k;
}

/*
 * Is day of a month `b` a past day of `a`'s: 2 to 90 days before it (the
 * night before is one happening; a day a season away is no recent one)?
 */
static int monthday_past(int a, int b)
{
	int64_t k = monthdays_before(a, b);

	return k >= 2 && k <= 90;
}

/*
 * With no publication date, does the later side name only days of a month
 * in the weeks before every day the earlier frame is dated by (its
 * resolved day: a dateline's "6 Aug 2013") or names without a year ("a
 * similar bombing on July 25 killed seven")?  A past happening recalled.
 */
static int monthdays_apart(const struct rasdp_ctx *c, const struct rasd_event *a,
			   const struct rasdp_later *b)
{
	const struct rasd_doc *d = c->d;
	int ma[MONTHDAYS_MAX], mb[MONTHDAYS_MAX];
	size_t na = 0, nb = 0, i, k;

	if (d->published.y)
		return 0;
	for (k = 0; k < b->nsents; k++)
		if (b->sents[k] < d->nsents)
			nb = sentence_monthdays(c, b->sents[k], mb, nb);
	if (!nb)
		return 0;
	if (a->date.y && a->precision == RASD_PREC_DAY)
		ma[na++] = a->date.m * 32 + a->date.d;
	for (k = 0; k < a->nevidence; k++)
		if (a->evidence[k] < d->nsents)
			na = sentence_monthdays(c, a->evidence[k], ma, na);
	if (!na)
		return 0;
	for (i = 0; i < na; i++)
		for (k = 0; k < nb; k++)
			if (!monthday_past(ma[i], mb[k]))
				return 0;
	return 1;
}

int rasdp_told_before(const struct rasd_doc *d, const struct rasd_claim *f)
{
	size_t i, k;

	for (i = 0; i < d->nevents; i++)
		for (k = 0; k < d->events[i].nclaims; k++)
			if (d->events[i].claims[k].kind == f->kind &&
			    d->events[i].claims[k].value == f->value)
				return 1;
	return 0;
}

/* Words from a sentence's start within which "earlier" opens it ("في وقت سابق"). */
#define EARLIER_OPEN_WORDS 3

/*
 * Does the later side give a toll of its own: a killed or wounded figure,
 * none of its figures one of `a`'s (its parts of a toll, "a woman among
 * them", restate nothing)?
 */
static int own_toll(const struct rasd_event *a, const struct rasdp_later *b)
{
	size_t i, k;
	int toll = 0;

	for (i = 0; i < b->nfig; i++) {
		if (b->figs[i].subset)
			continue;
		if (b->figs[i].kind == RASD_CAS_KILLED || b->figs[i].kind == RASD_CAS_WOUNDED)
			toll = 1;
		for (k = 0; k < a->nclaims; k++)
			if (a->claims[k].kind == b->figs[i].kind && a->claims[k].value == b->figs[i].value)
				return 0;
	}
	return toll;
}

/* Reach, in words, of a night or a dawn beside a day (night_to_dawn()). */
#define NIGHT_REACH 3

/* Is there a word of cue class `q` within NIGHT_REACH words of tokens [t0, t1)? */
static int cue_near(const struct rasd_doc *d, uint32_t t0, uint32_t t1, int q)
{
	uint32_t t, n;

	for (t = t0; t < t1; t++)
		if (rasdp_cue(d, t, q))
			return 1;
	for (t = t0, n = 0; t > 0 && n < NIGHT_REACH; t--)
		if (d->toks[t - 1].kind == RASD_TOK_WORD && (n++, rasdp_cue(d, t - 1, q)))
			return 1;
	for (t = t1, n = 0; t < d->ntoks && n < NIGHT_REACH; t++)
		if (d->toks[t].kind == RASD_TOK_WORD && (n++, rasdp_cue(d, t, q)))
			return 1;
	return 0;
}

/* Does sentence `s` have a date with a word of cue class `q` beside it? */
static int sentence_date_near(const struct rasd_doc *d, uint32_t s, int q)
{
	const struct rasd_sentence *st;
	size_t i;

	if (s >= d->nsents)
		return 0;
	st = &d->sents[s];
	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++)
		if (d->dates[i].tok_start >= st->tok_start &&
		    cue_near(d, d->dates[i].tok_start, d->dates[i].tok_end, q))
			return 1;
	return 0;
}

/*
 * Are the two sides' days one night: a day of the later side's first
 * sentence told with its night ("late on Monday night", "الليلة
 * الماضية", "مساء الاثنين") and `a`'s date with its dawn ("at dawn on
 * Tuesday", "فجر اليوم"), or `a`'s date with its night and the later
 * side's first sentence with its dawn ("last night ... at dawn today")?
 * One night, whatever the calendar says.
 */
static int night_to_dawn(const struct rasdp_ctx *c, const struct rasd_event *a,
			 const struct rasdp_later *b)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_date *ad;

	if (a->date_idx < 0 || !b->nsents)
		return 0;
	ad = &d->dates[a->date_idx];
	if (cue_near(d, ad->tok_start, ad->tok_end, RASD_CUE_DAWN))
		return sentence_date_near(d, b->sents[0], RASD_CUE_NIGHT);
	return cue_near(d, ad->tok_start, ad->tok_end, RASD_CUE_NIGHT) &&
	       sentence_date_near(d, b->sents[0], RASD_CUE_DAWN);
}

int rasdp_one_night(const struct rasdp_ctx *c, const struct rasd_event *a,
		    const struct rasdp_later *b)
{
	int64_t gap;

	if (!a->date.y || !b->date || !b->date->y || a->precision != RASD_PREC_DAY ||
	    b->precision != RASD_PREC_DAY)
		return 0;
	gap = rasdp_day_of(&a->date) - rasdp_day_of(b->date);
	return gap >= -1 && gap <= 1 && night_to_dawn(c, a, b);
}

/*
 * Does the later side, with a toll of its own, open on the day before
 * every day the earlier frame names or is dated by ("On Tuesday 25 were
 * killed in strikes on X ... On Monday strikes killed 23 in the town";
 * resolved, or days of the week with no publication date)?  The day
 * after is the same happening over a night ("late on Thursday ... On
 * Friday").
 */
static int day_before(const struct rasdp_ctx *c, const struct rasd_event *a,
		      const struct rasdp_later *b)
{
	const struct rasd_doc *d = c->d;
	unsigned da = 0, db = 0;
	size_t k;
	int i;

	if (!b->nsents || !own_toll(a, b) || night_to_dawn(c, a, b))
		return 0;
	if (a->date.y && b->date && b->date->y)
		return a->precision == RASD_PREC_DAY && b->precision == RASD_PREC_DAY &&
		       rasdp_day_of(b->date) + 1 == rasdp_day_of(&a->date);
	if (d->published.y)
		return 0;
	for (k = 0; k < a->nevidence; k++)
		if (a->evidence[k] < d->nsents)
			da |= rasdp_sentence_weekdays(d, &c->si[a->evidence[k]], a->evidence[k], 0);
	if (b->sents[0] < d->nsents)
		db = rasdp_sentence_weekdays(d, &c->si[b->sents[0]], b->sents[0], 1);
	if (!da || !db)
		return 0;
	/* every day of b is the day before every day of a (bit 1 Monday ... 7 Sunday) */
	for (i = 1; i <= 7; i++)
		if ((db >> i & 1) && da != 1u << (i % 7 + 1))
			return 0;
	return 1;
}

/* Does sentence `st` name a day (a date of day precision, resolved or not)? */
static int names_day(const struct rasd_doc *d, const struct rasd_sentence *st)
{
	size_t i;

	for (i = rasdp_date_from(d, st->tok_start);
	     i < d->ndates && d->dates[i].tok_start < st->tok_end; i++)
		if (d->dates[i].tok_start >= st->tok_start && d->dates[i].precision == RASD_PREC_DAY)
			return 1;
	return 0;
}

/*
 * Does the later side open on "earlier" and tell of a happening of its
 * own: a cue, a killed or wounded figure, none of them one of `a`'s, no
 * word of a toll in that sentence (a first count of the same event:
 * "earlier the toll stood at 3"), no reporting verb (an earlier account of
 * it: "An earlier report added seven were killed") and no day (earlier that
 * day: "وفي وقت سابق اليوم")?
 */
static int earlier_toll(const struct rasdp_ctx *c, const struct rasd_event *a,
			const struct rasdp_later *b)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_sentence *st;
	uint32_t t, words = 0;
	int opens = 0;

	/* "An earlier report added seven were killed", "وفي وقت سابق، أوضح": a first account */
	if (!b->nsents || b->sents[0] >= d->nsents || !b->type || !b->nfig ||
	    c->si[b->sents[0]].speech)
		return 0;
	st = &d->sents[b->sents[0]];
	for (t = st->tok_start; t < st->tok_end; t++) {
		if (d->toks[t].kind != RASD_TOK_WORD)
			continue;
		if (words++ < EARLIER_OPEN_WORDS && rasdp_cue(d, t, RASD_CUE_EARLIER))
			opens = 1;
		if (rasdp_cue(d, t, RASD_CUE_TOLL) || rasdp_cue(d, t, RASD_CUE_INITIAL))
			return 0;
	}
	/* "earlier today", "Earlier on Sunday": an earlier stage of that day's event */
	if (!opens || names_day(d, st))
		return 0;
	return own_toll(a, b);
}

/*
 * Is one of places `a` and `b` a city named like the governorate the
 * other lies in ("Idlib" and a village of Idlib province)?
 */
static int namesake(const struct rasd_lexicon *lx, int32_t a, int32_t b)
{
	const struct rasd_place *pa, *pb;

	if (a < 0 || b < 0 || a == b)
		return 0;
	pa = rasdp_lex_place(lx, (size_t)a);
	pb = rasdp_lex_place(lx, (size_t)b);
	return (pa->kind == RASD_PLACE_CITY && pb->admin1 >= 0 && pb->admin1 != a &&
		rasdp_same_name(pa, rasdp_lex_place(lx, (size_t)pb->admin1))) ||
	       (pb->kind == RASD_PLACE_CITY && pa->admin1 >= 0 && pa->admin1 != b &&
		rasdp_same_name(pb, rasdp_lex_place(lx, (size_t)pa->admin1)));
}

/*
 * Is every figure of the later side, but subsets, a toll risen to of a
 * kind `a` counts ("the toll rose to 9")?
 */
static int risen(const struct rasd_event *a, const struct rasdp_later *b)
{
	size_t i, k;
	int any = 0;

	for (i = 0; i < b->nfig; i++) {
		if (b->figs[i].subset)
			continue;
		if (b->figs[i].revision != RASD_REV_LATER)
			return 0;
		for (k = 0; k < a->nclaims && a->claims[k].kind != b->figs[i].kind; k++)
			;
		if (k == a->nclaims)
			return 0;
		any = 1;
	}
	return any;
}

/* Does the later side give a figure of `a` again (kind and value)? */
static int restates(const struct rasd_event *a, const struct rasdp_later *b)
{
	size_t i, k;

	for (i = 0; i < b->nfig; i++)
		for (k = 0; k < a->nclaims; k++)
			if (a->claims[k].kind == b->figs[i].kind &&
			    a->claims[k].value == b->figs[i].value)
				return 1;
	return 0;
}

static void merge_features(const struct rasdp_ctx *c, const struct rasd_event *a,
			   const struct rasdp_later *b, const struct rasdp_merge_rule *r, float *x)
{
	const struct rasd_doc *d = c->d;
	int known = a->place >= 0 && b->place >= 0;
	int same = known && (a->place == b->place ||
			     rasdp_same_name(rasdp_lex_place(c->lx, (size_t)a->place),
					     rasdp_lex_place(c->lx, (size_t)b->place)));
	int typed = a->event_type && b->type;
	int diff = typed && !rasdp_same_label(a->event_type, b->type);
	uint32_t first = b->nsents ? b->sents[0] : a->sent_last, gap;

	memset(x, 0, MG__COUNT * sizeof(*x));
	x[MG_BIAS] = 1;
	x[MG_LATER] = r->later;
	x[MG_PLACE_APART] = r->place_apart;
	x[MG_DATE_APART] = r->date_apart;
	x[MG_TYPE_CLASH] = r->type_clash;
	x[MG_UNPLACED] = r->unplaced;
	x[MG_ONE_WAVE] = r->one_wave;
	x[MG_PLACE_SAME] = (float)same;
	x[MG_PLACE_INSIDE] = known && !same && !rasdp_places_apart(c->lx, a->place, b->place);
	x[MG_PLACE_UNKNOWN] = !known;
	x[MG_DATE_UNKNOWN] = !a->date.y || !b->date || !b->date->y;
	x[MG_DATE_SAME] = !x[MG_DATE_UNKNOWN] && a->precision == RASD_PREC_DAY &&
		b->precision == RASD_PREC_DAY && a->date.y == b->date->y &&
		a->date.m == b->date->m && a->date.d == b->date->d;
	x[MG_DATE_SAME] = x[MG_DATE_SAME] || rasdp_one_night(c, a, b);
	x[MG_TYPE_SAME] = typed && !diff;
	x[MG_TYPE_DIFF] = (float)diff;
	x[MG_STRATEGIC] = diff && (rasdp_is_strategic(a->event_type) || rasdp_is_strategic(b->type));
	x[MG_WEAK_CUE] = diff && (a->trigger_weight < 5 || b->weight < 5);
	x[MG_CUE] = (float)(b->weight > 10 ? 10 : b->weight < 0 ? 0 : b->weight) / 10;
	x[MG_FIGURES] = b->nfig > 0;
	x[MG_RESTATED] = (float)restates(a, b);
	x[MG_ACTORS] = b->actors != 0;
	x[MG_BARE] = b->place < 0 && (!b->date || !b->date->y);
	gap = first > a->sent_last ? first - a->sent_last - 1 : 0;
	x[MG_GAP] = (float)(gap > 10 ? 10 : gap) / 10;
	x[MG_SAME_PARA] = first < d->nsents && a->sent_last < d->nsents &&
		d->sents[first].para == d->sents[a->sent_last].para;
	x[MG_HEADLINE] = a->sent_first < d->nsents && c->si[a->sent_first].headline;
	if (known && !rasdp_places_apart(c->lx, a->place, b->place)) {
		int ra = rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)a->place));
		int rb = rasdp_place_rank(rasdp_lex_place(c->lx, (size_t)b->place));

		x[MG_WIDER] = ra >= 5 && rb < 5;
		x[MG_FINER] = ra < 5 && rb >= 5;
		x[MG_REST_OF] = rb <= ra && first < d->nsents && b->nsents && c->si[first].place_rest;
	}
	x[MG_OPENER] = first < d->nsents && b->nsents && rasdp_opens_other(d, first);
	x[MG_ANAPHOR] = first < d->nsents && b->nsents && c->si[first].anaphor;
	x[MG_DAY_APART] = (float)days_apart(c, a, b);
	x[MG_EARLIER] = (float)b->earlier;
	x[MG_MONTHDAY_APART] = (float)monthdays_apart(c, a, b);
	x[MG_EARLIER_TOLL] = (float)earlier_toll(c, a, b);
	x[MG_DAY_BEFORE] = (float)day_before(c, a, b);
	x[MG_NAMESAKE] = r->place_apart && namesake(c->lx, a->place, b->place);
	x[MG_RISEN] = (!r->place_apart || x[MG_NAMESAKE]) && risen(a, b);
	if (!r->later) {
		x[MG_KIND_BACK] = (float)b->kind_back;
	} else if (b->place < 0 && first < d->nsents && b->nsents) {
		uint32_t t = rasdp_kind_noun(c, first);

		x[MG_KIND_BACK] = t != UINT32_MAX && rasdp_kind_of_place(d, a, t);
	}
}

/* Record the choice for `rasd train` (RASDP_EXTRACT_TRACE_MERGES). */
static void trace_merge(const struct rasdp_ctx *c, const struct rasd_event *a,
			const struct rasdp_later *b, const float *x, int merged)
{
	struct rasd_doc *d = c->d;
	struct rasdp_merge_choice *ch;

	ch = RASD_ARENA_PUSH(&d->arena, d->merge_trace, d->nmerge_trace, d->merge_trace_alloc);
	if (!ch)
		return;
	ch->x = rasd_arena_alloc(&d->arena, MG__COUNT * sizeof(*ch->x));
	ch->sents = rasd_arena_alloc(&d->arena, (a->nevidence + b->nsents + 1) * sizeof(*ch->sents));
	if (!ch->x || !ch->sents) {
		d->nmerge_trace--;
		return;
	}
	memcpy(ch->x, x, MG__COUNT * sizeof(*ch->x));
	if (a->nevidence)
		memcpy(ch->sents, a->evidence, a->nevidence * sizeof(*ch->sents));
	if (b->nsents)
		memcpy(ch->sents + a->nevidence, b->sents, b->nsents * sizeof(*ch->sents));
	ch->nearlier = (uint32_t)a->nevidence;
	ch->nlater = (uint32_t)b->nsents;
	ch->merged = (uint8_t)merged;
}

int rasdp_one_event(const struct rasdp_ctx *c, const struct rasd_event *a,
		    const struct rasdp_later *b, const struct rasdp_merge_rule *r)
{
	const struct rasd_models *ms = rasdp_engine_models(c->d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_MERGE] : NULL;
	float x[MG__COUNT];
	double sc;

	merge_features(c, a, b, r, x);
	if (m && m->w)
		sc = rasdp_model_score(m, x);
	else   /* no weights: today's rule, a risen toll outweighing one reason */
		sc = r->place_apart + r->date_apart + r->type_clash + r->unplaced + r->one_wave +
		     x[MG_DAY_APART] + x[MG_EARLIER] + x[MG_REST_OF] + x[MG_MONTHDAY_APART] +
		     x[MG_EARLIER_TOLL] + x[MG_DAY_BEFORE] > x[MG_RISEN] + x[MG_KIND_BACK] ? -1 : 1;
	if (c->d->flags & RASDP_EXTRACT_TRACE_MERGES)
		trace_merge(c, a, b, x, sc > 0);
	return sc > 0;
}

/*
 * With no publication date, an event the report tells of on a day of a
 * month it names (no year) in the weeks before the day of its first
 * event ("A bomb killed 18 ... on Tuesday 6 Aug 2013 ... A similar bombing
 * in the same square on July 25 killed seven") is a past happening it
 * recalls: every day it names is 2 to 90 days before.
 */
static void earlier_days_past(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasd_event *first = d->nevents ? &d->events[0] : NULL;
	int md[MONTHDAYS_MAX];
	size_t i, k, n;

	if (d->published.y || !first || !first->date.y || first->precision != RASD_PREC_DAY)
		return;
	for (i = 1; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];
		int before = 1;

		if (ev->date.y || ev->background)
			continue;
		for (k = n = 0; k < ev->nevidence; k++)
			if (ev->evidence[k] < d->nsents)
				n = sentence_monthdays(c, ev->evidence[k], md, n);
		for (k = 0; k < n && before; k++)
			before = monthday_past(first->date.m * 32 + first->date.d, md[k]);
		if (n && before)
			ev->background = 1;
	}
}

/*
 * Are `a` and `b` two places of one wave: `b` a later place of the wave
 * sentence `a` tells of (its first evidence)?  They are two events, even
 * when one holds the other ("the towns of Atarib and Abyeen Samaan", the
 * first read as its subdistrict).
 */
static int one_wave(const struct rasd_event *a, const struct rasd_event *b)
{
	size_t k;

	if (!b->wave || !b->nevidence)
		return 0;
	for (k = 0; k < a->nevidence; k++)
		if (a->evidence[k] == b->evidence[0])
			return 1;
	return 0;
}

/*
 * Merge later frames of the document that tell of the same event (same
 * place or one inside the other, overlapping dates, compatible type) into
 * the first: a report often comes back to its event after a digression.
 * Places of one wave stay apart.
 */
int rasdp_merge_events(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	size_t i, j;
	int rc;

	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *a = &d->events[i];

		for (j = i + 1; j < d->nevents; j++) {
			struct rasd_event *b = &d->events[j];
			struct rasdp_later later;
			struct rasdp_merge_rule r;

			memset(&later, 0, sizeof(later));
			later.place = b->place;
			later.date = b->date.y ? &b->date : NULL;
			later.precision = b->precision;
			later.type = b->event_type;
			later.weight = b->trigger_weight;
			later.figs = b->claims;
			later.nfig = b->nclaims;
			later.actors = b->nactors > 0;
			later.sents = b->evidence;
			later.nsents = b->nevidence;
			later.earlier = b->wave == RASDP_WAVE_EARLIER;
			memset(&r, 0, sizeof(r));
			r.later = 1;
			r.unplaced = a->place < 0 || b->place < 0;
			r.one_wave = (uint8_t)one_wave(a, b);
			r.place_apart = (uint8_t)rasdp_places_apart(c->lx, a->place, b->place);
			r.date_apart = !dates_agree(a, b);
			r.type_clash = !types_join(c, a, b);
			if (!rasdp_one_event(c, a, &later, &r))
				continue;
			rc = merge_into(c, a, b);
			if (rc)
				return rc;
			memmove(b, b + 1, (d->nevents - j - 1) * sizeof(*b));
			d->nevents--;
			j--;
		}
	}
	earlier_days_past(c);
	rasdp_date_by_earlier(c);
	return 0;
}

/*
 * How much sentence `si`, with figures `figs`, restates event `ev`: a
 * figure of the same kind and value (2 with the same qualifier, else 1), a
 * participant it names again (1 each), the same kind of violence (1).
 */
static int echo_score(const struct rasdp_ctx *c, const struct rasd_event *ev,
		      const struct rasdp_sent *si, const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	int score = 0;
	size_t i, k;

	for (i = 0; i < nfig; i++) {
		int best = 0;

		for (k = 0; k < ev->nclaims; k++) {
			const struct rasd_claim *cl = &ev->claims[k];

			if (cl->kind != figs[i].kind || cl->value != figs[i].value)
				continue;
			if (best < (cl->qualifier == figs[i].qualifier ? 2 : 1))
				best = cl->qualifier == figs[i].qualifier ? 2 : 1;
		}
		score += best;
	}
	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = &d->matches[i];
		size_t j;

		if (m->kind != RASD_LEX_ACTOR)
			continue;
		/* once per actor of the sentence */
		for (j = si->m_first; j < i; j++)
			if (d->matches[j].kind == RASD_LEX_ACTOR && d->matches[j].entry == m->entry)
				break;
		if (j < i)
			continue;
		for (k = 0; k < ev->nparts; k++)
			if (ev->parts[k].actor == (int32_t)m->entry && !ev->parts[k].denied) {
				score++;
				break;
			}
	}
	if (si->trig >= 0 && ev->event_type &&
	    rasdp_same_label(rasdp_lex_trigger(c->lx, (size_t)si->trig)->event_type, ev->event_type))
		score++;
	return score;
}

/*
 * A sentence with no place or date of its own that restates an earlier
 * event's figure, actors and kind goes back to it ("TASS said 20 were
 * killed" after a digression on another attack): that event, or the
 * current one.
 */
struct rasd_event *rasdp_echo_back(const struct rasdp_ctx *c, const struct rasdp_sent *si,
				   const struct rasd_claim *figs, size_t nfig)
{
	const struct rasd_doc *d = c->d;
	struct rasd_event *back = NULL;
	int here = echo_score(c, c->cur, si, figs, nfig), best = 0;
	size_t i;

	for (i = d->nevents > RASDP_ECHO_REACH ? d->nevents - RASDP_ECHO_REACH : 0;
	     i < d->nevents; i++) {
		int sc = &d->events[i] == c->cur ? 0 : echo_score(c, &d->events[i], si, figs, nfig);

		if (sc > best) {
			best = sc;
			back = &d->events[i];
		}
	}
	return back && best >= 3 && best >= here + 2 ? back : c->cur;
}

/*
 * Do claims `a` and `b` give one figure from one speaker: the same kind,
 * value and qualifier, both in the outlet's voice or both from the same
 * source (gold/GUIDE.md, repeats: the headline's "at least 33" and the
 * body's "33", or the outlet's headline and a ministry's body, are two)?
 */
static int same_statement(const struct rasd_claim *a, const struct rasd_claim *b)
{
	if (a->kind != b->kind || a->value != b->value || a->qualifier != b->qualifier)
		return 0;
	if (a->src.outlet || b->src.outlet)
		return a->src.outlet == b->src.outlet;
	if (a->src.source >= 0 || b->src.source >= 0)
		return a->src.source == b->src.source;
	return a->src.nchain && b->src.nchain && !strcmp(a->src.chain[0], b->src.chain[0]);
}

/*
 * Headline figures: dropped when the body states the same figure from the
 * same speaker, else they belong to the first event (or make one of their
 * own).
 */
static int headline_figures(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[0];
	size_t i, j, k;

	for (i = 0; i < c->nhead; i++) {
		int restated = 0;

		for (k = 0; k < d->nevents && !restated; k++)
			for (j = 0; j < d->events[k].nclaims; j++)
				if (same_statement(&d->events[k].claims[j], &c->head_figs[i]))
					restated = 1;
		if (restated)
			continue;
		if (!d->nevents) {
			struct rasd_event *ev = rasdp_new_event(d);

			if (!ev)
				return RASD_ENOMEM;
			if (si->trig >= 0)
				rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
			if (si->place >= 0)
				rasdp_take_place(ev, si);
			if (si->date >= 0)
				rasdp_event_date(d, ev, si->date);
			if (rasdp_add_evidence(d, ev, 0))
				return RASD_ENOMEM;
		}
		if (rasdp_add_claim(d, &d->events[0], &c->head_figs[i]))
			return RASD_ENOMEM;
	}
	return 0;
}

/*
 * The headline: its figures where the body does not restate them, and its
 * place and type where the body left the first event's open.
 */
int rasdp_weigh_headline(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasdp_sent *si = &c->si[0];
	struct rasd_event *ev;
	int rc = headline_figures(c);

	if (rc || !d->nevents || d->nsents <= 1 || !si->headline)
		return rc;
	ev = &d->events[0];
	if (ev->place < 0 && si->place >= 0)
		rasdp_take_place(ev, si);
	if (!ev->event_type && si->trig >= 0)
		rasdp_vote_trigger(ev, rasdp_lex_trigger(c->lx, (size_t)si->trig));
	return 0;
}
