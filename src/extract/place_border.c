/*
 * place_border.c - a city or town across the border of the report's
 * country where a happening of the report took place.
 *
 * rasdp_read_places() drops a name whose country the report names only
 * by that name while it names another country most: a Syrian village
 * spelt like a Lebanese one, an ordinary word, a capital standing for its
 * government ("Ankara said", "Tehran-backed").  A report still tells of a
 * happening across a border ("a separate attack in Tel Aviv", shells that
 * fell "in Kilis"): such a name is kept when it is a city or town of one
 * country alone that a preposition of place places, and no word of a kind
 * of place (a village, a quarter: a namesake the gazetteer does not know)
 * stands by it.  (Its country named beside it, "Kilis, Turkey", names that
 * country elsewhere than by the name: rasdp_read_places() keeps it.)
 */
#include <string.h>

#include "extract/places_int.h"

#include "base/banned.h"

/*
 * Are matches [i, j) (one name) the names of places of one country only,
 * one of them a city or town that is a place wherever it is named?  A
 * name a village of another country shares is left to the report's
 * country ("رمانة" of Aleppo and of Galilee).
 */
static int foreign_town_name(const struct rasdp_ctx *c, size_t i, size_t j)
{
	int town = 0;
	size_t k;

	if (!rasdp_one_country(c, i, j))
		return 0;
	for (k = i; k < j; k++) {
		const struct rasd_place *p = rasdp_lex_place(c->lx, c->d->matches[k].entry);

		town |= (p->kind == RASD_PLACE_CITY || p->kind == RASD_PLACE_TOWN) &&
			p->match == RASD_PLACE_MATCH_ALWAYS;
	}
	return town;
}

/* Are matches [i, j) (one name) the names of places of one country? */
int rasdp_one_country(const struct rasdp_ctx *c, size_t i, size_t j)
{
	const struct rasd_place *first = rasdp_lex_place(c->lx, c->d->matches[i].entry);
	size_t k;

	for (k = i + 1; k < j; k++)
		if (memcmp(rasdp_lex_place(c->lx, c->d->matches[k].entry)->country, first->country, 3))
			return 0;
	return 1;
}

/* Is place match `k` a country's name? */
static int country_match(const struct rasdp_ctx *c, size_t k)
{
	const struct rasd_match *m = &c->d->matches[k];

	return m->kind == RASD_LEX_PLACE &&
	       rasdp_lex_place(c->lx, m->entry)->kind == RASD_PLACE_COUNTRY;
}

/*
 * Is the place name of match `i` listed with a country ("in Gaza and
 * Lebanon", "في لبنان وغزة")?  The list names the lands a war reached, no
 * place where a happening was.
 */
static int listed_with_country(const struct rasdp_ctx *c, size_t i)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = d->matches[i].tok_start, e = d->matches[i].tok_end, b;
	size_t k;

	b = rasdp_member_before(d, t, 0);
	for (k = rasdp_match_from(d, b == UINT32_MAX ? e : b); k < d->nmatches &&
	     d->matches[k].tok_start <= e + 1; k++)
		if (country_match(c, k) && (d->matches[k].tok_start == b ||
		    (d->matches[k].tok_start > e && rasdp_member_before(d, d->matches[k].tok_start, 0) == t)))
			return 1;
	return 0;
}

/*
 * Is token `t` a preposition of place before a name ("in", "near", "في"),
 * not one written inside a hyphened word ("Commander-in-Chief")?
 */
static int place_preposition(const struct rasd_doc *d, uint32_t t)
{
	return rasdp_cue(d, t, RASD_CUE_TO_PLACE) && !rasdp_cue(d, t, RASD_CUE_FROM) &&
	       !(t >= 1 && rasdp_hyphened(d, t - 1)) && !rasdp_hyphened(d, t);
}

int rasdp_border_place(const struct rasdp_ctx *c, size_t i, size_t j)
{
	const struct rasd_doc *d = c->d;
	uint32_t t = d->matches[i].tok_start;

	/* a word of its kind says what it is: "the village of X", "X village" (no foreign town) */
	if (!foreign_town_name(c, i, j) || listed_with_country(c, i) ||
	    rasdp_named_with_kind(d, &d->matches[i]))
		return 0;
	return t >= 1 && d->toks[t - 1].sent == d->toks[t].sent && place_preposition(d, t - 1);
}
