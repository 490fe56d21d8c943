/*
 * engine.h - what the command line may ask an engine beyond rasd.h.
 *
 * This header depends on rasd.h only, like lexicon/gazetteer.h, so src/cli/
 * may include it without the private document model.  The engine owns its
 * compiled lexicon; the lexicon module knows nothing of engines.
 */
#ifndef RASD_ENGINE_H
#define RASD_ENGINE_H

#include "rasd.h"

struct rasd_lexicon;

/* The compiled lexicon of an engine (owned by the engine), or NULL for NULL. */
const struct rasd_lexicon *rasdp_engine_lexicon(const rasd_engine *e);

struct rasd_models;
/* The weights of the scored decisions (data/models/, owned by the engine), or NULL for NULL. */
const struct rasd_models *rasdp_engine_models(const rasd_engine *e);

#endif
