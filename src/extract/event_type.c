/*
 * event_type.c - the scored decision `frame`: once every frame is merged,
 * an event's type and sub-type among the readings its cues propose
 * (event_cues.c says which cues count and how they vote while framing),
 * or no violent event (deaths told with an earthquake, a flood, an
 * epidemic; a past happening named as a mark of time).
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/framing_int.h"

#include "base/banned.h"

/* ---- the frame decision: what kind of event, if any ------------------ */

/*
 * Which kind of event an event is, is a scored decision (model.h).  Its
 * candidates are readings: each ACLED type and sub-type a counted cue of
 * the event's sentences proposes (for the report's first event, the
 * headline's cues too), "violence of no stated kind" when the event has
 * figures but no cue, and, when a cause of harm that is no violence
 * (cues.tsv `hazard`: an earthquake, a flood, an epidemic) is told with
 * the event, "no violent event": deaths of such a cause make no event.  The
 * features say how the report frames each reading: its cues' weights and
 * the weighted vote the events were built with, how much of the whole
 * report speaks of it, whether the headline, the lead and the event's own
 * first sentence do, and what else the event tells (a blast in a raid
 * met by fire is a battle, and so is a bomb followed by gunfire (above
 * all when the dead are armed men; when they are civilians the fighting
 * is the place's setting), a
 * raid told first in which a belt or a bomb then went off, and two armed
 * sides fighting it out with shells, drones or bombs among their weapons; civilians
 * killed by gunmen are violence against civilians; protesters killed is
 * excessive force, protesters only wounded or arrested a protest with
 * intervention, and one where anyone was harmed no peaceful protest; tear
 * gas with no protest named is no protest; people
 * killed make violence, not a strategic development).  A killing told
 * with no word of its kind is also read by who was killed: armed men, a
 * battle; civilians, an attack on them.  A drone or a missile that was
 * downed or intercepted, no one harmed, is a disrupted use of weapons, no
 * strike on the place; its debris or another strike that harmed people
 * makes the explosion the event.  What did the harm a figure counts (the
 * cue nearest before it, else after it) leans to its kind: "air strikes
 * killed 20 civilians as fighting raged" is the strike.  The weights are
 * data/models/frame.tsv; the best reading wins, the first among equals.
 */
enum {
	FR_BIAS, FR_NONE, FR_UNTYPED, FR_VOTE_TOP, FR_SUB_TOP, FR_VOTE_SHARE, FR_WEIGHT,
	FR_REPORT_SHARE, FR_SUB_SHARE, FR_TITLE, FR_SUB_TITLE, FR_LEAD, FR_FIRST, FR_STRATEGIC,
	FR_BATTLE_BLAST, FR_BATTLE_ENGAGED, FR_BATTLE_ARMED, FR_BATTLE_SIDES, FR_VAC_CIVILIANS,
	FR_VAC_UNARMED, FR_BLAST_CIVILIANS,
	FR_PROTEST_KILLED, FR_PROTEST_FORCES, FR_NONE_HAZARD, FR_NONE_HAZARD_TITLE,
	FR_NONE_HAZARD_REPORT, FR_PROTEST_UNNAMED, FR_STRATEGIC_HURT, FR_BATTLE_AMBUSH,
	FR_BATTLE_WITHIN, FR_PROTEST_DEAD, FR_PROTEST_SPARED, FR_PEACEFUL_HARMED,
	FR_BATTLE_EXCHANGE, FR_AMBUSH_CIVILIANS, FR_AMBUSH_ARMED, FR_NONE_RECALLED,
	FR_KILLED_ARMED, FR_KILLED_CIVILIANS, FR_TARGET_UNARMED, FR_TARGET_ARMED, FR_INTERCEPTED,
	FR_BLAST_HARM, FR_FIGHT_HARM,
	FR__COUNT
};

static const struct rasd_feature frame_feats[FR__COUNT] = {
	[FR_BIAS] = { "bias", "always 1 (the same for every reading)" },
	[FR_NONE] = { "none", "the reading 'no violent event'" },
	[FR_UNTYPED] = { "untyped", "the reading 'violence of no stated kind' (figures without a cue)" },
	[FR_VOTE_TOP] = { "vote_top", "the type the weighted vote of the event's cues picks (weights squared, violence above strategic developments)" },
	[FR_SUB_TOP] = { "sub_top", "the sub-type of the heaviest cue of that type" },
	[FR_VOTE_SHARE] = { "vote_share", "the type's share of the event's vote" },
	[FR_WEIGHT] = { "weight", "the reading's heaviest cue, weight / 10" },
	[FR_REPORT_SHARE] = { "report_share", "the type's share of the cues of the whole report (background left out)" },
	[FR_SUB_SHARE] = { "sub_share", "the reading's share of its type's cues in the event's sentences" },
	[FR_TITLE] = { "title", "a cue of the type in the headline" },
	[FR_SUB_TITLE] = { "sub_title", "a cue of the reading in the headline" },
	[FR_LEAD] = { "lead", "a cue of the type in the lead (the first sentence with a cue after the headline)" },
	[FR_FIRST] = { "first", "a cue of the type in the event's first sentence" },
	[FR_STRATEGIC] = { "strategic", "the type is Strategic developments" },
	[FR_BATTLE_BLAST] = { "battle_blast", "Battles, and the event has cues of explosions too" },
	[FR_BATTLE_ENGAGED] = { "battle_engaged", "Battles, with a cue of direct fighting (weight 6 or more: clashes, ambush, gun battle)" },
	[FR_BATTLE_ARMED] = { "battle_armed", "Battles, and the figures count armed men (soldiers, fighters, police)" },
	[FR_BATTLE_SIDES] = { "battle_sides", "Battles, and two armed actors are named" },
	[FR_VAC_CIVILIANS] = { "vac_civilians", "Violence against civilians, and the figures count civilians (or persons named, of no armed group), no armed men" },
	[FR_VAC_UNARMED] = { "vac_unarmed", "Violence against civilians, the figures count civilians (or persons named, of no armed group), no armed men, and no cue of explosions" },
	[FR_BLAST_CIVILIANS] = { "blast_civilians", "Explosions/Remote violence, and the figures count civilians, no armed men" },
	[FR_PROTEST_KILLED] = { "protest_killed", "Protests / Excessive force against protesters, and people were killed or wounded" },
	[FR_PROTEST_FORCES] = { "protest_forces", "Protests / Protest with intervention, and state forces are named" },
	[FR_NONE_HAZARD] = { "none_hazard", "no violent event: of the words of harm in the event's sentences and the one before, the share naming a cause that is no violence (cues.tsv hazard) rather than violence (a cue)" },
	[FR_NONE_HAZARD_TITLE] = { "none_hazard_title", "no violent event: a word of such a cause in the headline" },
	[FR_NONE_HAZARD_REPORT] = { "none_hazard_report", "no violent event: the same share over the whole report (background left out)" },
	[FR_PROTEST_UNNAMED] = { "protest_unnamed", "Protests, and no word of the event names a protest or protesters (only force used: tear gas, dispersal)" },
	[FR_STRATEGIC_HURT] = { "strategic_hurt", "Strategic developments, and the figures count people killed or wounded (violence happened)" },
	[FR_BATTLE_AMBUSH] = { "battle_ambush", "Battles, a sentence (or two side by side) tells of a bomb or grenade and of direct fighting, and no explosion came from afar (a bomb, then gunfire: an ambush)" },
	[FR_PROTEST_DEAD] = { "protest_dead", "Protests / Excessive force against protesters, and the figures count people killed" },
	[FR_PROTEST_SPARED] = { "protest_spared", "Protests / Protest with intervention, a protest or protesters named, and the figures count people wounded or arrested, none killed" },
	[FR_PEACEFUL_HARMED] = { "peaceful_harmed", "Protests / Peaceful protest, and the figures count people killed, wounded or arrested (something was done to it)" },
	[FR_BATTLE_WITHIN] = { "battle_within", "Battles, the event's first sentence tells of fighting or a raid and of no explosion, and a later one of a bomb, a belt or a grenade, none from afar (a blast within the fight)" },
	[FR_BATTLE_EXCHANGE] = { "battle_exchange", "Battles, explosions told too, two cues or more of direct fighting, two armed actors named and armed men among the dead or wounded (both sides armed and engaging, whatever weapons they used)" },
	[FR_AMBUSH_CIVILIANS] = { "ambush_civilians", "Battles, a bomb and direct fighting told together (battle_ambush), and the figures count civilians, no armed men (the fighting is the place's setting, the bomb hit civilians)" },
	[FR_AMBUSH_ARMED] = { "ambush_armed", "Battles, a bomb and direct fighting told together (battle_ambush), and the figures count armed men, no civilians (an ambush on a patrol)" },
	[FR_NONE_RECALLED] = { "none_recalled", "no violent event: the event's sentences (and the one before) name a happening only as a mark of time ('the anniversary of the bombing', 'years since the attack') or by a date of another time ('the attack two years ago'), and no cue of them counts" },
	[FR_KILLED_ARMED] = { "killed_armed", "Battles / Armed clash read from the victims alone: no cue, and the figures count armed men killed or wounded, no civilians ('forces killed 11 militants')" },
	[FR_KILLED_CIVILIANS] = { "killed_civilians", "Violence against civilians / Attack read from the victims alone: no cue, and the figures count civilians (or persons named) killed or wounded, no armed men ('gunmen killed three hostages')" },
	[FR_TARGET_UNARMED] = { "target_unarmed", "Violence against civilians, an attack or gunfire of the event hit the unarmed (its object names a village, homes, farmers, worshippers: cues.tsv unarmed_target), none armed, no armed men among the dead or wounded, no cue of explosions or of direct fighting, and no protest named" },
	[FR_TARGET_ARMED] = { "target_armed", "Battles, an attack or gunfire of the event hit the armed (its object names a checkpoint, a base, a patrol, soldiers: cues.tsv armed_target), none unarmed, no cue of explosions and no protest named" },
	[FR_INTERCEPTED] = { "intercepted", "Strategic developments / Disrupted weapons use, every cue of explosions of the event is what a verb of downing downed ('intercepted two missiles', 'أسقطت الدفاعات الجوية مسيرة': cues.tsv intercepted), and no one was killed or wounded" },
	[FR_BLAST_HARM] = { "blast_harm", "Explosions/Remote violence, what did the harm each figure of people killed or wounded counts (the cue of its sentence nearest before it, else nearest after it) is of explosions, none of direct fighting, and no bomb then fighting told (battle_ambush) (the strike did the harm, the fighting is its setting: 'air strikes killed 20 civilians as fighting raged', 'قتل خمسة مدنيين بغارات جوية')" },
	[FR_FIGHT_HARM] = { "fight_harm", "Battles, what did the harm each figure of people killed or wounded counts (the cue of its sentence nearest before it, else nearest after it) is of direct fighting, or an attack that hit the armed alone where no bomb went off, none of explosions (the fight did the harm, a strike is told beside it: 'clashes killed 12 fighters while air strikes hit the town', 'attacked army positions, killing 25 soldiers')" },
};

const struct rasd_decision rasdp_frame_decision = {
	"frame", "what kind of event is it, if any? (the readings its cues propose)",
	frame_feats, FR__COUNT,
};

/* At most this many readings per event (a cue beyond them proposes nothing). */
#define MAX_READINGS 16

/* Types of events, for counting cues (ACLED has six). */
#define MAX_TYPES 8

/* What the cues of a set of sentences say of one type. */
struct type_count {
	const char *type;
	int n;                         /* counted cues */
};

static struct type_count *type_slot(struct type_count *tc, size_t *ntc, const char *type)
{
	size_t i;

	for (i = 0; i < *ntc; i++)
		if (rasdp_same_label(tc[i].type, type))
			return &tc[i];
	if (*ntc == MAX_TYPES)
		return NULL;
	tc[*ntc].type = type;
	tc[*ntc].n = 0;
	return &tc[(*ntc)++];
}

static int type_has(const struct type_count *tc, size_t ntc, const char *type)
{
	size_t i;

	for (i = 0; i < ntc; i++)
		if (rasdp_same_label(tc[i].type, type))
			return tc[i].n;
	return 0;
}

/* The cues of sentence `s` counted into `tc` by type; `fn` sees each. */
/*
 * The next cue of sentence `s` that counts, from match *i on (start at
 * c->si[s].m_first): its trigger, *i moved past it; NULL after the last.
 */
const struct rasd_trigger *rasdp_next_cue(const struct rasdp_ctx *c, uint32_t s, size_t *i)
{
	const struct rasdp_sent *si = &c->si[s];

	/* from trigger to trigger through the index while the frames are settled */
	for (; *i < si->m_last; (*i)++) {
		const struct rasd_match *m;
		int counts;

		if (c->next_trigger) {
			*i = c->next_trigger[*i];
			if (*i >= si->m_last)
				break;
		}
		m = &c->d->matches[*i];
		if (m->kind != RASD_LEX_TRIGGER)
			continue;
		if (!c->cue_memo) {
			counts = rasdp_cue_counts(c, si, &c->d->sents[s], m);
		} else {
			if (!c->cue_memo[*i])
				c->cue_memo[*i] = (uint8_t)(1 + rasdp_cue_counts(c, si, &c->d->sents[s], m));
			counts = c->cue_memo[*i] == 2;
		}
		if (counts) {
			(*i)++;
			return rasdp_lex_trigger(c->lx, m->entry);
		}
	}
	return NULL;
}

static void count_cues(const struct rasdp_ctx *c, uint32_t s, struct type_count *tc, size_t *ntc)
{
	const struct rasd_trigger *cue;
	size_t i = c->si[s].m_first;

	for (cue = rasdp_next_cue(c, s, &i); cue; cue = rasdp_next_cue(c, s, &i)) {
		struct type_count *t = type_slot(tc, ntc, cue->event_type);

		if (t)
			t->n++;
	}
}

/* What a whole report says, once for all its events. */
struct report_frames {
	struct type_count all[MAX_TYPES];      /* cues of every sentence not background */
	size_t nall;
	int total;
	struct type_count title[MAX_TYPES], lead[MAX_TYPES];
	size_t ntitle, nlead;
	int hazard_title;                      /* a hazard word in the headline */
	int hazard;                            /* hazard words in the report */
	uint8_t *in_event;                     /* scratch, a byte per sentence (bomb_then_fighting()) */
};

/*
 * The cues of sentence `s` that begin before byte `end` naming a past
 * happening as a mark of time or by a date of another time ("the bombing
 * of the market two years ago").
 */
static int recalled_before(const struct rasdp_ctx *c, uint32_t s, uint32_t end)
{
	const struct rasdp_sent *si = &c->si[s];
	const struct rasd_sentence *st = &c->d->sents[s];
	size_t i;
	int n = 0;

	for (i = si->m_first; i < si->m_last; i++) {
		const struct rasd_match *m = rasdp_match_at(c, i);

		if (c->d->toks[m->tok_start].start >= end)
			break;
		n += m->kind == RASD_LEX_TRIGGER &&
		     (rasdp_cue_recalled_seen(c, si, st, m) ||
		      rasdp_cue_dated(c, si, st, m));
	}
	return n;
}

/* The cues of sentence `s` naming a past happening (recalled_before()). */
static int recalled_cues(const struct rasdp_ctx *c, uint32_t s)
{
	return recalled_before(c, s, UINT32_MAX);
}

/*
 * Is claim `cl` told after a cue of its sentence that names a happening of
 * another time ("the ambush of 2016 that killed 12 soldiers")?  Its
 * victims are that happening's.
 */
static int told_of_recalled(const struct rasdp_ctx *c, const struct rasd_claim *cl)
{
	return recalled_before(c, cl->sent, cl->start) > 0;
}

static void read_report(const struct rasdp_ctx *c, struct report_frames *r)
{
	const struct rasd_doc *d = c->d;
	uint32_t s;
	size_t i;
	int lead = -1;

	memset(r, 0, sizeof(*r));
	for (s = 0; s < d->nsents; s++) {
		if (c->si[s].background)
			continue;
		count_cues(c, s, r->all, &r->nall);
		r->hazard += rasdp_hazard_words(d, &d->sents[s]);
		if (c->si[s].headline) {
			count_cues(c, s, r->title, &r->ntitle);
			r->hazard_title = rasdp_hazard_words(d, &d->sents[s]) > 0;
		} else if (lead < 0 && c->si[s].trig >= 0) {
			lead = (int)s;
			count_cues(c, s, r->lead, &r->nlead);
		}
	}
	for (i = 0; i < r->nall; i++)
		r->total += r->all[i].n;
}

/* One reading being gathered, with what its cues say. */
struct reading {
	const char *type, *sub;
	uint8_t kind;
	int weight;                    /* heaviest cue */
	int n;                         /* cues in the event's sentences */
	int title;                     /* a cue in the headline */
	int victims;                   /* proposed by who was hurt, no cue (FR_KILLED_*) */
};

/* Gather the readings the cues of sentence `s` propose into `rd`. */
static void sentence_readings(const struct rasdp_ctx *c, uint32_t s, int title,
			      struct reading *rd, size_t *nrd)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first, k;

	for (t = rasdp_next_cue(c, s, &i); t; t = rasdp_next_cue(c, s, &i)) {
		for (k = 0; k < *nrd; k++)
			if (rd[k].kind == RASD_FRAME_TYPE && rasdp_same_label(rd[k].type, t->event_type) &&
			    rasdp_same_label(rd[k].sub, t->sub_type))
				break;
		if (k == *nrd) {
			if (*nrd == MAX_READINGS)
				continue;
			memset(&rd[k], 0, sizeof(rd[k]));
			rd[k].type = t->event_type;
			rd[k].sub = t->sub_type;
			rd[k].kind = RASD_FRAME_TYPE;
			(*nrd)++;
		}
		if (title) {
			rd[k].title = 1;
			continue;
		}
		rd[k].n++;
		if (t->weight > rd[k].weight)
			rd[k].weight = t->weight;
	}
}

/* What the event's figures and actors say of who fought whom. */
struct event_context {
	int blast;                     /* cues of explosions */
	int blast_afar;                /* ... of strikes or shells from afar, or unstated */
	int blast_near;                /* ... of a bomb, a belt or a grenade */
	int ambush;                    /* a bomb and fighting, told together */
	int fighting;                  /* cues of direct fighting in its sentences */
	int protest_named;             /* a word names a protest or protesters */
	int armed_victims, civilian_victims, hurt;
	int hurt_now;                  /* hurt, told of no happening of another time */
	int killed, arrested;          /* figures of the dead, of people arrested */
	int armed_actors, state_forces;
	int hazard;                    /* hazard words in its sentences and the one before */
	int cues;                      /* counted cues there */
	int recalled;                  /* cues there naming a mark of time */
	int target_unarmed, target_armed;  /* what an attack or gunfire hit (attack_targets()) */
	int downed, struck;            /* cues of explosions downed (rasdp_cue_downed()), and not */
	int harm_blast, harm_fight;    /* figures of the hurt nearest a cue of explosions, of direct fighting */
};

static int armed_inter(unsigned inter)
{
	/* ACLED actor types: state forces, rebels, militias, external forces */
	return inter == 1 || inter == 2 || inter == 3 || inter == 4 || inter == 8;
}

/* Group ids (groups.tsv) of armed men and of civilians. */
static int armed_group(const char *who)
{
	static const char *const ids[] = {
		"soldiers", "fighters", "leaders", "members", "militants", "officers", "police",
	};
	size_t i;

	for (i = 0; who && i < sizeof(ids) / sizeof(ids[0]); i++)
		if (!strcmp(who, ids[i]))
			return 1;
	return 0;
}

static int civilian_group(const char *who)
{
	static const char *const ids[] = {
		"civilians", "children", "women", "journalists", "medics",
	};
	size_t i;

	for (i = 0; who && i < sizeof(ids) / sizeof(ids[0]); i++)
		if (!strcmp(who, ids[i]))
			return 1;
	return 0;
}

/*
 * Is claim `cl` of persons named ("Ali Haddad and Omar Karim were
 * killed", "استشهاد سامح حمد الله (37 عاما)"), of the people and of no
 * armed group or actor: a count told by a word that is no number, no
 * group and no "one of" ("أحد عناصر")?  Killing unarmed persons is
 * violence against civilians.
 */
static int named_person(const struct rasdp_ctx *c, const struct rasd_claim *cl)
{
	const struct rasd_doc *d = c->d;
	uint32_t t;
	size_t i;

	if (!cl->who || strcmp(cl->who, "people") || cl->who_actor >= 0)
		return 0;
	/* its first word: claims are few, and sentences short */
	for (t = d->sents[cl->sent].tok_start; t < d->sents[cl->sent].tok_end && d->toks[t].start < cl->start;
	     t++)
		;
	if (t == d->sents[cl->sent].tok_end || d->toks[t].kind != RASD_TOK_WORD ||
	    rasdp_cue(d, t, RASD_CUE_ONE_OF))
		return 0;
	i = rasdp_num_from(d, t);
	if (i < d->nnums && d->nums[i].tok_start == t)
		return 0;
	for (i = rasdp_match_reaching(c, t); i < d->nmatches && d->matches[i].tok_start <= t; i++)
		if (d->matches[i].tok_end > t && d->matches[i].kind == RASD_LEX_GROUP)
			return 0;
	return 1;
}

/*
 * Is an explosion of sub-type `sub` set off where it hurt (a bomb, a mine,
 * a suicide attacker, a grenade), not sent from afar (a strike, a shell)
 * or unstated ("قصف")?
 */
static int near_blast(const char *sub)
{
	static const char *const subs[] = {
		"Remote explosive/landmine/IED", "Suicide bomb", "Grenade",
	};
	size_t i;

	for (i = 0; sub && i < sizeof(subs) / sizeof(subs[0]); i++)
		if (!strcmp(sub, subs[i]))
			return 1;
	return 0;
}

/*
 * What sentence `s` tells of: 1 a bomb or a grenade, 2 direct fighting (a
 * cue of Battles of weight 6 or more), or both.
 */
static int bomb_or_fighting(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first;
	int what = 0;

	for (t = rasdp_next_cue(c, s, &i); t; t = rasdp_next_cue(c, s, &i)) {
		if (rasdp_same_label(t->event_type, "Explosions/Remote violence") && near_blast(t->sub_type))
			what |= 1;
		else if (rasdp_same_label(t->event_type, "Battles") && t->weight >= 6)
			what |= 2;
	}
	return what;
}

/* How many cues of direct fighting (Battles, weight 6 or more) sentence `s` has. */
static int fighting_cues(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first;
	int n = 0;

	for (t = rasdp_next_cue(c, s, &i); t; t = rasdp_next_cue(c, s, &i))
		n += rasdp_same_label(t->event_type, "Battles") && t->weight >= 6;
	return n;
}

/*
 * Does event `ev` tell of a bomb and of fighting in one sentence or two
 * side by side: "a roadside bomb hit the patrol. The attack was followed
 * by an assault with small arms"?  `in_event` is scratch of one byte per
 * sentence, all 0, and left so: the event's sentences are marked in it
 * to find the one after each at once.
 */
static int bomb_then_fighting(const struct rasdp_ctx *c, const struct rasd_event *ev,
			      uint8_t *in_event)
{
	size_t j;
	int found = 0;

	for (j = 0; j < ev->nevidence; j++)
		in_event[ev->evidence[j]] = 1;
	for (j = 0; j < ev->nevidence && !found; j++) {
		uint32_t s = ev->evidence[j];
		int what = bomb_or_fighting(c, s);

		found = what == 3 || (what && s + 1 < c->d->nsents && in_event[s + 1] &&
				      (what | bomb_or_fighting(c, s + 1)) == 3);
	}
	for (j = 0; j < ev->nevidence; j++)
		in_event[ev->evidence[j]] = 0;
	return found;
}

/* How many words after an attack its object may be told ("هاجم مستوطنون مسلحون قرية"). */
#define TARGET_SPAN 6

/*
 * What the attacks and gunfire of sentence `s` hit (cues of Battles short
 * of direct fighting, weight under 6, and of violence against civilians:
 * "attacked", "targeted", "opened fire on", "هاجم", "استهدف"), told in the
 * words after the cue, before any punctuation: bit 1 the unarmed (cues.tsv
 * `unarmed_target`: a village, homes, farmers, worshippers), bit 2 the armed
 * (`armed_target`: a checkpoint, a base, a patrol, soldiers).  The subject
 * of an Arabic verb told between ("هاجم مسلحون حاجزا") names no target,
 * nor the words after one of where it happened (cues.tsv `attack_site`:
 * "at a checkpoint", "عند حاجز").
 */
static int attack_targets(const struct rasdp_ctx *c, uint32_t s)
{
	const struct rasd_doc *d = c->d;
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first;
	int what = 0;

	for (t = rasdp_next_cue(c, s, &i); t; t = rasdp_next_cue(c, s, &i)) {
		const struct rasd_match *m = rasdp_match_at(c, i - 1);
		uint32_t k, end = d->sents[s].tok_end;

		if (!(rasdp_same_label(t->event_type, "Violence against civilians") ||
		      (rasdp_same_label(t->event_type, "Battles") && t->weight < 6)))
			continue;
		if (end > m->tok_end + TARGET_SPAN)
			end = m->tok_end + TARGET_SPAN;
		for (k = m->tok_end; k < end && d->toks[k].kind != RASD_TOK_PUNCT &&
				     !rasdp_cue(d, k, RASD_CUE_ATTACK_SITE); k++) {
			what |= rasdp_cue(d, k, RASD_CUE_UNARMED_TARGET) ? 1 : 0;
			what |= rasdp_cue(d, k, RASD_CUE_ARMED_TARGET) ? 2 : 0;
		}
	}
	return what;
}

/* Count the cues of explosions of sentence `s` downed, and not, into x. */
static void downed_cues(const struct rasdp_ctx *c, uint32_t s, struct event_context *x)
{
	const struct rasd_trigger *t;
	size_t i = c->si[s].m_first;

	for (t = rasdp_next_cue(c, s, &i); t; t = rasdp_next_cue(c, s, &i)) {
		if (!rasdp_same_label(t->event_type, "Explosions/Remote violence"))
			continue;
		if (rasdp_cue_downed(c->d, &c->d->sents[s], rasdp_match_at(c, i - 1)))
			x->downed++;
		else
			x->struck++;
	}
}

/*
 * Is `t`, a cue of sentence `s`, an attack or gunfire (a cue of Battles short
 * of direct fighting, or of violence against civilians) in a sentence whose
 * attacks hit the armed alone (attack_targets()): "the RSF attacked army
 * positions, killing 25 soldiers" is a fight, while shells or strikes hit
 * the town.  Where a bomb, a belt or a grenade went off, the attack is the
 * bombing told again ("the attack struck the headquarters"): the caller
 * leaves it out.
 */
static int armed_hit(const struct rasdp_ctx *c, uint32_t s, const struct rasd_trigger *t)
{
	if (!rasdp_same_label(t->event_type, "Violence against civilians") &&
	    !(rasdp_same_label(t->event_type, "Battles") && t->weight < 6))
		return 0;
	return attack_targets(c, s) == 2;
}

/* Count the figures of the hurt of `ev` by what did the harm (rasdp_harm_cue()) into x. */
static void harm_cues(const struct rasdp_ctx *c, const struct rasd_event *ev,
		      struct event_context *x)
{
	size_t i, k;

	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *cl = &ev->claims[i];
		const struct rasd_trigger *by[2];

		if (cl->denied || !(cl->kind == RASD_CAS_KILLED || cl->kind == RASD_CAS_WOUNDED ||
				    cl->kind == RASD_CAS_KILLED_OR_WOUNDED))
			continue;
		rasdp_harm_cue(c, cl, by);
		for (k = 0; k < 2 && by[k]; k++) {
			if (rasdp_same_label(by[k]->event_type, "Explosions/Remote violence"))
				x->harm_blast++;
			else if ((rasdp_same_label(by[k]->event_type, "Battles") && by[k]->weight >= 6) ||
				 (!x->blast_near && armed_hit(c, cl->sent, by[k])))
				x->harm_fight++;
		}
	}
}

static void read_context(const struct rasdp_ctx *c, const struct rasd_event *ev,
			 const struct reading *rd, size_t nrd, uint8_t *in_event,
			 struct event_context *x)
{
	size_t i, j;

	memset(x, 0, sizeof(*x));
	for (i = 0; i < nrd; i++) {
		if (!rd[i].n && !rd[i].title)
			continue;
		if (rasdp_same_label(rd[i].type, "Explosions/Remote violence")) {
			x->blast |= rd[i].n > 0;
			x->blast_afar |= rd[i].n > 0 && !near_blast(rd[i].sub);
			x->blast_near |= rd[i].n > 0 && near_blast(rd[i].sub);
		}
		x->protest_named |= rasdp_same_label(rd[i].type, "Protests") &&
				    rasdp_same_label(rd[i].sub, "Peaceful protest");
	}
	for (i = 0; i < ev->nclaims; i++) {
		const struct rasd_claim *cl = &ev->claims[i];
		int armed = armed_group(cl->who), hurt;

		if (cl->denied)
			continue;
		x->protest_named |= cl->who && !strcmp(cl->who, "protesters");
		if (cl->who_actor >= 0)
			armed |= armed_inter(rasdp_lex_actor(c->lx, (size_t)cl->who_actor)->inter);
		x->armed_victims |= armed;
		x->civilian_victims |= !armed && (civilian_group(cl->who) || named_person(c, cl));
		hurt = cl->kind == RASD_CAS_KILLED || cl->kind == RASD_CAS_WOUNDED ||
		       cl->kind == RASD_CAS_KILLED_OR_WOUNDED;
		x->hurt |= hurt;
		x->hurt_now |= hurt && !x->hurt_now && !told_of_recalled(c, cl);
		x->killed |= cl->kind == RASD_CAS_KILLED;
		x->arrested |= cl->kind == RASD_CAS_ARRESTED;
	}
	for (i = 0; i < ev->nactors; i++) {
		unsigned inter = rasdp_lex_actor(c->lx, (size_t)ev->actors[i].actor)->inter;

		x->armed_actors += armed_inter(inter);
		x->state_forces |= inter == 1;
	}
	for (j = 0; j < ev->nevidence; j++) {
		x->hazard += rasdp_hazard_words(c->d, &c->d->sents[ev->evidence[j]]);
		x->recalled += recalled_cues(c, ev->evidence[j]);
	}
	x->ambush = bomb_then_fighting(c, ev, in_event);
	harm_cues(c, ev, x);
	for (j = 0; j < ev->nevidence; j++) {
		int hit = attack_targets(c, ev->evidence[j]);

		x->fighting += fighting_cues(c, ev->evidence[j]);
		downed_cues(c, ev->evidence[j], x);
		x->target_unarmed |= hit & 1;
		x->target_armed |= (hit & 2) != 0;
	}
	for (i = 0; i < nrd; i++)
		x->cues += rd[i].title ? 0 : rd[i].n;
	/* the cause is often told the sentence before the toll */
	if (ev->nevidence && ev->evidence[0] > 0) {
		struct type_count tc[MAX_TYPES];
		size_t ntc = 0;

		x->hazard += rasdp_hazard_words(c->d, &c->d->sents[ev->evidence[0] - 1]);
		x->recalled += recalled_cues(c, ev->evidence[0] - 1);
		count_cues(c, ev->evidence[0] - 1, tc, &ntc);
		for (i = 0; i < ntc; i++)
			x->cues += tc[i].n;
	}
}

/* The features of reading `r` of event `ev` into x[FR__COUNT]. */
static void reading_features(const struct rasd_event *ev, const struct reading *r,
			     const struct type_count *evt, size_t nevt, const struct report_frames *rf,
			     const struct type_count *first, size_t nfirst,
			     const struct event_context *cx, float *x)
{
	int vote_all = 0, type_n = 0;
	size_t i;

	memset(x, 0, FR__COUNT * sizeof(*x));
	x[FR_BIAS] = 1;
	if (r->kind == RASD_FRAME_NONE) {
		x[FR_NONE] = 1;
		if (cx->hazard)
			x[FR_NONE_HAZARD] = (float)cx->hazard / (float)(cx->hazard + cx->cues);
		x[FR_NONE_HAZARD_TITLE] = (float)rf->hazard_title;
		if (rf->hazard)
			x[FR_NONE_HAZARD_REPORT] = (float)rf->hazard / (float)(rf->hazard + rf->total);
		x[FR_NONE_RECALLED] = cx->recalled && !cx->cues;
		return;
	}
	if (r->kind == RASD_FRAME_UNTYPED) {
		x[FR_UNTYPED] = 1;
		return;
	}
	if (r->victims) {
		x[rasdp_same_label(r->type, "Battles") ? FR_KILLED_ARMED : FR_KILLED_CIVILIANS] = 1;
		return;
	}
	for (i = 0; i < ev->nvotes; i++) {
		vote_all += ev->votes[i].sum;
		if (rasdp_same_label(ev->votes[i].event_type, r->type)) {
			x[FR_VOTE_SHARE] = (float)ev->votes[i].sum;
			if (ev->event_type && rasdp_same_label(ev->event_type, r->type)) {
				x[FR_VOTE_TOP] = 1;
				x[FR_SUB_TOP] = rasdp_same_label(ev->votes[i].sub_type, r->sub);
			}
		}
	}
	if (vote_all)
		x[FR_VOTE_SHARE] /= (float)vote_all;
	type_n = type_has(evt, nevt, r->type);
	x[FR_WEIGHT] = (float)r->weight / 10;
	if (rf->total)
		x[FR_REPORT_SHARE] = (float)type_has(rf->all, rf->nall, r->type) / (float)rf->total;
	if (type_n)
		x[FR_SUB_SHARE] = (float)r->n / (float)type_n;
	x[FR_TITLE] = type_has(rf->title, rf->ntitle, r->type) > 0;
	x[FR_SUB_TITLE] = (float)r->title;
	x[FR_LEAD] = type_has(rf->lead, rf->nlead, r->type) > 0;
	x[FR_FIRST] = type_has(first, nfirst, r->type) > 0;
	if (rasdp_same_label(r->type, "Strategic developments")) {
		x[FR_STRATEGIC] = 1;
		x[FR_STRATEGIC_HURT] = (float)cx->hurt;
		x[FR_INTERCEPTED] = (float)(cx->downed && !cx->struck && !cx->hurt && r->sub &&
					    rasdp_same_label(r->sub, "Disrupted weapons use"));
	} else if (rasdp_same_label(r->type, "Battles")) {
		x[FR_BATTLE_BLAST] = (float)cx->blast;
		x[FR_BATTLE_ENGAGED] = r->weight >= 6;
		x[FR_BATTLE_AMBUSH] = (float)(cx->ambush && !cx->blast_afar);
		x[FR_AMBUSH_CIVILIANS] = x[FR_BATTLE_AMBUSH] && cx->civilian_victims &&
					 !cx->armed_victims;
		x[FR_AMBUSH_ARMED] = x[FR_BATTLE_AMBUSH] && cx->armed_victims &&
				     !cx->civilian_victims;
		x[FR_BATTLE_WITHIN] = (float)(cx->blast && !cx->blast_afar &&
					      type_has(first, nfirst, r->type) &&
					      !type_has(first, nfirst, "Explosions/Remote violence"));
		x[FR_BATTLE_ARMED] = (float)cx->armed_victims;
		x[FR_BATTLE_SIDES] = cx->armed_actors >= 2;
		x[FR_BATTLE_EXCHANGE] = (float)(cx->blast && cx->fighting >= 2 &&
						cx->armed_victims && cx->armed_actors >= 2);
		x[FR_TARGET_ARMED] = (float)(cx->target_armed && !cx->target_unarmed &&
					       !cx->blast && !cx->protest_named);
		x[FR_FIGHT_HARM] = cx->harm_fight && !cx->harm_blast;
	} else if (rasdp_same_label(r->type, "Violence against civilians")) {
		x[FR_VAC_CIVILIANS] = cx->civilian_victims && !cx->armed_victims;
		x[FR_VAC_UNARMED] = x[FR_VAC_CIVILIANS] && !cx->blast;
		x[FR_TARGET_UNARMED] = (float)(cx->target_unarmed && !cx->target_armed &&
					       !cx->armed_victims && !cx->blast && !cx->fighting &&
					       !cx->protest_named);
	} else if (rasdp_same_label(r->type, "Explosions/Remote violence")) {
		x[FR_BLAST_CIVILIANS] = cx->civilian_victims && !cx->armed_victims;
		x[FR_BLAST_HARM] = cx->harm_blast && !cx->harm_fight && !(cx->ambush && !cx->blast_afar);
	}
	if (rasdp_same_label(r->type, "Protests"))
		x[FR_PROTEST_UNNAMED] = (float)!cx->protest_named;
	if (rasdp_same_label(r->type, "Protests") && r->sub) {
		if (rasdp_same_label(r->sub, "Excessive force against protesters")) {
			x[FR_PROTEST_KILLED] = (float)cx->hurt;
			x[FR_PROTEST_DEAD] = (float)cx->killed;
		} else if (rasdp_same_label(r->sub, "Protest with intervention")) {
			x[FR_PROTEST_FORCES] = (float)cx->state_forces;
			x[FR_PROTEST_SPARED] = (float)((cx->hurt || cx->arrested) && !cx->killed &&
						       cx->protest_named);
		} else if (rasdp_same_label(r->sub, "Peaceful protest")) {
			x[FR_PEACEFUL_HARMED] = (float)(cx->hurt || cx->arrested);
		}
	}
}

/*
 * A cue that names the type without its sub-type ("قصف", "bombardment")
 * says only the type: where another cue of the type names the sub-type,
 * that reading stands for it and the open one goes.
 */
static void fold_open(struct reading *rd, size_t *nrd)
{
	size_t i, j, w = 0;

	for (i = 0; i < *nrd; i++) {
		int named = 0;

		for (j = 0; !rd[i].sub && rd[i].kind == RASD_FRAME_TYPE && j < *nrd; j++)
			named |= rd[j].kind == RASD_FRAME_TYPE && rd[j].sub &&
				 rasdp_same_label(rd[j].type, rd[i].type);
		if (!named)
			rd[w++] = rd[i];
	}
	*nrd = w;
}

/* ACLED's sub-types of protests, told apart by what others did to them. */
static const char *const protest_subs[] = {
	"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
};

/*
 * A protest's sub-type is not in its words but in what happened to it
 * (forces intervened, protesters were killed): every protest reading
 * brings the three, at the weight of its heaviest cue.
 */
static void protest_readings(struct reading *rd, size_t *nrd)
{
	const char *type = NULL;
	size_t i, k;
	int weight = 0;

	for (i = 0; i < *nrd; i++)
		if (rd[i].kind == RASD_FRAME_TYPE && rasdp_same_label(rd[i].type, "Protests")) {
			type = rd[i].type;
			if (rd[i].weight > weight)
				weight = rd[i].weight;
		}
	for (k = 0; type && k < sizeof(protest_subs) / sizeof(protest_subs[0]); k++) {
		for (i = 0; i < *nrd; i++)
			if (rd[i].kind == RASD_FRAME_TYPE && rasdp_same_label(rd[i].type, type) &&
			    (!rd[i].sub || !strcmp(rd[i].sub, protest_subs[k])))
				break;
		if (i < *nrd) {
			if (!rd[i].sub)
				rd[i].sub = protest_subs[k];
			continue;
		}
		memset(&rd[*nrd], 0, sizeof(rd[*nrd]));
		rd[*nrd].type = type;
		rd[*nrd].sub = protest_subs[k];
		rd[*nrd].kind = RASD_FRAME_TYPE;
		rd[*nrd].weight = weight;
		(*nrd)++;
	}
}

/*
 * A killing told with no word of its kind ("القوات قتلت 11 مسلحا", "gunmen
 * killed three hostages") is read by who was hurt: armed men alone, a
 * fight (Battles); civilians or persons named alone, an attack on them
 * (Violence against civilians).  The reading joins 'violence of no stated
 * kind'; the frame decision weighs the two.  Victims told after a cue of
 * another time ("the ambush of 2016 that killed 12 soldiers") are that
 * happening's and read nothing.
 */
static void victims_reading(const struct event_context *cx, struct reading *rd, size_t *nrd)
{
	if (!cx->hurt_now || cx->armed_victims == cx->civilian_victims)
		return;
	memset(&rd[*nrd], 0, sizeof(rd[*nrd]));
	rd[*nrd].kind = RASD_FRAME_TYPE;
	rd[*nrd].victims = 1;
	rd[*nrd].type = cx->armed_victims ? "Battles" : "Violence against civilians";
	rd[*nrd].sub = cx->armed_victims ? "Armed clash" : "Attack";
	(*nrd)++;
}

/* Readings proposed by the headline alone weigh what its cues weigh. */
static void headline_weights(const struct rasdp_ctx *c, struct reading *rd, size_t nrd)
{
	const struct rasd_trigger *t;
	size_t i, j;

	for (i = 0; i < nrd; i++) {
		if (rd[i].weight)
			continue;
		j = c->si[0].m_first;
		for (t = rasdp_next_cue(c, 0, &j); t; t = rasdp_next_cue(c, 0, &j))
			if (rasdp_same_label(t->event_type, rd[i].type) && rasdp_same_label(t->sub_type, rd[i].sub) &&
			    t->weight > rd[i].weight)
				rd[i].weight = t->weight;
	}
}

/*
 * The readings of event `ev` (the first event of the report also reads
 * the headline), each with its features, into ev->frames; the best by the
 * frame model becomes its type.  0 or RASD_ENOMEM.
 */
static int frame_event(const struct rasdp_ctx *c, const struct rasd_model *m,
		       struct rasd_event *ev, int first_event, const struct report_frames *rf)
{
	struct rasd_doc *d = c->d;
	struct reading rd[MAX_READINGS + 5];
	struct type_count first[MAX_TYPES], evt[MAX_TYPES];
	struct event_context cx;
	size_t nrd = 0, nfirst = 0, nevt = 0, i, j;
	double best = 0;

	for (j = 0; j < ev->nevidence; j++) {
		sentence_readings(c, ev->evidence[j], 0, rd, &nrd);
		count_cues(c, ev->evidence[j], evt, &nevt);
	}
	if (first_event && d->nsents > 1 && c->si[0].headline)
		sentence_readings(c, 0, 1, rd, &nrd);
	if (ev->nevidence)
		count_cues(c, ev->evidence[0], first, &nfirst);
	headline_weights(c, rd, nrd);
	read_context(c, ev, rd, nrd, rf->in_event, &cx);
	fold_open(rd, &nrd);
	protest_readings(rd, &nrd);
	if (!nrd) {
		memset(&rd[nrd], 0, sizeof(rd[nrd]));
		rd[nrd++].kind = RASD_FRAME_UNTYPED;
		victims_reading(&cx, rd, &nrd);
	}
	/*
	 * "no violent event" is proposed by words of another cause of harm in
	 * the report: in the event's sentences, the sentence before them, the
	 * headline, or anywhere ("Floods hit four provinces ... Injuries were
	 * recorded in Hajjah"), or by a happening named only as a mark of time
	 * ("a year since the bombing that killed 40"); the features weigh how
	 * much they speak of it.
	 */
	if (cx.hazard || rf->hazard_title || rf->hazard || cx.recalled) {
		memset(&rd[nrd], 0, sizeof(rd[nrd]));
		rd[nrd++].kind = RASD_FRAME_NONE;
	}

	ev->frames = rasd_arena_calloc(&d->arena, nrd, sizeof(*ev->frames));
	if (!ev->frames)
		return RASD_ENOMEM;
	ev->nframes = nrd;
	ev->frame = -1;
	for (i = 0; i < nrd; i++) {
		struct rasd_frame *f = &ev->frames[i];
		double sc;

		f->x = rasd_arena_calloc(&d->arena, FR__COUNT, sizeof(*f->x));
		if (!f->x)
			return RASD_ENOMEM;
		f->event_type = rd[i].type;
		f->sub_type = rd[i].sub;
		f->kind = rd[i].kind;
		f->weight = (uint8_t)rd[i].weight;
		reading_features(ev, &rd[i], evt, nevt, rf, first, nfirst, &cx, f->x);
		sc = rasdp_model_score(m, f->x);
		if (ev->frame < 0 || sc > best) {
			ev->frame = (int32_t)i;
			best = sc;
		}
	}
	return 0;
}

/* `ev` takes reading ev->frames[ev->frame] as its type. */
static void take_frame(struct rasd_event *ev)
{
	const struct rasd_frame *f = &ev->frames[ev->frame];
	size_t i;

	ev->event_type = f->event_type;
	ev->sub_type = f->sub_type;
	ev->trigger_weight = f->weight;
	/* the vote's strongest cue of the type, as before, when it has one */
	for (i = 0; f->event_type && i < ev->nvotes; i++)
		if (rasdp_same_label(ev->votes[i].event_type, f->event_type) && ev->votes[i].best > f->weight)
			ev->trigger_weight = ev->votes[i].best;
}

static int settle_frames(struct rasdp_ctx *c, const struct rasd_model *m)
{
	struct rasd_doc *d = c->d;
	struct report_frames rf;
	size_t i, w = 0;
	int rc;

	read_report(c, &rf);
	rf.in_event = rasd_arena_calloc(&d->arena, d->nsents, 1);
	if (!rf.in_event)
		return RASD_ENOMEM;
	for (i = 0; i < d->nevents; i++) {
		struct rasd_event *ev = &d->events[i];

		rc = frame_event(c, m, ev, i == 0, &rf);
		if (rc)
			return rc;
		if (ev->frames[ev->frame].kind == RASD_FRAME_NONE) {
			struct rasd_event *slot = RASD_ARENA_PUSH(&d->arena, d->rejected, d->nrejected,
								  d->rejected_alloc);

			if (!slot)
				return RASD_ENOMEM;
			*slot = *ev;
			continue;
		}
		take_frame(ev);
		rasdp_date_by_statement(d, ev);
		if (w != i)
			d->events[w] = *ev;
		w++;
	}
	d->nevents = w;
	return 0;
}

/*
 * Whether a cue counts stays the same while the frames are settled (the
 * report's day and every sentence's matches are known by then), and the
 * report, each event and its context ask it of the same sentences again
 * and again: the answers are kept for the while, a byte a match.
 */
int rasdp_settle_frames(struct rasdp_ctx *c)
{
	struct rasd_doc *d = c->d;
	const struct rasd_models *ms = rasdp_engine_models(d->engine);
	const struct rasd_model *m = ms ? &ms->m[RASD_DEC_FRAME] : NULL;
	size_t n = d->nmatches ? d->nmatches : 1, k;
	int rc;

	if (!m || !m->w)
		return 0;
	c->cue_memo = rasd_arena_calloc(&d->arena, n, 1);
	c->next_trigger = rasd_arena_alloc(&d->arena, (d->nmatches + 1) * sizeof(*c->next_trigger));
	if (!c->cue_memo || !c->next_trigger)
		return RASD_ENOMEM;
	c->next_trigger[d->nmatches] = (uint32_t)d->nmatches;
	for (k = d->nmatches; k-- > 0;)
		c->next_trigger[k] = d->matches[k].kind == RASD_LEX_TRIGGER ? (uint32_t)k
									: c->next_trigger[k + 1];
	rc = settle_frames(c, m);
	rasd_arena_free(&d->arena, c->next_trigger, (d->nmatches + 1) * sizeof(*c->next_trigger));
	c->next_trigger = NULL;
	rasd_arena_free(&d->arena, c->cue_memo, n);
	c->cue_memo = NULL;
	return rc;
}
