/*
 * figures_tail.c - a casualty word that closes a verb's phrase, the
 * object between them: "took 14 people into custody", "placed nine men
 * under arrest", "put 20 youths behind bars", "زجت 10 شبان خلف
 * القضبان".  The verb alone says nothing of the people ("took", "placed",
 * "put" befall anything) and the tail alone is no casualty word ("the
 * suspect remains in custody", "خلف القضبان" of a prison's walls); only
 * together do they tell an arrest.  The tails are casualty.tsv words of
 * `noun` 2, the verbs the cue class `tail_verb` (cues.tsv): the
 * construction is code, its words data.  The verb must stand within
 * TAIL_OBJECT words before the tail, in its clause (no clause break, no
 * other casualty word between), so the object is a noun phrase ("14
 * people", "them", "the three brothers"), not a clause of its own.  The
 * contiguous passive ("were taken into custody") is a casualty form of
 * its own, read as before.
 */
#include "extract/figures_int.h"

#include "base/banned.h"

/* Words the object of a tail's verb may take, its verb not counted. */
#define TAIL_OBJECT 8

int rasdp_tail_has_verb(const struct counting *k, const struct rasd_match *m)
{
	const struct rasd_doc *d = k->c->d;
	uint32_t t = m->tok_start, lo = k->st->tok_start;

	while (t > lo && m->tok_start - t <= TAIL_OBJECT) {
		t--;
		if (rasdp_cue(d, t, RASD_CUE_TAIL_VERB))
			return 1;
		if (rasdp_is_break(d, t) || rasdp_casualty_in(k->c, k->si, t, t + 1))
			return 0;
	}
	return 0;
}
