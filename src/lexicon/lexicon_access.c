/*
 * lexicon_access.c - reading a loaded lexicon: entries by kind and index,
 * a governorate of a place, the entries a surface form names, and the
 * source an outlet's web domain names, and the domain key of a host
 * name (lexicon.c loads it); and, once as it is compiled, the voice each
 * actor speaks with, which the entries and the trie decide.
 */
#include <string.h>

#include "lexicon/lexicon_int.h"

#include "base/banned.h"

/*
 * A host name as a domain key into `out` (size n): lower-case, without a
 * scheme, a path, a port or a leading "www."; 0 when it is no host name
 * (no dot, or a character a host name does not have).
 */
size_t rasdp_domain_key(const char *s, size_t len, char *out, size_t n)
{
	const char *p = s, *end = s + len, *q;
	size_t o = 0, dots = 0;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	for (q = p; q + 2 < end; q++)
		if (q[0] == ':' && q[1] == '/' && q[2] == '/') {
			p = q + 3;
			break;
		}
	if (end - p > 4 && (p[0] | 0x20) == 'w' && (p[1] | 0x20) == 'w' && (p[2] | 0x20) == 'w' &&
	    p[3] == '.')
		p += 4;
	for (; p < end && *p != '/' && *p != ':' && *p != '?' && *p != '#'; p++) {
		char c = *p;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
			return 0;
		if (o + 1 >= n)
			return 0;
		dots += c == '.';
		out[o++] = c;
	}
	while (o && out[o - 1] == '.')
		o--;
	out[o] = '\0';
	return dots && o ? o : 0;
}

/* ---- accessors ------------------------------------------------------------ */

size_t rasdp_lex_count(const struct rasd_lexicon *lx, enum rasd_lex_kind k)
{
	switch (k) {
	case RASD_LEX_PLACE: return lx->nplaces;
	case RASD_LEX_ACTOR: return lx->nactors;
	case RASD_LEX_SOURCE: return lx->nsources;
	case RASD_LEX_TRIGGER: return lx->ntriggers;
	case RASD_LEX_CASUALTY: return lx->ncasualty;
	case RASD_LEX_SPEECH: return lx->nspeech;
	case RASD_LEX_NEGATION: return lx->nnegation;
	case RASD_LEX_GROUP: return lx->ngroups;
	default: return 0;
	}
}

const struct rasd_place *rasdp_lex_place(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->places[i];
}

int32_t rasdp_lex_governorate(const struct rasd_lexicon *lx, int32_t p)
{
	const struct rasd_place *pl;

	if (p < 0)
		return -1;
	pl = &lx->places[p];
	return pl->kind == RASD_PLACE_GOVERNORATE ? p : pl->admin1;
}

const struct rasd_actor *rasdp_lex_actor(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->actors[i];
}

const struct rasd_source *rasdp_lex_source(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->sources[i];
}

const struct rasd_trigger *rasdp_lex_trigger(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->triggers[i];
}

const struct rasd_casualty *rasdp_lex_casualty(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->casualty[i];
}

const struct rasd_speech *rasdp_lex_speech(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->speech[i];
}

const struct rasd_negation *rasdp_lex_negation(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->negation[i];
}

int rasdp_lex_negation_apart(const struct rasd_lexicon *lx, size_t i)
{
	return lx->negation[i].kind == RASD_NEG_BACKGROUND || lx->negation[i].kind == RASD_NEG_FUTURE;
}

const struct rasd_group *rasdp_lex_group(const struct rasd_lexicon *lx, size_t i)
{
	return &lx->groups[i];
}

/* Entries of kind `k` at the trie nodes `nodes`, added to out[0..*n). */
static void node_entries(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			 const uint32_t *nodes, size_t nn, int32_t *out, size_t *n, size_t max)
{
	size_t i;

	for (i = 0; i < nn; i++) {
		const struct rasdp_node *nd = &lx->nodes[nodes[i]];
		uint32_t p;

		for (p = nd->pay; p < nd->pay + nd->npay; p++) {
			size_t q;

			if (lx->pays[p].kind != k)
				continue;
			for (q = 0; q < *n && out[q] != (int32_t)lx->pays[p].entry; q++)
				;
			if (q == *n && *n < max)
				out[(*n)++] = (int32_t)lx->pays[p].entry;
		}
	}
}

size_t rasdp_lex_lookup_all(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			    const char *text, size_t len, int32_t *out, size_t max)
{
	uint32_t nodes[16], lnodes[16];
	size_t nn, nl, i, n = 0;

	/* Exact forms first; Latin keys only when no exact form names it. */
	nn = rasdp_trie_walk_text(lx, text, len, nodes, 16, lnodes, &nl);
	node_entries(lx, k, nodes, nn, out, &n, max);
	if (!n)
		node_entries(lx, k, lnodes, nl, out, &n, max);
	/* Lowest index first: the administrative frame, then towns. */
	for (i = 1; i < n; i++) {
		int32_t v = out[i];
		size_t j = i;

		for (; j > 0 && out[j - 1] > v; j--)
			out[j] = out[j - 1];
		out[j] = v;
	}
	return n;
}

/*
 * Does `text` name actor `a` by one of its forms naming no country
 * (actors.tsv `generic`)?  Both are walked through the trie, so a form
 * written with a proclitic or another spelling ("وقوات الأمن") is the same.
 */
int rasdp_actor_generic(const struct rasd_lexicon *lx, int32_t a, const char *text, size_t len)
{
	uint32_t nodes[16], gn[16];
	size_t nn, ng, i, j, n;
	const char *s;

	if (!lx || a < 0 || (size_t)a >= lx->nactors || !lx->actors[a].generic)
		return 0;
	nn = rasdp_trie_walk_text(lx, text, len, nodes, 16, NULL, NULL);
	for (s = lx->actors[a].generic; nn && *s; s += n + (s[n] == '|')) {
		n = strcspn(s, "|");
		ng = rasdp_trie_walk_text(lx, s, n, gn, 16, NULL, NULL);
		for (i = 0; i < nn; i++)
			for (j = 0; j < ng; j++)
				if (nodes[i] == gn[j])
					return 1;
	}
	return 0;
}

int32_t rasdp_lex_outlet_source(const struct rasd_lexicon *lx, const char *outlet)
{
	char key[256];
	const char *p;
	size_t n;

	if (!lx || !outlet || !*outlet)
		return -1;
	n = rasdp_domain_key(outlet, strlen(outlet), key, sizeof(key));
	if (!n) {
		/* a name ("SANA", "Enab Baladi"), not a host */
		if (strchr(outlet, '/') || strchr(outlet, '.'))
			return -1;
		return rasdp_lex_lookup(lx, RASD_LEX_SOURCE, outlet, strlen(outlet));
	}
	/* "english.enabbaladi.net", then "enabbaladi.net"; never a bare "net" */
	for (p = key; strchr(p, '.'); p = strchr(p, '.') + 1) {
		int32_t e = rasdp_lex_find(lx, RASDP_LEX_DOMAIN, p);

		if (e >= 0)
			return e;
	}
	return -1;
}

int32_t rasdp_lex_lookup(const struct rasd_lexicon *lx, enum rasd_lex_kind k,
			 const char *text, size_t len)
{
	int32_t out[64];

	if (!lx || !text)
		return -1;
	return rasdp_lex_lookup_all(lx, k, text, len, out, 64) ? out[0] : -1;
}

/*
 * The voice of each actor that speaks ("the SDF said", "قالت قسد"): a
 * source of it that sources.tsv names by one of the actor's own names
 * ("Syrian Democratic Forces", "Houthis"), the first such; else its first
 * military, else its first government source; -1 when it has none.  Found
 * once by rasdp_lexicon_load(), with the trie finished, and kept in the start-up cache: asked
 * at each speaking actor, it took a lexicon look-up of each of the actor's
 * sources' names.
 */
void rasdp_lex_find_voices(struct rasd_lexicon *lx)
{
	size_t a, i;

	for (a = 0; a < lx->nactors; a++) {
		int32_t mil = -1, gov = -1, own = -1;

		for (i = 0; i < lx->nsources && own < 0; i++) {
			const struct rasd_source *src = &lx->sources[i];

			if (src->actor != (int32_t)a)
				continue;
			if (rasdp_lex_lookup(lx, RASD_LEX_ACTOR, src->name, strlen(src->name)) == (int32_t)a)
				own = (int32_t)i;
			else if (mil < 0 && !strcmp(src->kind, "military"))
				mil = (int32_t)i;
			else if (gov < 0 && !strcmp(src->kind, "government"))
				gov = (int32_t)i;
		}
		lx->actors[a].voice = own >= 0 ? own : mil >= 0 ? mil : gov;
	}
}
