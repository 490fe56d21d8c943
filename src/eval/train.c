/*
 * train.c - `rasd train`: the weights of scored decisions (model.h) fitted
 * from gold records.
 *
 * Training reuses what eval already has: the reports extracted through the
 * public API, the gold records, and the pairing of predicted with gold
 * events.  For each decision it builds labelled choices from them:
 *
 *   - link (are two events one incident?): every pair of events that
 *     clustering compares, labelled "one incident" when the two reports
 *     share a gold incident key and both events are paired with gold
 *     events of its main happening (or with secondary ones at the same
 *     gold location: a wave's town that one report leads with and another
 *     lists); "apart" when the keys differ, or one event is a background
 *     happening or a secondary one elsewhere.  A pair of one incident's
 *     reports the gold does not settle (an event eval pairs with no gold
 *     event: its place or day misread) is left out, except on a report
 *     whose gold tells of one happening that no other event is paired
 *     with: its one unpaired event is that happening.  The choice is
 *     between "apart" (all features 0, score 0) and "join"; the features
 *     the decision fixes (rasdp_link_fixed) keep their weights.
 *   - frame (what kind of event is it, if any?): each report is extracted
 *     again with the events the decision set apart as no violent event
 *     kept, so that eval's pairing of predicted with gold events sees
 *     every event; an event's readings (its candidates) are labelled from
 *     the gold event paired with it (its type and sub-type), and every
 *     event of a report of no violent event has "none" right.  Events
 *     paired with none on reports of events teach nothing.
 *   - background (does a sentence recall another time?): each report is
 *     extracted again and its sentences read as framing reads them; a
 *     sentence holding a span (place, date, figure) of gold events is
 *     labelled background when they are all background events, not when
 *     they are all main or secondary ones.  The choice is between "not"
 *     (all features 0) and "background".
 *   - casualty (which casualty word governs a count?): every count of the
 *     reports whose gold figures carry spans, analysed again; the right
 *     candidates are the words of the kind of the gold figure at the
 *     count's span (counts at no gold figure are left out).
 *   - source (which speaker owns a figure?): every figure rasd gives whose
 *     claim the claim scores pair with a gold claim (same kind and value).
 *     Its report is extracted again with the decision traced, and each of
 *     the figure's candidates is right when it names the gold claim's
 *     source as eval compares sources (the gold source resolved through
 *     the source lexicon; "outlet" through the outlet's domain).  A figure
 *     none of whose candidates is right teaches nothing and is left out.
 *   - place (which place is the event's?): each report is extracted again
 *     and each event's candidate places kept; of those that agree with
 *     the location of the gold event eval pairs it with (as the event
 *     scores judge it: that place or one containing it) the most precise
 *     are right (a governorate that contains the gold's town is not what
 *     the gold says), "no place" never.  Events paired with none, or whose gold has no location or no
 *     candidate agreeing with it, teach nothing.
 *   - disagree (do two figures disagree?): every pair of figures that
 *     reconciliation weighs when a report is reconciled alone (as dispute
 *     precision scores it), labelled a dispute when the pair, as a
 *     dispute of its kind with the figures of both sides, matches a gold
 *     dispute of that report as eval matches them (dispute.c); every
 *     other pair is labelled agreeing.  The choice is between "agree"
 *     (all features 0) and "disagree".
 *   - merge (are two frames of a report one event?): each report is
 *     extracted again recording every merge choice (the next sentence and
 *     the current event, a later frame and an earlier one) with the
 *     sentences of both sides; each sentence holds the gold events whose
 *     place, date or figure span lies in it.  A choice is "one event" when
 *     the later side's gold events are the earlier frame's, or it holds
 *     none (no event of its own), "two" when they share none; an earlier
 *     frame of no gold event, a partial overlap, and a
 *     choice a fixed reason to keep apart settles (another place, day,
 *     kind of violence) are left out.  "Two events" is all features 0.
 *
 * Cross-validation holds incidents apart (train.c in src/model), so the
 * accuracy "after" is measured on incidents the fitted weights never saw;
 * "before" is the starting weights on the same folds.  The final weights
 * are fitted on every choice and written as data/models/<decision>.tsv.
 *
 * The files: train_link.c, train_events.c (frame, background, place, merge) and
 * train_figures.c (casualty, source, disagree) build each decision's
 * choices; this one runs the training.  train_int.h is what they share.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/jsonr.h"
#include "doc.h"
#include "eval/eval.h"
#include "eval/train_int.h"
#include "extract/engine.h"
#include "extract/events_int.h"
#include "extract/extract.h"
#include "incident/incident.h"
#include "io/extraction.h"
#include "lexicon/lexicon.h"
#include "model/model.h"

#include "base/banned.h"
struct wdiff {
	size_t f;
	double d;
};

static int cmp_wdiff(const void *x, const void *y)
{
	const struct wdiff *a = x, *b = y;

	if (fabs(a->d) != fabs(b->d))
		return fabs(a->d) > fabs(b->d) ? -1 : 1;
	return a->f < b->f ? -1 : a->f > b->f;
}

static void explain(struct rasd_buf *b, const struct rasd_decision *d, const unsigned char *fixed,
		    const double *w0, const double *w)
{
	struct wdiff v[64];
	size_t i, n = d->nfeats < 64 ? d->nfeats : 64;

	for (i = 0; i < n; i++) {
		v[i].f = i;
		v[i].d = w[i] - w0[i];
	}
	qsort(v, n, sizeof(*v), cmp_wdiff);
	rasd_buf_addf(b, "  %-26s %9s %9s  %s\n", "feature", "start", "trained", "what");
	for (i = 0; i < n; i++)
		rasd_buf_addf(b, "  %-26s %9.4f %9.4f  %s%s\n", d->feats[v[i].f].name, w0[v[i].f],
			      w[v[i].f], fixed && fixed[v[i].f] ? "(fixed) " : "", d->feats[v[i].f].what);
}

/*
 * Extract a report of the scorer again, as eval did (its text and the
 * metadata its extraction kept), to read what extraction decided inside:
 * a new document the caller frees, or NULL when it cannot be extracted.
 */
rasd_doc *rasdp_train_extract_again(const rasd_engine *e, const struct rasd_extraction *x,
				    const char *text, size_t len, unsigned flags)
{
	rasd_input in;
	rasd_err err;

	memset(&in, 0, sizeof(in));
	memset(&err, 0, sizeof(err));
	in.id = x->id;
	in.outlet = x->outlet;
	in.url = x->url;
	in.lang = x->lang;
	in.published = x->published;
	in.title = x->title;
	in.text = text;
	in.text_len = len;
	return rasd_extract(e, &in, NULL, flags, &err);
}

static rasdp_train_builder_fn *const builders[RASD_DEC__COUNT] = {
	[RASD_DEC_LINK] = rasdp_train_link,
	[RASD_DEC_FRAME] = rasdp_train_frame,
	[RASD_DEC_BACKGROUND] = rasdp_train_background,
	[RASD_DEC_CASUALTY] = rasdp_train_casualty,
	[RASD_DEC_SOURCE] = rasdp_train_source,
	[RASD_DEC_PLACE] = rasdp_train_place,
	[RASD_DEC_DISAGREE] = rasdp_train_disagree,
	[RASD_DEC_MERGE] = rasdp_train_merge,
};

int rasdp_eval_train(struct rasdp_eval *ev, const struct rasd_models *start, unsigned dec,
		     unsigned flags, struct rasd_buf *report, struct rasd_buf *weights)
{
	const struct rasd_model *m0;
	const struct rasd_decision *d;
	struct rasd_buf info = RASD_BUF_INIT;
	struct rasdp_trainset t;
	double *w = NULL, before = 0, after = 0, in0, in1;
	size_t total = 0;
	int rc;

	if (dec >= RASD_DEC__COUNT || !builders[dec])
		return RASD_EINVAL;
	m0 = &start->m[dec];
	d = m0->d;
	rasdp_trainset_init(&t, d);
	rc = builders[dec](ev, start, &t, &info);
	if (!rc)
		rc = rasdp_cross_validate(&t, m0->w, RASDP_CV_FOLDS, &before, &after, &total);
	w = calloc(d->nfeats, sizeof(*w));
	if (!rc && !w)
		rc = RASD_ENOMEM;
	if (!rc)
		rc = rasdp_fit(&t, m0->w, RASDP_FIT_LAMBDA, 0, 0, w);
	if (!rc) {
		in0 = rasdp_accuracy(&t, m0->w, 0, 0, NULL);
		in1 = rasdp_accuracy(&t, w, 0, 0, NULL);
		rasd_buf_addf(report, "%s: %s\n  %zu choices: %s\n", d->name, d->what, t.nchoices,
			      info.buf);
		rasd_buf_addf(report, "  cross-validated accuracy, %d folds by incident: %.3f before, "
			      "%.3f after (%zu choices)\n", RASDP_CV_FOLDS, before, after, total);
		rasd_buf_addf(report, "  accuracy on all training choices: %.3f before, %.3f after\n",
			      in0, in1);
		if (flags & RASDP_TRAIN_EXPLAIN)
			explain(report, d, t.fixed, m0->w, w);
		rc = rasdp_model_write(d, w, "Fitted by `rasd train` from gold records, starting from "
				       "the previous weights.", weights);
	}
	if (!rc)
		rc = report->err ? report->err : info.err;
	rasd_buf_release(&info);
	free(w);
	rasdp_trainset_release(&t);
	return rc;
}
