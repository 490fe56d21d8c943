/*
 * reconcile_int.h - private declarations shared by the files of
 * reconciliation: reconcile.c (each incident's canonical values, its
 * figures grouped by value, its fatalities, and the order of the steps),
 * reconcile_disagree.c (the disagree decision on a pair of figures) and
 * reconcile_disputes.c (the disputes on figures, participation, date,
 * place and perpetrator).  Nothing outside them includes it; their entry
 * points and the helpers other files of src/incident use are in
 * incident_int.h.
 */
#ifndef RASD_RECONCILE_INT_H
#define RASD_RECONCILE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "incident/incident_int.h"

/* One figure of a candidate pair, and the claims that give it. */
struct fig {
	uint8_t kind, qualifier, denied;
	uint8_t minor;                  /* a total other than the main one (sides[0]) */
	int64_t value, value_hi;
	uint32_t cls;                   /* rasdp_claim_class */
	const uint32_t *claims;
	size_t nclaims;
};

/*
 * reconcile_disagree.c: is the pair a dispute of attribute `attr`?
 * Training sees every pair first (with its claims); without weights there
 * is no answer (RASD_EINVAL in *rc), nor on a failure (its code in *rc).
 */
int rasdp_disagree(struct rasd_incidents *inc, const char *attr, const struct fig *a,
		   const struct fig *b, int *rc);

/*
 * reconcile_disputes.c: the disputes of incident `x`, appended to
 * x->disputes.  Figures: from its value groups `v` and its sources'
 * accounts `A`; participation; and date, location and perpetrator (the
 * canonical values against each other: after canonical values are set).
 */
int rasdp_figure_disputes(struct rasd_incidents *inc, struct rasdp_incident *x,
			  const struct rasdp_vgroups *v, const struct rasdp_accounts *A);
int rasdp_part_disputes(struct rasd_incidents *inc, struct rasdp_incident *x);
int rasdp_event_disputes(struct rasd_incidents *inc, struct rasdp_incident *x);

#endif
