/*
 * event_votes.c - the type vote while framing: an event's kind is the one
 * its cues point to most, each cue voting with its weight squared,
 * violence above strategic developments (event_type.c then settles the
 * type by the frame decision once every frame is merged).
 */
#include <string.h>

#include "extract/engine.h"
#include "extract/framing_int.h"

#include "base/banned.h"

/* Strategic developments: what a battle report mentions besides violence. */
int rasdp_is_strategic(const char *type)
{
	return rasdp_same_label(type, "Strategic developments");
}

/*
 * The event's type is the kind of violence its sentences point to most:
 * each sentence's cue votes with its weight squared.  Violence outranks strategic
 * developments ("reinforcements" in a report of a battle); among equal
 * sums the heavier single cue wins.
 */
static void settle_type(struct rasd_event *ev)
{
	const struct rasd_type_vote *best = NULL;
	size_t i;

	for (i = 0; i < ev->nvotes; i++) {
		const struct rasd_type_vote *v = &ev->votes[i];

		if (!best || rasdp_is_strategic(best->event_type) > rasdp_is_strategic(v->event_type) ||
		    (rasdp_is_strategic(best->event_type) == rasdp_is_strategic(v->event_type) &&
		     (v->sum > best->sum || (v->sum == best->sum && v->best > best->best))))
			best = v;
	}
	if (!best)
		return;
	ev->event_type = best->event_type;
	ev->sub_type = best->sub_type;
	ev->trigger_weight = best->best;
}

/* Add `sum` to the vote of `type` (sub-type of its heaviest cue), and settle. */
void rasdp_add_vote(struct rasd_event *ev, const char *type, const char *sub, int sum, int weight)
{
	size_t i;

	for (i = 0; i < ev->nvotes && !rasdp_same_label(ev->votes[i].event_type, type); i++)
		;
	if (i == ev->nvotes) {
		if (ev->nvotes == RASD_MAX_TYPE_VOTES)
			return;
		memset(&ev->votes[i], 0, sizeof(ev->votes[i]));
		ev->votes[i].event_type = type;
		ev->nvotes++;
	}
	ev->votes[i].sum += sum;
	if (weight > ev->votes[i].best || !ev->votes[i].sub_type) {
		ev->votes[i].best = weight;
		ev->votes[i].sub_type = sub;
	}
	settle_type(ev);
}

void rasdp_vote_trigger(struct rasd_event *ev, const struct rasd_trigger *t)
{
	/* squared: one "car bomb" outweighs three generic "attack"s */
	rasdp_add_vote(ev, t->event_type, t->sub_type, t->weight * t->weight, t->weight);
}
