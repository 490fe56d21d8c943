/*
 * governorate.h - the governorate a gazetteer place lies in.
 *
 * Places, figures and evaluation all reduce a place to its governorate
 * (ACLED's admin1) to compare places named at different precisions: the
 * town of Jasim and "Daraa countryside" agree on Daraa.  A governorate is
 * its own governorate.
 */
#ifndef RASD_GOVERNORATE_H
#define RASD_GOVERNORATE_H

#include <stdint.h>

struct rasd_lexicon;

/*
 * Index of the governorate of place `place` (a place index of `lx`, or
 * -1), or -1 when there is none, `place` is -1, or `lx` is NULL.
 */
int32_t rasdp_governorate_of(const struct rasd_lexicon *lx, int32_t place);

#endif
