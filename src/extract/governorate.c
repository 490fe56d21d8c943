/*
 * governorate.c - the governorate a gazetteer place lies in (see
 * governorate.h): the place itself when it is one, else its admin1.
 */
#include "extract/governorate.h"

#include <stddef.h>

#include "lexicon/lexicon.h"

#include "base/banned.h"

int32_t rasdp_governorate_of(const struct rasd_lexicon *lx, int32_t place)
{
	const struct rasd_place *pl;

	if (!lx || place < 0)
		return -1;
	pl = rasdp_lex_place(lx, (size_t)place);
	return pl->kind == RASD_PLACE_GOVERNORATE ? place : pl->admin1;
}
