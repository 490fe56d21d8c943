/*
 * fuzz_lexcache.c - the start-up cache of the compiled lexicon, read from
 * any bytes.
 *
 * Input: the bytes of a cache file (src/lexicon/lexcache.c).  They go to
 * rasdp_lexcache_parse(), which checks every offset, count and index but
 * not whose cache it is nor its hash (a fuzzer could not forge those, and
 * the loader checks them before this), so what is tested is that no bytes
 * get a lexicon that reads out of bounds: a lexicon that comes back is
 * screened and matched against a report, and looked up by id and name.
 * The corpus starts from the cache of a small data folder.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_int.h"
#include "text/text.h"
#include "base/banned.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char text[] = "قتل 5 مدنيين في قصف على بلدة جاسم، بحسب المرصد السوري. "
				   "Reuters said Russian jets killed 12 people in Daraa on Monday.";
	struct rasd_lexicon *lx;
	struct rasd_doc d;
	char *buf;

	/* the mapping a cache is read into is 16-byte aligned and writable */
	buf = aligned_alloc(16, (size + 15) & ~(size_t)15);
	if (!buf)
		return 0;
	if (size)
		memcpy(buf, data, size);
	lx = rasdp_lexcache_parse(buf, size);
	if (lx) {
		memset(&d, 0, sizeof(d));
		rasd_arena_init(&d.arena, NULL, 0);
		d.text = rasd_arena_strndup(&d.arena, text, sizeof(text) - 1);
		d.text_len = sizeof(text) - 1;
		if (d.text && !rasdp_normalize(&d) && !rasdp_segment(&d) && !rasdp_screen_doc(lx, &d))
			rasdp_match_doc(lx, &d);
		rasd_arena_release(&d.arena);
		rasdp_lex_lookup(lx, RASD_LEX_PLACE, "Daraa", 5);
		rasdp_lex_lookup(lx, RASD_LEX_SOURCE, "المرصد السوري", strlen("المرصد السوري"));
		rasdp_lex_find(lx, RASD_LEX_ACTOR, "isis");
		rasdp_lexicon_free(lx);
	}
	free(buf);
	return 0;
}
