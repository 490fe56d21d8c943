/*
 * testdata.h - what unit tests load from the source tree's data/ folder
 * (they run with the source tree as working directory).
 */
#ifndef RASD_TEST_DATA_H
#define RASD_TEST_DATA_H

#include "rasd.h"

struct rasd_model;

/* An engine of data/, loaded once and kept for the whole test program. */
const rasd_engine *rasdt_engine(void);
/* The link decision's weights of data/ (the engine's). */
const struct rasd_model *rasdt_link_model(void);
/* Every decision's weights, as the engine loaded them. */
struct rasd_models;
const struct rasd_models *rasdt_models(void);
/*
 * The input of report `text` (language `lang`, published `published` or
 * NULL, outlet `outlet` or NULL), the rest unset (a title, options).
 */
rasd_input rasdt_input(const char *lang, const char *published, const char *outlet,
		       const char *text);
/*
 * Extract input `in` with `flags` (RASD_EXTRACT_*) with the engine of
 * data/; NULL, the error printed, when extraction fails.
 */
rasd_doc *rasdt_extract_in(const rasd_input *in, unsigned flags);
/* rasdt_extract_in() of rasdt_input(lang, published, outlet, text), no flags. */
rasd_doc *rasdt_extract(const char *lang, const char *published, const char *outlet,
			const char *text);
/* Remove the files of the folder `dir`, then the folder (no subfolders). */
void rasdt_remove_dir(const char *dir);

#endif
