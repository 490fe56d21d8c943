/*
 * brief.h - a fact-check brief of one incident, in Markdown or HTML, in
 * English or Arabic: what happened by each source's account, attribute by
 * attribute, where the sources agree and where they contradict each
 * other, fatalities low/best/high, and every claim quoted from its report
 * with its outlet, date and link.  The piece a newsroom writes by hand
 * from reports like the seed one ("what is the truth?").
 *
 * Quotes come from the stored reports at the time of writing (the
 * evidence sentences the extraction points at); the wording around them
 * from data/phrases.tsv.  Self-contained (rasd.h only).
 */
#ifndef RASD_BRIEF_H
#define RASD_BRIEF_H

#include "rasd.h"

struct rasd_buf;
struct rasd_store;
struct rasdp_outdata;

struct rasdp_brief_opts {
	const char *lang;        /* "en" (NULL) or "ar" */
	int html;                /* a standalone HTML page instead of Markdown */
	const char *today;       /* YYYY-MM-DD written as the brief's date; NULL: today */
};

/*
 * Append the brief of the incident whose stored JSON is `incident_json`
 * (as `rasd incidents` writes it) to `out`, reading its reports from `s`.
 * 0, or a negative rasd_status with `err` set (RASD_EPARSE for JSON that
 * is not an incident; out->err for a failed append).
 */
int rasdp_brief_write(struct rasd_store *s, const struct rasdp_outdata *d,
		      const char *incident_json, const struct rasdp_brief_opts *o,
		      struct rasd_buf *out, rasd_err *err);

/*
 * The stored JSON of the incident named by `key`: its id ("inc-..."), or
 * "<doc>#<n>" (the incident of event n of report doc), or a report id (the
 * incident of its first event).  *json is malloc'd (the caller frees it);
 * RASD_ENOTFOUND when there is none.
 */
int rasdp_brief_find(struct rasd_store *s, const char *key, char **json, rasd_err *err);

#endif
