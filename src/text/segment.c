/*
 * segment.c - sentences and tokens over the normalised text, and the
 * clitic-stripped match keys of Arabic words.
 *
 * Tokens are maximal runs of letters of one script (Arabic, or Latin and
 * other alphabets with digits allowed after the first letter: "f35"),
 * digit runs with inner separators between digits ("1,200", "3.5"; a
 * trailing dot is not part), or single punctuation characters.  Each token
 * keeps both its normalised span and, through rasdp_norm_orig(), its original one.
 * Sentences end at . ! ? ؟ … and at a line break, except one in the middle of
 * a sentence of hard-wrapped text (wrap_line()); a period after an
 * abbreviation ("Maj. Gen.", "U.S.", "No. 5") or inside a host name
 * ("enabbaladi.net") does not end one, and closing quotes, brackets and
 * repeated marks stay with the sentence they close.  A semicolon does not
 * end a sentence: in Arabic reporting "؛" mostly joins a clause to the
 * figure it explains.  A blank line starts a new paragraph.
 *
 * Arabic proclitics are split for matching only: each word carries up to
 * RASD_MAX_KEYS suffixes of itself ("والقوات" -> "والقوات", "قوات"), most
 * stripped last, which the matcher tries in turn; a stem always keeps two
 * Arabic letters ("بل" stays whole).  The text itself is never changed.
 */
#include <string.h>

#include "text/text.h"
#include "base/banned.h"

/* Bytes that go on a Latin word in normalised text: lower-case ASCII letters and digits. */
static const uint8_t latin_word_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static int is_arabic_letter(uint32_t cp)
{
	return cp >= 0x0621 && ((cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3) ||
	       (cp >= 0x06FA && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
	       (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC));
}

static int is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	if (is_arabic_letter(cp))
		return 1;
	if (cp == 0xD7 || cp == 0xF7)
		return 0;
	if (cp >= 0xC0 && cp < 0x2000)
		return !(cp >= 0x0600 && cp <= 0x06FF);
	if (cp >= 0x2C00 && cp < 0xD800 && !(cp >= 0x3000 && cp <= 0x303F))
		return 1;
	return 0;
}

/*
 * Latin abbreviations whose period does not end a sentence.  Single letters
 * (the "U." and "S." of U.S.) count too.  "no" is an abbreviation only
 * before a number ("No. 5"), being a word as well.
 */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "capt", "sgt", "st",
	"vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "etc", "inc", "jr", "sr", "prof", "gov", "sen", "rep",
	"brig", "adm", "cmdr", "pvt", "cpl", "rev", "mt", "ft", "approx", "lieut",
	"cmdt", "corp", "ltd", "co", "al", "nos", "fig", NULL
};
#define ABBREV_MAX 6   /* the longest above ("approx", "lieut"): a longer one raises it */

/* Is the Latin word w[0..n) an abbreviation?  `next` is the byte after ". ". */
static int is_abbrev(const char *w, size_t n, int next)
{
	const char *const *a;

	if (n == 1 && w[0] >= 'a' && w[0] <= 'z')
		return 1;
	if (n == 2 && !memcmp(w, "no", 2))
		return next >= '0' && next <= '9';
	if (n > ABBREV_MAX)
		return 0;   /* most words before a period: the list is not walked */
	for (a = abbrevs; *a; a++)
		if ((*a)[0] == w[0] && strlen(*a) == n && !memcmp(*a, w, n))
			return 1;
	return 0;
}

/* Are there two Arabic letters (lead bytes 0xD8..0xDB: U+0600..U+06FF) in w[0..len)? */
static int two_ar_letters(const char *w, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c >= 0xD8 && c <= 0xDB && ++n == 2)
			return 1;
	}
	return 0;
}

#define AL "\xd8\xa7\xd9\x84"      /* ال */
#define LAM "\xd9\x84"              /* ل */

/* Do the two-byte letters at a and b agree (n bytes, 2 or 4)? */
static inline int same_letters(const char *a, const char *b, size_t n)
{
	return a[0] == b[0] && a[1] == b[1] && (n == 2 || (a[2] == b[2] && a[3] == b[3]));
}

static size_t strip_article(const char *w, size_t len, size_t off)
{
	if (len - off >= 4 && same_letters(w + off, AL, 4) && two_ar_letters(w + off + 4, len - off - 4))
		return off + 4;
	return off;
}

int rasdp_token_keys(const char *w, size_t len, uint8_t key[RASD_MAX_KEYS])
{
	static const struct {
		char s[5];
		uint8_t len;
	} prefixes[] = {
		{"\xd9\x88", 2}, {"\xd9\x81", 2}, {"\xd8\xa8", 2}, {"\xd9\x83", 2}, {"\xd9\x84", 2}, /* و ف ب ك ل */
		{"\xd9\x88\xd8\xa8", 4}, {"\xd9\x88\xd9\x83", 4}, {"\xd9\x88\xd9\x84", 4},       /* وب وك ول */
		{"\xd9\x81\xd8\xa8", 4}, {"\xd9\x81\xd9\x84", 4}, {"\xd9\x81\xd9\x83", 4},       /* فب فل فك */
	};
	int n = 0, i;
	size_t k0, p;

	if (len > 250)
		len = 250;
	k0 = strip_article(w, len, 0);
	key[n++] = (uint8_t)k0;
	/* every proclitic starts with one of و ف ب ك ل */
	if (len <= 2 ||
	    !((w[0] == '\xd9' && (w[1] == '\x88' || w[1] == '\x81' || w[1] == '\x83' || w[1] == '\x84')) ||
	      (w[0] == '\xd8' && w[1] == '\xa8')))
		return n;
	for (p = 0; p < sizeof(prefixes) / sizeof(prefixes[0]) && n < RASD_MAX_KEYS; p++) {
		size_t pl = prefixes[p].len, off, j;
		const char *pre = prefixes[p].s;
		int dup = 0;

		if (len <= pl || !same_letters(w, pre, pl) || !two_ar_letters(w + pl, len - pl))
			continue;
		off = pl;
		/* ل + article is written "لل": "للقوات" -> "قوات". */
		if (same_letters(pre + pl - 2, LAM, 2) && len - off >= 2 &&
		    same_letters(w + off, LAM, 2) && two_ar_letters(w + off + 2, len - off - 2))
			off += 2;
		else
			off = strip_article(w, len, off);
		for (j = 0; j < (size_t)n; j++)
			if (key[j] == off)
				dup = 1;
		if (!dup)
			key[n++] = (uint8_t)off;
	}
	/* Most stripped last: keys are suffixes, so sort by offset. */
	for (i = 1; i < n; i++) {
		uint8_t v = key[i];
		int j = i;

		for (; j > 0 && key[j - 1] > v; j--)
			key[j] = key[j - 1];
		key[j] = v;
	}
	return n;
}

size_t rasdp_key_of(const char *w, size_t len, const char **k)
{
	uint8_t key[RASD_MAX_KEYS];

	rasdp_token_keys(w, len, key);
	*k = w + key[0];
	return len - key[0];
}

struct seg {
	struct rasd_doc *d;
	uint32_t sent_tok;      /* first token of the open sentence */
	uint32_t para;
	size_t hint;            /* rasdp_norm_orig()'s, walking forward */
	const char *line;       /* where the current line starts */
	const char *run_last;   /* the last line of the run of wrapped lines `line` is in */
	size_t wrap_hint;       /* rasdp_norm_orig()'s for the lines ahead */
	int run_closes;         /* that run ends with a sentence mark */
	int wrapped;            /* the report is hard-wrapped (hard_wrapped()) */
};

static int close_sentence(struct seg *g)
{
	struct rasd_doc *d = g->d;
	struct rasd_sentence *s;
	uint32_t t;

	if (g->sent_tok >= d->ntoks)
		return 0;
	s = RASD_ARENA_PUSH(&d->arena, d->sents, d->nsents, d->sents_alloc);
	if (!s)
		return RASD_ENOMEM;
	s->tok_start = g->sent_tok;
	s->tok_end = (uint32_t)d->ntoks;
	s->start = d->toks[s->tok_start].start;
	s->end = d->toks[s->tok_end - 1].end;
	s->para = g->para;
	for (t = s->tok_start; t < s->tok_end; t++)
		d->toks[t].sent = (uint32_t)(d->nsents - 1);
	g->sent_tok = (uint32_t)d->ntoks;
	return 0;
}

/* A token of norm bytes [ns, ne); `hint` is the walk's rasdp_norm_orig() hint. */
static struct rasd_token *push_tok(struct rasd_doc *d, size_t ns, size_t ne, uint8_t kind,
				   size_t *hint)
{
	struct rasd_token *t;

	if (d->ntoks < d->toks_alloc) {
		t = &d->toks[d->ntoks++];
		memset(t, 0, sizeof(*t));
	} else {
		t = RASD_ARENA_PUSH(&d->arena, d->toks, d->ntoks, d->toks_alloc);
		if (!t)
			return NULL;
	}
	t->nstart = (uint32_t)ns;
	t->nend = (uint32_t)ne;
	t->start = rasdp_norm_orig(d, ns, hint);
	t->end = rasdp_norm_orig(d, ne, hint);
	/* At the end of the text the map points past dropped white space. */
	while (t->end > t->start && (d->text[t->end - 1] == '\n' || d->text[t->end - 1] == ' ' ||
				     d->text[t->end - 1] == '\r' || d->text[t->end - 1] == '\t'))
		t->end--;
	/* Never let a token's original span run over the next token. */
	if (t->end < t->start)
		t->end = t->start;
	/*
	 * norm_len maps to text_len, past any trailing white space the
	 * normalisation dropped: keep that out of the last token.
	 */
	if (ne == d->norm_len) {
		while (t->end > t->start + 1) {
			unsigned char c = (unsigned char)d->text[t->end - 1];

			if (c == ' ' || (c >= '\t' && c <= '\r'))
				t->end--;
			else if (c == 0xA0 && t->end - t->start >= 3 &&
				 (unsigned char)d->text[t->end - 2] == 0xC2)
				t->end -= 2;
			else
				break;
		}
	}
	t->kind = kind;
	t->sent = (uint32_t)d->nsents;
	t->nkeys = 1;
	return t;
}

/*
 * Decode one code point of the normalised text (valid UTF-8), with fast
 * paths for ASCII and the two-byte Arabic letters that make up most of it.
 */
static inline uint32_t next_cp(const char **pp, const char *end)
{
	const unsigned char *p = (const unsigned char *)*pp;

	if (p[0] < 0x80) {
		*pp += 1;
		return p[0];
	}
	if ((p[0] & 0xE0) == 0xC0 && (const char *)p + 1 < end && (p[1] & 0xC0) == 0x80 &&
	    p[0] >= 0xC2) {
		*pp += 2;
		return ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
	}
	return rasdp_utf8_next(pp, end);
}

/* An upper-case Latin letter (ASCII, Latin-1, Extended-A, Additional). */
static int is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x137)
		return !(cp & 1);
	if (cp >= 0x139 && cp <= 0x148)
		return cp & 1;
	if (cp >= 0x14A && cp <= 0x177)
		return !(cp & 1);
	if (cp >= 0x178 && cp <= 0x17E)
		return cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return !(cp & 1) && !(cp >= 0x1E96 && cp <= 0x1E9F);
	return 0;
}

/* Is the original character at text offset `off` an upper-case letter? */
static int orig_upper_at(const struct rasd_doc *d, uint32_t off)
{
	const char *o = d->text + off;

	if (off < d->text_len && (unsigned char)*o < 0x80)
		return *o >= 'A' && *o <= 'Z';
	return off < d->text_len && is_upper(rasdp_utf8_next(&o, d->text + d->text_len));
}

/* Is the original character behind norm byte `n` an upper-case letter? */
static int orig_upper(const struct rasd_doc *d, size_t n, size_t *hint)
{
	return orig_upper_at(d, rasdp_norm_orig(d, n, hint));
}

static int is_quote_cp(uint32_t cp)
{
	return cp == '"' || cp == '\'';
}

static int is_terminal(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

/*
 * Hard-wrapped text: an outlet that breaks its lines at a fixed width
 * breaks sentences in the middle.  A line of such width (WRAP_MIN to
 * WRAP_MAX characters) that ends with no sentence mark, followed by a line
 * that goes on with a lower-case or Arabic letter or a digit, is one
 * sentence with it, when the run of such lines ends with a sentence mark
 * and the report has at least WRAP_RUN such line breaks.  A
 * blank line, a short line (a headline, a byline) and a line ending with a
 * mark, a colon, a quote or a bracket still end their sentence; so does a
 * line before a bullet or a capitalised word.  A line ending with a comma
 * goes on in any report (comma_line()).
 */
#define WRAP_MIN 40
#define WRAP_MAX 100
#define WRAP_RUN 3

/* Does the line [a, nl) of the norm text end where a wrapped line would go on? */
static int wrap_line(const struct rasd_doc *d, const char *a, const char *nl, const char *end,
		     size_t *hint)
{
	const char *p, *q = nl;
	size_t chars = 0;
	uint32_t cp;

	for (p = a; p < nl; p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	if (chars < WRAP_MIN || chars > WRAP_MAX || nl + 1 >= end)
		return 0;
	while (q > a && q[-1] == ' ')
		q--;
	if (q == a || strchr(".!?:;\"')]}-", q[-1]))
		return 0;
	/* the last character: no mark of Arabic or typography (؟ ؛ … » ”) */
	p = q - 1;
	while (p > a && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	cp = next_cp(&p, q);
	if (cp == 0x61F || cp == 0x61B || cp == 0x2026 || cp == 0xBB || cp == 0x201D)
		return 0;
	p = nl + 1;
	cp = next_cp(&p, end);
	/* the norm text is lower-case: a capital is read from the original */
	return is_arabic_letter(cp) || (cp >= '0' && cp <= '9') ||
	       (cp >= 'a' && cp <= 'z' && !orig_upper(d, (size_t)(nl + 1 - d->norm), hint));
}

/*
 * Does the line [a, nl) end with a comma, the next line going on with a
 * letter or a digit ("... في بلدات طفس،\nوجاسم")?  A comma ends no
 * sentence, in wrapped text or not.
 */
static int comma_line(const char *a, const char *nl, const char *end)
{
	const char *p = nl;
	uint32_t cp;

	while (p > a && p[-1] == ' ')
		p--;
	if (p == a || nl + 1 >= end ||
	    !(p[-1] == ',' || (p - a >= 2 && (unsigned char)p[-2] == 0xD8 && (unsigned char)p[-1] == 0x8C)))
		return 0;
	p = nl + 1;
	cp = next_cp(&p, end);
	return is_letter(cp) || (cp >= '0' && cp <= '9');
}

/* The last character of [a, q) (q > a), before spaces and closing quotes or brackets. */
static uint32_t last_mark(const char *a, const char *q)
{
	const char *p, *lim = q;
	uint32_t cp = 0;

	while (q > a) {
		p = q - 1;
		while (p > a && ((unsigned char)*p & 0xC0) == 0x80)
			p--;
		q = p;
		cp = next_cp(&p, lim);
		if (cp != ' ' && cp != '"' && cp != '\'' && cp != ')' && cp != 0xBB && cp != 0x201D)
			return cp;
	}
	return cp;
}

/*
 * The run of wrapped lines from line `a`: returns the start of its last
 * line (`a` itself when line `a` is not wrapped); *closes says whether that
 * line ends the sentence with a mark.  A list of headlines ("read also")
 * is lines of that width too, but none ends with a mark.
 */
static const char *wrap_run(const struct rasd_doc *d, const char *a, const char *end, size_t *hint,
			    int *closes, int *breaks)
{
	const char *nl;
	uint32_t cp;

	*breaks = 0;
	while ((nl = memchr(a, '\n', (size_t)(end - a))) != NULL && wrap_line(d, a, nl, end, hint)) {
		(*breaks)++;
		a = nl + 1;
	}
	if (!nl)
		nl = end;
	cp = nl > a ? last_mark(a, nl) : 0;
	*closes = is_terminal(cp) || cp == 0x61F;
	return a;
}

/* Is the report hard-wrapped: at least WRAP_RUN lines break in sentences that end with a mark? */
static int hard_wrapped(const struct rasd_doc *d, const char *s, const char *end)
{
	const char *a = s, *last, *nl;
	size_t hint = 0;
	int n = 0, closes, breaks;

	while (a < end) {
		last = wrap_run(d, a, end, &hint, &closes, &breaks);
		if (closes)
			n += breaks;
		if (n >= WRAP_RUN)
			return 1;
		nl = memchr(last, '\n', (size_t)(end - last));
		if (!nl)
			break;
		a = nl + 1;
	}
	return 0;
}

/* Does the sentence go on over the line break at `nl` (the current line ends there)? */
static int line_goes_on(struct seg *g, const char *nl, const char *end)
{
	const char *line = g->line;
	int breaks;

	g->line = nl + 1;
	if (g->wrapped && line >= g->run_last)
		g->run_last = wrap_run(g->d, line, end, &g->wrap_hint, &g->run_closes, &breaks);
	return (g->wrapped && line < g->run_last && g->run_closes) || comma_line(line, nl, end);
}

/* The end of a number starting before `q`: digits, and separators between digits ("1,200", "3.5"). */
static const char *number_end(const char *q, const char *end)
{
	while (q < end) {
		if (*q >= '0' && *q <= '9') {
			q++;
			continue;
		}
		if ((*q == ',' || *q == '.') && q + 1 < end && q[1] >= '0' && q[1] <= '9') {
			q++;
			continue;
		}
		break;
	}
	return q;
}

int rasdp_segment(struct rasd_doc *d)
{
	const char *s = d->norm, *end = d->norm + d->norm_len, *p = s;
	struct seg g;
	int pending_end = 0;   /* a terminal was seen: end after closers */

	memset(&g, 0, sizeof(g));
	g.d = d;
	g.line = g.run_last = s;
	g.wrapped = hard_wrapped(d, s, end);
	while (p < end) {
		const char *start = p;
		uint32_t cp = next_cp(&p, end);

		if (cp == ' ' || cp == '\n') {
			if (pending_end) {
				if (close_sentence(&g))
					return RASD_ENOMEM;
				pending_end = 0;
			}
			if (cp == '\n') {
				if (!line_goes_on(&g, start, end) && close_sentence(&g))
					return RASD_ENOMEM;
				if (p < end && *p == '\n') {
					p++;
					g.para++;
				}
			}
			continue;
		}
		if (pending_end && !is_quote_cp(cp) && cp != ')' && !is_terminal(cp)) {
			if (close_sentence(&g))
				return RASD_ENOMEM;
			pending_end = 0;
		}
		if (is_letter(cp)) {
			const char *q = p;
			struct rasd_token *t;
			int arabic = is_arabic_letter(cp);

			/*
			 * A word is one script: an Arabic run stops at Latin letters
			 * and at digits ("14قتيلا" splits), a Latin run at Arabic
			 * letters but keeps digits after its letters ("f35").
			 */
			while (q < end) {
				const char *r = q;
				uint32_t c;

				/* lower-case ASCII letters and digits go on a Latin word */
				if (!arabic && latin_word_byte[(unsigned char)*q]) {
					q++;
					continue;
				}
				c = next_cp(&r, end);
				if (arabic ? !is_arabic_letter(c) :
				    (is_arabic_letter(c) || (!is_letter(c) && !(c >= '0' && c <= '9'))))
					break;
				q = r;
			}
			t = push_tok(d, (size_t)(start - s), (size_t)(q - s), RASD_TOK_WORD, &g.hint);
			if (!t)
				return RASD_ENOMEM;
			t->flags = arabic ? RASD_TOKF_ARABIC : RASD_TOKF_LATIN;
			/* t->start is the original of t->nstart (push_tok()) */
			if (!arabic && orig_upper_at(d, t->start))
				t->flags |= RASD_TOKF_CAP;
			if (arabic)
				t->nkeys = (uint8_t)rasdp_token_keys(s + t->nstart, t->nend - t->nstart, t->key);
			p = q;
			continue;
		}
		if (cp >= '0' && cp <= '9') {
			const char *q = number_end(p, end);

			if (!push_tok(d, (size_t)(start - s), (size_t)(q - s), RASD_TOK_NUM, &g.hint))
				return RASD_ENOMEM;
			p = q;
			continue;
		}
		/* Punctuation or symbol: one token per character. */
		{
			struct rasd_token *t = push_tok(d, (size_t)(start - s), (size_t)(p - s), RASD_TOK_PUNCT,
							 &g.hint);

			if (!t)
				return RASD_ENOMEM;
			if (is_quote_cp(cp))
				t->flags |= RASD_TOKF_QUOTE;
			if (is_terminal(cp)) {
				int abbrev = 0;

				if (cp == '.' && d->ntoks >= 2) {
					const struct rasd_token *prev = &d->toks[d->ntoks - 2];
					const char *q = p;

					while (q < end && *q == ' ')
						q++;
					if (prev->kind == RASD_TOK_WORD && prev->nend == t->nstart &&
					    (prev->flags & RASD_TOKF_LATIN) &&
					    (is_abbrev(s + prev->nstart, prev->nend - prev->nstart,
						       q < end ? *q : 0) ||
					     /* a host name: "enabbaladi.net", not "killed.The" */
					     (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) &&
					      !orig_upper(d, (size_t)(p - s), &g.hint))))
						abbrev = 1;
				}
				if (!abbrev) {
					t->flags |= RASD_TOKF_SENT_END;
					pending_end = 1;
				}
			}
		}
	}
	if (close_sentence(&g))
		return RASD_ENOMEM;
	return d->arena.failed ? RASD_ENOMEM : 0;
}
