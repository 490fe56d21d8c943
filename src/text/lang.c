/*
 * lang.c - telling Arabic reports from English ones.
 *
 * The test is the share of Arabic letters among all letters: above 30%
 * the report is Arabic, so an Arabic article quoting English names and
 * Twitter handles stays Arabic, while an English one quoting a few Arabic
 * words stays English.  Only the first 64 KiB are looked at; that is
 * plenty to decide and keeps the cost flat for long inputs.
 */
#include "text/text.h"
#include "base/banned.h"

#define LANG_SAMPLE 65536

/* Letters of the Arabic script (base block, supplement, presentation forms). */
static int is_arabic_letter(uint32_t cp)
{
	return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
	       cp == 0x06D5 || (cp >= 0x06FA && cp <= 0x06FF) ||
	       (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08C9) ||
	       (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

/* Latin letters, accented ones included. */
static int is_latin_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	       (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

enum rasd_lang rasdp_detect_lang(const char *s, size_t len)
{
	const char *p = s, *end = s + (len > LANG_SAMPLE ? LANG_SAMPLE : len);
	size_t ar = 0, other = 0;

	while (p < end) {
		unsigned char c = (unsigned char)*p;

		if (c < 0x80) {
			p++;
			if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
				other++;
			continue;
		}
		{
			uint32_t cp = rasdp_utf8_next(&p, end);

			if (is_arabic_letter(cp))
				ar++;
			else if (is_latin_letter(cp))
				other++;
		}
	}
	if (ar + other == 0)
		return RASD_LANG_UNKNOWN;
	return ar * 10 > (ar + other) * 3 ? RASD_LANG_AR : RASD_LANG_EN;
}
