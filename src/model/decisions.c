/*
 * decisions.c - the table of every scored decision, so that the engine
 * loads all their weights together and `rasd train` can fit each.  Each
 * decision's features are defined beside the code that makes the choice.
 */
#include "model/model.h"

extern const struct rasd_decision rasdp_link_decision;   /* incident/cluster_link.c */
extern const struct rasd_decision rasdp_frame_decision;  /* extract/event_type.c */
extern const struct rasd_decision rasdp_background_decision; /* extract/background.c */
extern const struct rasd_decision rasdp_casualty_decision;   /* extract/figures_casualty.c */
extern const struct rasd_decision rasdp_source_decision;  /* extract/source_decision.c */
extern const struct rasd_decision rasdp_place_decision;      /* extract/place_decision.c */
extern const struct rasd_decision rasdp_disagree_decision; /* incident/reconcile_disagree.c */
extern const struct rasd_decision rasdp_merge_decision;    /* extract/merging.c */

const struct rasd_decision *const rasdp_decisions[RASD_DEC__COUNT] = {
	[RASD_DEC_LINK] = &rasdp_link_decision,
	[RASD_DEC_FRAME] = &rasdp_frame_decision,
	[RASD_DEC_BACKGROUND] = &rasdp_background_decision,
	[RASD_DEC_CASUALTY] = &rasdp_casualty_decision,
	[RASD_DEC_SOURCE] = &rasdp_source_decision,
	[RASD_DEC_PLACE] = &rasdp_place_decision,
	[RASD_DEC_DISAGREE] = &rasdp_disagree_decision,
	[RASD_DEC_MERGE] = &rasdp_merge_decision,
};
