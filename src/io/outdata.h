/*
 * outdata.h - what the outputs need to know and the extraction does not:
 * ACLED's names of Syria's administrative units, of actors and event
 * types, country codes, outlets and their scale, UCDP's place precision,
 * and the wording of notes and fact-check briefs in English and Arabic.
 *
 * All of it is reviewed TSV under the data folder (the files of data/exports/,
 * data/phrases.tsv; documented in data/README.md), read with the lexicon
 * TSV reader, plus the id, kind and parent P-codes of every place of
 * data/places*.tsv and the id, parent and country of data/actors.tsv,
 * and the scored decisions' weights (data/models/: an event of a store
 * without incidents is reconciled alone with them).
 * Nothing here is a literal in C: a user corrects a spelling or adds an
 * outlet without recompiling.
 *
 * The tables are loaded once (a few hundred rows; milliseconds) and are
 * read-only afterwards, so one loaded set may serve concurrent readers.
 * Every string returned is owned by the set and valid until
 * rasdp_outdata_free().
 */
#ifndef RASD_OUTDATA_H
#define RASD_OUTDATA_H

#include <stddef.h>

#include "rasd.h"

struct rasd_buf;
struct rasdp_outdata;

/*
 * Load the tables of data folder `dir` (NULL: $RASD_DATA, else ./data in a
 * source tree, else the built-in folder).  0 and *out set, or a negative
 * rasd_status with `err` set ("<file>:<line>: <what>" for a bad row).
 */
int rasdp_outdata_load(const char *dir, struct rasdp_outdata **out, rasd_err *err);
void rasdp_outdata_free(struct rasdp_outdata *d);
/* The scored decisions' weights of the same folder (data/models/). */
struct rasd_models;
const struct rasd_models *rasdp_outdata_models(const struct rasdp_outdata *d);

/* An administrative unit by P-code: level 1-3, ACLED's name, parent P-code. */
struct rasdp_admin {
	const char *pcode, *name, *parent;
	int level;
};
const struct rasdp_admin *rasdp_outdata_admin(const struct rasdp_outdata *d, const char *pcode);

/* A place of the gazetteer: its kind and the P-codes of its units ("" when none). */
struct rasdp_gplace {
	const char *id, *kind, *name, *admin1, *admin2;
};
const struct rasdp_gplace *rasdp_outdata_place(const struct rasdp_outdata *d, const char *id);

/*
 * A district or subdistrict of governorate `admin1` whose gazetteer name
 * is `name` ("Manbij" in SY02), or NULL.
 */
const struct rasdp_gplace *rasdp_outdata_unit_named(const struct rasdp_outdata *d,
						    const char *admin1, const char *name);

/* A country by two-letter code, or by an outlet's web domain ("x.com.tr"). */
struct rasdp_country {
	const char *code, *iso, *iso3, *name, *region, *gwno, *ucdp_region, *web;
};
const struct rasdp_country *rasdp_outdata_country(const struct rasdp_outdata *d, const char *code);
const struct rasdp_country *rasdp_outdata_country_of_domain(const struct rasdp_outdata *d,
							   const char *domain);

/*
 * ACLED's name and inter code of actor `id` (an id of data/actors.tsv,
 * "unidentified" or "group:<id>") for an event on `day` (YYYY-MM-DD, or
 * NULL: the open-ended row) in the country ACLED calls `country`.  An
 * actor without a row takes its parent's.  The name goes to `out`; 0, or
 * RASD_ENOTFOUND when neither it nor a parent has a row.
 */
int rasdp_outdata_actor(const struct rasdp_outdata *d, const char *id, const char *day,
			const char *country, char *out, size_t n, int *inter);
/* The top of an actor's parent chain in data/actors.tsv (itself when it has none). */
const char *rasdp_outdata_actor_root(const struct rasdp_outdata *d, const char *id);
/* The only unit one level below `pcode`, or NULL when it has none or several. */
const struct rasdp_admin *rasdp_outdata_admin_only_child(const struct rasdp_outdata *d,
							 const char *pcode);
/* The lexicon's name of an actor id in `lang` ("en", "ar"), or NULL. */
const char *rasdp_outdata_actor_label(const struct rasdp_outdata *d, const char *id,
				      const char *lang);

/* An ACLED event type row; sub NULL or empty gives the type's default row. */
struct rasdp_etype {
	const char *type, *sub, *disorder, *dyadic, *sole;
	int dflt;
};
const struct rasdp_etype *rasdp_outdata_etype(const struct rasdp_outdata *d, const char *type,
					      const char *sub);

/* An outlet by domain (a subdomain matches its domain), or NULL. */
struct rasdp_outlet {
	const char *outlet, *name, *country, *reach;
};
const struct rasdp_outlet *rasdp_outdata_outlet(const struct rasdp_outdata *d, const char *domain);
/*
 * ACLED's source_scale of an outlet for an event in country `code`:
 * "Local", "Subnational", "National", "Regional", "International", "New
 * media" or "Other" (see data/exports/outlets.tsv).
 */
const char *rasdp_outdata_scale(const struct rasdp_outdata *d, const char *domain,
				const char *code);

/* UCDP where_prec of a place kind, 0 when the kind is not listed. */
int rasdp_outdata_where_prec(const struct rasdp_outdata *d, const char *kind);

/*
 * The wording of `key` in `lang` ("en" or "ar"; English when the row has
 * no Arabic), or the key itself when there is no such row.
 */
const char *rasdp_outdata_phrase(const struct rasdp_outdata *d, const char *key,
				 const char *lang);
/*
 * Append template `tmpl` to `b`, each "{name}" replaced by the value after
 * "name" in `kv` (name, value pairs, ended by NULL); an unknown name is
 * kept as written.
 */
void rasdp_outdata_fmt(struct rasd_buf *b, const char *tmpl, const char *const *kv);

#endif
