/*
 * cues.h - a set of cue classes (enum rasd_cue, data/cues.tsv), the type
 * a word's classes and a token's interned classes are kept in.
 *
 * The width is chosen once here: RASD_CUE_WORDS 64-bit words, so
 * RASD_CUE_BITS classes; lexicon.h asserts the enum fits.  Class q is bit
 * q % 64 of word q / 64.  Three words leave room for 192 classes (two held
 * 128, one short of the enum with `near`); a wider set costs every cue
 * word of the screen's table (screen.c) and every mask a document interns.  Bits at or
 * past RASD_CUE__COUNT are never set (RASD_CUE_DUAL is a flag of its own
 * in the cue slot, never a bit of a set).
 *
 * Kept apart from lexicon.h so that doc.h, which holds a document's
 * interned sets, need not see the lexicon.
 */
#ifndef RASD_LEXICON_CUES_H
#define RASD_LEXICON_CUES_H

#include <stdint.h>

#define RASD_CUE_WORDS 3
#define RASD_CUE_BITS (64 * RASD_CUE_WORDS)

/* A set of cue classes: class q is bit (q & 63) of w[q >> 6]. */
struct rasdp_cues {
	uint64_t w[RASD_CUE_WORDS];
};

/* Is class q in *m?  q < RASD_CUE_BITS. */
static inline int rasdp_cues_has(const struct rasdp_cues *m, unsigned q)
{
	return (int)((m->w[q >> 6] >> (q & 63)) & 1);
}

/* Add class q to *m.  q < RASD_CUE_BITS. */
static inline void rasdp_cues_set(struct rasdp_cues *m, unsigned q)
{
	m->w[q >> 6] |= (uint64_t)1 << (q & 63);
}

/* Add the classes of *a to *m. */
static inline void rasdp_cues_or(struct rasdp_cues *m, const struct rasdp_cues *a)
{
	unsigned i;

	for (i = 0; i < RASD_CUE_WORDS; i++)
		m->w[i] |= a->w[i];
}

/* Is *m empty? */
static inline int rasdp_cues_none(const struct rasdp_cues *m)
{
	uint64_t any = 0;
	unsigned i;

	for (i = 0; i < RASD_CUE_WORDS; i++)
		any |= m->w[i];
	return !any;
}

/* Have *a and *b a class in common? */
static inline int rasdp_cues_meet(const struct rasdp_cues *a, const struct rasdp_cues *b)
{
	uint64_t both = 0;
	unsigned i;

	for (i = 0; i < RASD_CUE_WORDS; i++)
		both |= a->w[i] & b->w[i];
	return both != 0;
}

/* Do *a and *b hold the same classes? */
static inline int rasdp_cues_equal(const struct rasdp_cues *a, const struct rasdp_cues *b)
{
	uint64_t diff = 0;
	unsigned i;

	for (i = 0; i < RASD_CUE_WORDS; i++)
		diff |= a->w[i] ^ b->w[i];
	return !diff;
}

/* Has *m no class but (maybe) q: "a plain word" apart from class q? */
static inline int rasdp_cues_none_but(const struct rasdp_cues *m, unsigned q)
{
	struct rasdp_cues o = *m;

	o.w[q >> 6] &= ~((uint64_t)1 << (q & 63));
	return rasdp_cues_none(&o);
}

/*
 * A hash of *m, for a table of sets (screen.c interns a document's): the
 * words folded, each turned by its own amount, then one multiply (high
 * bits good, the low ones not).  A set of the first word alone hashes as
 * that word did when a set was one word.
 */
static inline uint64_t rasdp_cues_hash(const struct rasdp_cues *m)
{
	uint64_t x = m->w[0];
	unsigned i;

	for (i = 1; i < RASD_CUE_WORDS; i++) {
		unsigned r = (29 * i) & 63;

		x ^= r ? m->w[i] << r | m->w[i] >> (64 - r) : m->w[i];
	}
	return x * 0x9E3779B97F4A7C15ull;
}

#endif
