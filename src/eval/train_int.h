/*
 * train_int.h - what the files of `rasd train` share: train.c (the run:
 * cross-validation, fitting, the report and the weights), and the
 * builders of each decision's labelled choices, train_link.c (link),
 * train_events.c (frame, background, place) and train_figures.c
 * (casualty, source, disagree).  train.c's opening comment says how each
 * decision's choices are labelled.
 *
 * Only the training files include it.
 */
#ifndef RASD_TRAIN_INT_H
#define RASD_TRAIN_INT_H

#include <stddef.h>

#include "base/buf.h"
#include "eval/eval.h"
#include "extract/extract.h"
#include "io/extraction.h"
#include "model/model.h"

/*
 * A builder: the labelled choices of one decision into *t from the eval's
 * reports and gold records, starting from the weights `start`; a line of
 * what was built into *info.  0, or a negative rasd_status.
 */
typedef int rasdp_train_builder_fn(struct rasdp_eval *ev, const struct rasd_models *start,
				   struct rasdp_trainset *t, struct rasd_buf *info);

rasdp_train_builder_fn rasdp_train_link;        /* train_link.c */
rasdp_train_builder_fn rasdp_train_frame;       /* train_events.c */
rasdp_train_builder_fn rasdp_train_background;
rasdp_train_builder_fn rasdp_train_place;
rasdp_train_builder_fn rasdp_train_casualty;    /* train_figures.c */
rasdp_train_builder_fn rasdp_train_source;
rasdp_train_builder_fn rasdp_train_disagree;
rasdp_train_builder_fn rasdp_train_merge;       /* train_events.c */

/*
 * Extract a report of the scorer again, as eval did (its text and the
 * metadata its extraction kept), to read what extraction decided inside:
 * a new document the caller frees, or NULL when it cannot be extracted.
 */
rasd_doc *rasdp_train_extract_again(const rasd_engine *e, const struct rasd_extraction *x,
				    const char *text, size_t len, unsigned flags);

/* Byte offset in `text` (`len` bytes) of code point `cp`, or `len`. */
static inline size_t byte_of_cp(const char *text, size_t len, long cp)
{
	size_t b = 0;

	for (; b < len && cp > 0; b++)
		if (((unsigned char)text[b] & 0xC0) != 0x80 && b > 0)
			cp--;
	while (b < len && ((unsigned char)text[b] & 0xC0) == 0x80)
		b++;
	return b;
}

#endif
