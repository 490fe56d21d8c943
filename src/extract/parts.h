/*
 * parts.h - a report longer than the window read as consecutive parts
 * (parts.c), private to librasd.
 */
#ifndef RASD_EXTRACT_PARTS_H
#define RASD_EXTRACT_PARTS_H

#include <stddef.h>

#include "doc.h"

/*
 * The default window, bytes of text read as one document.  A part's peak
 * is about 35 MB over the engine for the worst kind of adversarial report
 * (bench/adversarial.sh `dates`, 1 MB), so one part and the joined result
 * of a 16 MiB report stay well under 100 MB.
 */
#define RASDP_WINDOW ((size_t)1 << 20)

/*
 * The end of the part of `text` (of `len` bytes) that starts at `start`,
 * for a window of `window` bytes: `len` when the rest fits; else just after
 * the last paragraph break ("\n\n") in the window's second half, else after
 * the last sentence end (a newline, or . ! ? ؟ … before a space), else
 * after the last space, else at the last character boundary.  Always more
 * than `start` and never inside a UTF-8 character.
 */
size_t rasdp_part_end(const char *text, size_t len, size_t start, size_t window);

/*
 * Stages 1-6 on each part of `d`'s text in turn, joined into `d`: events
 * with their spans into the whole text, the sentences and dates they name,
 * and with RASD_EXTRACT_MENTIONS the numbers, dates and matches.  Each
 * part's document is freed before the next is read.  0 or RASD_ENOMEM.
 */
int rasdp_extract_parts(struct rasd_doc *d, size_t window);

/* Stages 1-6 on a document whose text and metadata are set (pipeline.c). */
int rasdp_doc_analyse(struct rasd_doc *d);

#endif
