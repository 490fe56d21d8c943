/*
 * gazetteer.h - gazetteer import and look-up for the command line.
 *
 * This header depends on rasd.h only, so src/cli/ may include it: the rest
 * of the lexicon API (lexicon.h) needs the private document model.
 */
#ifndef RASD_GAZETTEER_H
#define RASD_GAZETTEER_H

#include <stddef.h>
#include <stdio.h>

#include "rasd.h"

struct rasd_lexicon;

/*
 * Read a GeoNames country dump (the 19-column geoname table, e.g. SY.txt
 * from download.geonames.org/export/dump/) from `in` and write places TSV
 * rows (data/README.md) to `out`: populated places (feature class P) and
 * first- and second-level administrative areas of `country`.  When `lx`
 * has governorates (Syria's, from places.tsv) and `country` is "SY", each
 * GeoNames admin1 code is mapped to the governorate nearest to its ADM1
 * point, and no admin rows are written; otherwise the ADM1/ADM2 areas
 * become governorate and district rows with ids "gn:<geonameid>".  `name`
 * labels messages ("<name>:<line>: ...").  Sets *nrows to the rows written.
 */
int rasdp_geonames_import(FILE *in, const char *name, FILE *out,
			  const char *country, const struct rasd_lexicon *lx,
			  size_t *nrows, rasd_err *err);

/*
 * Read GeoNames rows (a country dump or cities500.txt) of the countries in
 * the comma-separated list `countries` and write places TSV rows: one
 * governorate row per admin1 of the table at path `admin1` (columns
 * country, code, name_en, name_ar, forms, lat, lon: data/admin1-geonames.tsv),
 * with id and P-code "CC.code", and the populated places of those admin1
 * areas (code "00", unknown, takes the nearest of its country), with the
 * admin1 code as P-code, their country, and `match` always for cities of
 * ALWAYS_POP people or seats, context for the rest.  `hand` (a path, or
 * NULL: data/geonames-hand.tsv) is a reviewed table of rows by GeoNames id
 * (id, name_ar, add, drop, admin1, country, match): an Arabic name that
 * replaces GeoNames', forms added and dropped ('|'-separated; drop "*": the
 * place is not imported), an admin1 id of another places file and its
 * country that replace the row's, and a `match` that replaces the one its
 * size gives.  Sets *nrows.
 */
int rasdp_geonames_import_admin1(FILE *in, const char *name, FILE *out,
				 const char *countries, const char *admin1, const char *hand,
				 size_t *nrows, rasd_err *err);

/*
 * Describe every entry any lexicon has under the name `text` (all kinds,
 * one TSV line each: kind, id, type, English name, Arabic name, details)
 * into a malloc'd string *out (caller frees).  Returns how many entries.
 */
int rasdp_gazetteer_describe(const struct rasd_lexicon *lx, const char *text,
			     char **out, size_t *out_len);

#endif
