/*
 * gazetteer.c - importing GeoNames country dumps into places TSV, and
 * describing lexicon entries by name.
 *
 * The import reads the whole dump first, because the ADM1 rows that anchor
 * the admin1 codes may come after the places that use them.  For Syria the
 * GeoNames admin1 codes are mapped onto our governorates (OCHA P-codes of
 * places.tsv) by the nearest governorate centroid to each ADM1 point, which
 * needs no hand-kept code table and survives GeoNames renumbering; a code
 * without an ADM1 row falls back to the nearest centroid to the place
 * itself.  Any other country gets its own ADM1/ADM2 rows.
 *
 * Forms are the GeoNames name, ASCII name and those alternate names written
 * wholly in Arabic or Latin script (other scripts, names mixing scripts,
 * airport codes and links are left out); the first alternate name written
 * in the Arabic alphabet itself becomes name_ar.
 *
 * cities500.txt (GeoNames' cities of 500 people or more) has no ADM1 rows:
 * its admin1 codes are named by an admin1 table (data/admin1-geonames.tsv),
 * which becomes the governorate rows (ids and P-codes "YE.25"); a city
 * whose code the table lacks is left out (a province not imported), except
 * GeoNames' "00" (unknown), which takes the nearest admin1 of its country.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon_int.h"

#include "base/banned.h"

#define GN_FIELDS 19
enum {
	GN_ID = 0, GN_NAME = 1, GN_ASCII = 2, GN_ALT = 3, GN_LAT = 4, GN_LON = 5,
	GN_CLASS = 6, GN_CODE = 7, GN_CC = 8, GN_ADMIN1 = 10, GN_ADMIN2 = 11,
	GN_POP = 14,
};

struct gn_row {
	char *f[GN_FIELDS];
	double lat, lon;
	long pop;
};

struct gn_admin {
	const char *code;     /* admin1 (or "admin1.admin2") code */
	const char *id;       /* our id for it */
	double lat, lon;
};

/*
 * Arabic-script name: letters of the Arabic block (U+0600-U+06FF, lead
 * bytes 0xD8-0xDB) with spaces and hyphens, nothing else: GeoNames also
 * lists machine transliterations that mix scripts ("dhۆk", "Khartún -
 * الخرطوم"), which are no one's spelling.  *plain is set when every letter
 * is of the Arabic alphabet itself (U+0600-U+0670), not a Persian or
 * Kurdish letter (پ, ک, ۆ, ە, ێ, ...): only such a name is name_ar.
 */
static int is_arabic(const char *s, int *plain)
{
	const unsigned char *p = (const unsigned char *)s;
	int letters = 0;

	*plain = 1;
	while (*p) {
		if (*p >= 0xD8 && *p <= 0xDB && (p[1] & 0xC0) == 0x80) {
			unsigned cp = ((unsigned)(*p & 0x1F) << 6) | (p[1] & 0x3F);

			if (cp > 0x670)
				*plain = 0;
			letters++;
			p += 2;
		} else if (*p == ' ' || *p == '-') {
			p++;
		} else if (*p == 0xE2 && p[1] == 0x80 && p[2] >= 0x8C && p[2] <= 0x8F) {
			p += 3;   /* zero-width (non-)joiner, direction marks */
		} else {
			return 0;
		}
	}
	return letters >= 2;
}

/*
 * Latin-script name: ASCII letters with spaces, hyphens and apostrophes,
 * plus Latin-1 Supplement, Latin Extended-A/B (lead bytes 0xC3-0xC9) and
 * Latin Extended Additional (E1 B8-BB) letters, as in "Ḩarastā".
 */
static int is_latin(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int letters = 0;

	while (*p) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
			letters++;
			p++;
		} else if (*p < 0x80) {
			if (!strchr(" -'`.", *p))
				return 0;
			p++;
		} else if (*p >= 0xC3 && *p <= 0xC9 && (p[1] & 0xC0) == 0x80) {
			letters++;
			p += 2;
		} else if (*p == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB &&
			   (p[2] & 0xC0) == 0x80) {
			letters++;
			p += 3;
		} else if (*p == 0xCA && (p[1] == 0xBB || p[1] == 0xBC || p[1] == 0xBF)) {
			p += 2;   /* modifier letters used as ayn/hamza */
		} else if (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0x98 || p[2] == 0x99)) {
			p += 3;   /* typographic apostrophes */
		} else {
			return 0;
		}
	}
	return letters >= 3;
}

/*
 * A Latin alternate name without a capital ("syan", "hrbyt") is a machine
 * transliteration of the Arabic, not a spelling anyone writes.
 */
static int has_capital(const char *s)
{
	for (; *s; s++)
		if ((*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0xC3)
			return 1;
	return 0;
}

static double dist2(double lat1, double lon1, double lat2, double lon2)
{
	double dx = (lon1 - lon2) * cos((lat1 + lat2) * 0.5 * M_PI / 180.0);
	double dy = lat1 - lat2;

	return dx * dx + dy * dy;
}

/* Nearest governorate of the lexicon, or -1. */
static int32_t nearest_gov(const struct rasd_lexicon *lx, double lat, double lon)
{
	size_t i;
	int32_t best = -1;
	double bd = 0;

	for (i = 0; lx && i < lx->nplaces; i++) {
		const struct rasd_place *p = &lx->places[i];
		double d;

		if (p->kind != RASD_PLACE_GOVERNORATE || (p->lat == 0 && p->lon == 0))
			continue;
		d = dist2(lat, lon, p->lat, p->lon);
		if (best < 0 || d < bd) {
			best = (int32_t)i;
			bd = d;
		}
	}
	return best;
}

static const char *place_kind(const struct gn_row *r)
{
	const char *code = r->f[GN_CODE];

	if (!strcmp(code, "PPLC") || !strcmp(code, "PPLA") || r->pop >= 50000)
		return "city";
	if (!strcmp(code, "PPLX"))
		return "neighbourhood";
	if (!strcmp(code, "PPLA2") || !strcmp(code, "PPLA3") || r->pop >= 5000)
		return "town";
	return "village";
}

/* Is s[0..n) one of the '|'-separated forms of `list`? */
static int in_forms(const char *list, const char *s, size_t n)
{
	while (list && *list) {
		const char *bar = strchr(list, '|');
		size_t l = bar ? (size_t)(bar - list) : strlen(list);

		if (l == n && !memcmp(list, s, n))
			return 1;
		list = bar ? bar + 1 : NULL;
	}
	return 0;
}

/*
 * Alternate name alt[0..n) (NUL-terminated there) as a form of the row whose
 * forms begin at b->buf + start, unless it is there already or is no
 * spelling (too short, a link, another script); 1 when taken, -1 out of
 * memory.
 */
static int add_alt(struct rasd_buf *b, size_t start, const char *alt, size_t n,
		   const char **name_ar)
{
	int arabic, plain;

	if (b->buf && in_forms(b->buf + start, alt, n))
		return 0;
	if (n < 3 || strchr(alt, '|') || strstr(alt, "://") ||
	    !((arabic = is_arabic(alt, &plain)) || (is_latin(alt) && has_capital(alt))))
		return 0;
	if (arabic && plain && !*name_ar)
		*name_ar = alt;
	return rasd_buf_addch(b, '|') || rasd_buf_add(b, alt, n) ? -1 : 1;
}

/*
 * Forms of a row: name|asciiname|Arabic and Latin alternate names.  An
 * alternate name that joins two spellings with " - " ("Khartún -
 * الخرطوم") gives the last of them.
 */
static int add_forms(struct rasd_buf *b, struct gn_row *r, const char **name_ar)
{
	char *alt = r->f[GN_ALT];
	size_t start = b->len;
	int rc = 0;

	*name_ar = NULL;
	rc |= rasd_buf_adds(b, r->f[GN_NAME]);
	if (*r->f[GN_ASCII] && strcmp(r->f[GN_ASCII], r->f[GN_NAME])) {
		rc |= rasd_buf_addch(b, '|');
		rc |= rasd_buf_adds(b, r->f[GN_ASCII]);
	}
	while (*alt) {
		char *comma = strchr(alt, ',');
		size_t n = comma ? (size_t)(comma - alt) : strlen(alt);
		char save = alt[n];
		int got;

		alt[n] = '\0';
		got = add_alt(b, start, alt, n, name_ar);
		if (!got) {
			const char *dash = strstr(alt, " - "), *next;

			while (dash && (next = strstr(dash + 3, " - ")) != NULL)
				dash = next;
			if (dash)
				got = add_alt(b, start, dash + 3, n - (size_t)(dash + 3 - alt), name_ar);
		}
		rc |= got < 0;
		alt[n] = save;
		if (!comma)
			break;
		alt = comma + 1;
	}
	return rc ? RASD_ENOMEM : 0;
}

/*
 * The next line of `in` that is neither empty nor a '#' comment, without
 * its line end, into *line (getline's buffer); its length, or -1 at the
 * end.  *lineno counts every line read.
 */
static ssize_t data_line(FILE *in, char **line, size_t *cap, long *lineno)
{
	ssize_t got;

	while ((got = getline(line, cap, in)) >= 0) {
		(*lineno)++;
		while (got && ((*line)[got - 1] == '\n' || (*line)[got - 1] == '\r'))
			(*line)[--got] = '\0';
		if (got && (*line)[0] != '#')
			return got;
	}
	return -1;
}

/* Is `cc` one of the comma-separated codes of `list` ("IQ,YE,LY")? */
static int in_list(const char *list, const char *cc)
{
	size_t n = strlen(cc);

	while (*list) {
		const char *comma = strchr(list, ',');
		size_t l = comma ? (size_t)(comma - list) : strlen(list);

		if (l == n && !memcmp(list, cc, n))
			return 1;
		if (!comma)
			break;
		list = comma + 1;
	}
	return 0;
}

/* Read the dump, keeping the rows of `country` (one code or a list). */
static int read_rows(FILE *in, const char *name, const char *country,
		     struct gn_row **rows_out, size_t *nrows_out,
		     char ***lines_out, size_t *nlines_out, rasd_err *err)
{
	struct gn_row *rows = NULL;
	char **lines = NULL;
	size_t nrows = 0, arows = 0, nlines = 0, alines = 0;
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	int rc = 0;

	while (data_line(in, &line, &cap, &lineno) >= 0) {
		struct gn_row r;
		char *s = line, *end;
		size_t n = 0;

		for (;;) {
			char *tab = strchr(s, '\t');

			if (n < GN_FIELDS)
				r.f[n] = s;
			n++;
			if (!tab)
				break;
			*tab = '\0';
			s = tab + 1;
		}
		if (n != GN_FIELDS) {
			rc = rasdp_err(err, RASD_EPARSE, -1, lineno,
				       "%s:%ld: expected %d fields, got %zu", name,
				       lineno, GN_FIELDS, n);
			break;
		}
		if (country && *country && !in_list(country, r.f[GN_CC]))
			continue;
		r.lat = strtod(r.f[GN_LAT], &end);
		if (end == r.f[GN_LAT] || *end) {
			rc = rasdp_err(err, RASD_EPARSE, -1, lineno, "%s:%ld: bad latitude '%s'",
				       name, lineno, r.f[GN_LAT]);
			break;
		}
		r.lon = strtod(r.f[GN_LON], &end);
		if (end == r.f[GN_LON] || *end) {
			rc = rasdp_err(err, RASD_EPARSE, -1, lineno, "%s:%ld: bad longitude '%s'",
				       name, lineno, r.f[GN_LON]);
			break;
		}
		r.pop = strtol(r.f[GN_POP], NULL, 10);
		if (strcmp(r.f[GN_CLASS], "P") && strcmp(r.f[GN_CLASS], "A"))
			continue;
		/* Keep the line's memory: the row points into it. */
		if (nlines == alines) {
			size_t na = alines ? alines * 2 : 1024;
			char **nl = realloc(lines, na * sizeof(*nl));

			if (!nl) {
				rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
				break;
			}
			lines = nl;
			alines = na;
		}
		if (nrows == arows) {
			size_t na = arows ? arows * 2 : 1024;
			struct gn_row *nr = realloc(rows, na * sizeof(*nr));

			if (!nr) {
				rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
				break;
			}
			rows = nr;
			arows = na;
		}
		lines[nlines++] = line;
		rows[nrows++] = r;
		line = NULL;
		cap = 0;
	}
	free(line);
	if (!rc && ferror(in))
		rc = rasdp_err(err, RASD_EIO, -1, 0, "cannot read '%s'", name);
	*rows_out = rows;
	*nrows_out = nrows;
	*lines_out = lines;
	*nlines_out = nlines;
	return rc;
}

static const struct gn_admin *find_admin(const struct gn_admin *a, size_t n,
					 const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(a[i].code, code))
			return &a[i];
	return NULL;
}

/* Is s written in ASCII letters only? */
static int plain_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 0;
	return 1;
}

/*
 * The English name of a row: GeoNames' name when it is plain ASCII (its
 * asciiname may run the words together: "QiryatShmona"), else the
 * asciiname ("Ḩalab" is "Halab"), else the name.
 */
static const char *english_name(const struct gn_row *r)
{
	if (plain_ascii(r->f[GN_NAME]) || !r->f[GN_ASCII][0])
		return r->f[GN_NAME];
	return r->f[GN_ASCII];
}

static int write_row(struct rasd_buf *b, const char *id, const char *kind,
		     struct gn_row *r, const char *a1, const char *a2)
{
	const char *name_ar;
	int rc;

	rc = rasd_buf_addf(b, "%s\t%s\t%s\t", id, kind, english_name(r));
	if (rc)
		return rc;
	/* name_ar comes from the forms; write forms into a second buffer. */
	{
		struct rasd_buf forms = RASD_BUF_INIT;

		rc = add_forms(&forms, r, &name_ar);
		if (!rc) {
			const char *comma = name_ar ? strchr(name_ar, ',') : NULL;
			size_t n = name_ar ? (comma ? (size_t)(comma - name_ar) : strlen(name_ar)) : 0;

			rc = rasd_buf_add(b, name_ar ? name_ar : "", n) ||
			     rasd_buf_addf(b, "\t%s\t%s\t%.5f\t%.5f\t", a1, a2, r->lat, r->lon);
			if (!rc && r->pop > 0)
				rc = rasd_buf_addf(b, "%ld", r->pop);
			if (!rc)
				rc = rasd_buf_addf(b, "\t%s\tGeoNames %s\n", forms.buf, r->f[GN_ID]);
		}
		rasd_buf_release(&forms);
	}
	return rc ? RASD_ENOMEM : 0;
}

int rasdp_geonames_import(FILE *in, const char *name, FILE *out,
			  const char *country, const struct rasd_lexicon *lx,
			  size_t *nrows_out, rasd_err *err)
{
	struct gn_row *rows = NULL;
	char **lines = NULL;
	size_t nrows = 0, nlines = 0, i, nadm1 = 0, nadm2 = 0, written = 0;
	struct gn_admin *adm1 = NULL, *adm2 = NULL;
	struct rasd_buf b = RASD_BUF_INIT;
	struct rasd_arena a;
	int ours, rc;

	rasd_arena_init(&a, NULL, 0);
	if (!country || !*country)
		country = "SY";
	ours = !strcmp(country, "SY") && nearest_gov(lx, 35, 38) >= 0;
	rc = read_rows(in, name, country, &rows, &nrows, &lines, &nlines, err);
	if (rc)
		goto out;
	adm1 = calloc(nrows + 1, sizeof(*adm1));
	adm2 = calloc(nrows + 1, sizeof(*adm2));
	if (!adm1 || !adm2) {
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		goto out;
	}
	/* Administrative areas first: they anchor the codes. */
	for (i = 0; i < nrows; i++) {
		struct gn_row *r = &rows[i];

		if (strcmp(r->f[GN_CLASS], "A"))
			continue;
		if (!strcmp(r->f[GN_CODE], "ADM1")) {
			struct gn_admin *ad = &adm1[nadm1++];

			ad->code = r->f[GN_ADMIN1];
			ad->lat = r->lat;
			ad->lon = r->lon;
			if (ours) {
				ad->id = lx->places[nearest_gov(lx, r->lat, r->lon)].id;
			} else {
				ad->id = rasd_arena_printf(&a, "gn:%s", r->f[GN_ID]);
				rc = write_row(&b, ad->id, "governorate", r, "", "");
				written++;
			}
		} else if (!strcmp(r->f[GN_CODE], "ADM2") && !ours) {
			struct gn_admin *ad = &adm2[nadm2++];

			ad->code = rasd_arena_printf(&a, "%s.%s", r->f[GN_ADMIN1], r->f[GN_ADMIN2]);
			ad->id = rasd_arena_printf(&a, "gn:%s", r->f[GN_ID]);
		}
		if (rc || a.failed) {
			rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
			goto out;
		}
	}
	/* Districts need their governorate, which may be listed later. */
	for (i = 0; !ours && i < nrows; i++) {
		struct gn_row *r = &rows[i];
		const struct gn_admin *g;

		if (strcmp(r->f[GN_CLASS], "A") || strcmp(r->f[GN_CODE], "ADM2"))
			continue;
		g = find_admin(adm1, nadm1, r->f[GN_ADMIN1]);
		rc = write_row(&b, rasd_arena_printf(&a, "gn:%s", r->f[GN_ID]), "district", r,
			       g ? g->id : "", "");
		written++;
		if (rc || a.failed) {
			rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
			goto out;
		}
	}
	for (i = 0; i < nrows; i++) {
		struct gn_row *r = &rows[i];
		const struct gn_admin *g, *d = NULL;
		const char *a1 = "";

		if (strcmp(r->f[GN_CLASS], "P"))
			continue;
		g = find_admin(adm1, nadm1, r->f[GN_ADMIN1]);
		if (g)
			a1 = g->id;
		else if (ours)
			a1 = lx->places[nearest_gov(lx, r->lat, r->lon)].id;
		if (!ours) {
			char *code = rasd_arena_printf(&a, "%s.%s", r->f[GN_ADMIN1], r->f[GN_ADMIN2]);

			d = code ? find_admin(adm2, nadm2, code) : NULL;
		}
		rc = write_row(&b, rasd_arena_printf(&a, "gn:%s", r->f[GN_ID]),
			       place_kind(r), r, a1, d ? d->id : "");
		written++;
		if (rc || a.failed) {
			rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
			goto out;
		}
	}
	if (fprintf(out, "# Places of %s from the GeoNames database (https://www.geonames.org,\n"
		    "# CC BY 4.0), imported by `rasd gazetteer import` from %s.\n"
		    "id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tforms\tsource\n",
		    country, name) < 0 ||
	    fwrite(b.buf, 1, b.len, out) != b.len)
		rc = rasdp_err(err, RASD_EIO, -1, 0, "cannot write the places file");
	*nrows_out = written;
out:
	for (i = 0; i < nlines; i++)
		free(lines[i]);
	free(lines);
	free(rows);
	free(adm1);
	free(adm2);
	rasd_buf_release(&b);
	rasd_arena_release(&a);
	return rc;
}

/* ---- importing with an admin1 table ------------------------------------ */

#define TAB_MAX 8

/* A hand-written TSV table: its rows' first TAB_MAX fields, in its lines. */
struct tab {
	char *(*row)[TAB_MAX];
	char **lines;
	size_t n;
};

static void tab_free(struct tab *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		free(t->lines[i]);
	free(t->lines);
	free(t->row);
	memset(t, 0, sizeof(*t));
}

/* Read table `path` (a header, then rows of `nmin` fields or more; missing ones ""). */
static int read_tab(const char *path, size_t nmin, struct tab *t, rasd_err *err)
{
	FILE *f = fopen(path, "r");
	size_t a = 0, cap = 0;
	char *line = NULL;
	long lineno = 0;
	int header = 1, rc = 0;

	memset(t, 0, sizeof(*t));
	if (!f)
		return rasdp_err(err, RASD_EIO, -1, 0, "cannot open '%s'", path);
	while (data_line(f, &line, &cap, &lineno) >= 0) {
		char *p = line;
		size_t k = 0;

		if (header) {
			header = 0;
			continue;
		}
		if (t->n == a) {
			size_t na = a ? a * 2 : 64;
			char *(*nr)[TAB_MAX] = realloc(t->row, na * sizeof(*nr));
			char **nls = realloc(t->lines, na * sizeof(*nls));

			if (nr)
				t->row = nr;
			if (nls)
				t->lines = nls;
			if (!nr || !nls) {
				rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
				break;
			}
			a = na;
		}
		for (;;) {
			char *tab = strchr(p, '\t');

			if (k < TAB_MAX)
				t->row[t->n][k] = p;
			k++;
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		if (k < nmin) {
			rc = rasdp_err(err, RASD_EPARSE, -1, lineno, "%s:%ld: expected %zu fields or more",
				       path, lineno, nmin);
			break;
		}
		for (; k < TAB_MAX; k++)
			t->row[t->n][k] = line + strlen(line);
		t->lines[t->n++] = line;
		line = NULL;
		cap = 0;
	}
	free(line);
	fclose(f);
	if (rc)
		tab_free(t);
	return rc;
}

struct a1_row {
	const char *cc, *code, *name_en, *name_ar, *forms;
	double lat, lon;
};

/* Read the admin1 table (country code name_en name_ar forms lat lon ...). */
static int read_admin1(const char *path, struct tab *t, struct a1_row **rows_out, rasd_err *err)
{
	struct a1_row *rows;
	size_t i;
	int rc = read_tab(path, 7, t, err);

	if (rc)
		return rc;
	rows = calloc(t->n ? t->n : 1, sizeof(*rows));
	if (!rows) {
		tab_free(t);
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	for (i = 0; i < t->n; i++) {
		char **fld = t->row[i];

		rows[i].cc = fld[0];
		rows[i].code = fld[1];
		rows[i].name_en = fld[2];
		rows[i].name_ar = fld[3];
		rows[i].forms = fld[4];
		rows[i].lat = strtod(fld[5], NULL);
		rows[i].lon = strtod(fld[6], NULL);
	}
	*rows_out = rows;
	return 0;
}

static const struct a1_row *find_a1(const struct a1_row *t, size_t n, const char *cc,
				    const char *code, double lat, double lon)
{
	const struct a1_row *best = NULL;
	double bd = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (strcmp(t[i].cc, cc))
			continue;
		if (!strcmp(code, "00")) {
			double d = dist2(lat, lon, t[i].lat, t[i].lon);

			if (!best || d < bd) {
				best = &t[i];
				bd = d;
			}
		} else if (!strcmp(t[i].code, code)) {
			return &t[i];
		}
	}
	return best;
}

/* A place this large, or a seat of government, is a place wherever it is named. */
#define ALWAYS_POP 10000

/* Columns of the hand table (data/geonames-hand.tsv). */
enum { HAND_ID, HAND_NAME_AR, HAND_ADD, HAND_DROP, HAND_ADMIN1, HAND_COUNTRY, HAND_MATCH, HAND_FIELDS };

/* The hand table's row for GeoNames id `id`, or NULL. */
static char **find_hand(const struct tab *h, const char *id)
{
	size_t i;

	for (i = 0; h && i < h->n; i++)
		if (!strcmp(h->row[i][HAND_ID], id))
			return h->row[i];
	return NULL;
}

/*
 * Forms `forms` edited by hand row `h` into `b`: without the forms it drops
 * (another place's name, an ordinary word), with the forms it adds (the
 * Arabic spellings news write that GeoNames lacks).
 */
static int hand_forms(struct rasd_buf *b, const char *forms, char **h)
{
	const char *lists[2] = { forms, h[HAND_ADD] }, *s;
	int rc = 0, k;

	for (k = 0; k < 2; k++) {
		for (s = lists[k]; s && *s;) {
			const char *bar = strchr(s, '|');
			size_t l = bar ? (size_t)(bar - s) : strlen(s);

			if (l && !in_forms(h[HAND_DROP], s, l) && !in_forms(b->buf, s, l))
				rc |= (b->len && rasd_buf_addch(b, '|')) || rasd_buf_add(b, s, l);
			s = bar ? bar + 1 : NULL;
		}
	}
	return rc ? RASD_ENOMEM : 0;
}

/*
 * Write the row of populated place `r` of admin1 area `g` into `b`, as hand
 * row `h` (or NULL) edits it: its Arabic name, forms, an admin1 area of
 * another file with its country (a place GeoNames files under a country
 * that the gazetteer's own frame holds), and its `match` (a village whose
 * reviewed forms carry their kind word, "مستوطنة المطلة", needs no context).
 */
static int write_a1_place(struct rasd_buf *b, struct gn_row *r, const struct a1_row *g, char **h)
{
	const char *code = r->f[GN_CODE], *name_ar;
	struct rasd_buf forms = RASD_BUF_INIT, edited = RASD_BUF_INIT;
	const char *cc = g->cc, *fs;
	char a1id[64];
	size_t n = 0;
	int always, rc;

	always = r->pop >= ALWAYS_POP || !strcmp(code, "PPLC") || !strcmp(code, "PPLA") ||
		 !strcmp(code, "PPLA2");
	snprintf(a1id, sizeof(a1id), "%s.%s", g->cc, g->code);
	rc = add_forms(&forms, r, &name_ar);
	if (name_ar) {
		const char *comma = strchr(name_ar, ',');

		n = comma ? (size_t)(comma - name_ar) : strlen(name_ar);
	}
	if (h && *h[HAND_NAME_AR]) {
		name_ar = h[HAND_NAME_AR];
		n = strlen(name_ar);
	}
	if (h && *h[HAND_ADMIN1]) {
		snprintf(a1id, sizeof(a1id), "%s", h[HAND_ADMIN1]);
		cc = h[HAND_COUNTRY];
	}
	if (!rc && h)
		rc = hand_forms(&edited, forms.buf, h);
	fs = h ? edited.buf : forms.buf;
	if (!rc)
		rc = rasd_buf_addf(b, "gn:%s\t%s\t%s\t", r->f[GN_ID], place_kind(r),
				   english_name(r)) ||
		     rasd_buf_add(b, name_ar ? name_ar : "", n) ||
		     rasd_buf_addf(b, "\t%s\t\t%.5f\t%.5f\t", a1id, r->lat, r->lon);
	if (!rc && r->pop > 0)
		rc = rasd_buf_addf(b, "%ld", r->pop);
	if (!rc)
		rc = rasd_buf_addf(b, "\t%s\t%s\t%s\t%s\tGeoNames %s%s\n", a1id, cc,
				   h && *h[HAND_MATCH] ? h[HAND_MATCH] : always ? "always" : "context",
				   fs ? fs : "", r->f[GN_ID], h ? ", reviewed" : "");
	rasd_buf_release(&forms);
	rasd_buf_release(&edited);
	return rc;
}

int rasdp_geonames_import_admin1(FILE *in, const char *name, FILE *out,
				 const char *countries, const char *admin1, const char *hand,
				 size_t *nrows_out, rasd_err *err)
{
	struct gn_row *rows = NULL;
	char **lines = NULL;
	struct tab a1t, ht;
	struct a1_row *a1 = NULL;
	size_t nrows = 0, nlines = 0, i, written = 0;
	struct rasd_buf b = RASD_BUF_INIT;
	int rc;

	memset(&ht, 0, sizeof(ht));
	rc = read_admin1(admin1, &a1t, &a1, err);
	if (!rc && hand)
		rc = read_tab(hand, HAND_FIELDS, &ht, err);
	if (!rc)
		rc = read_rows(in, name, countries, &rows, &nrows, &lines, &nlines, err);
	if (rc)
		goto out;
	for (i = 0; i < a1t.n && !rc; i++) {
		if (!in_list(countries, a1[i].cc))
			continue;
		rc = rasd_buf_addf(&b, "%s.%s\tgovernorate\t%s\t%s\t\t\t%.4f\t%.4f\t\t%s.%s\t%s\talways\t%s\t%s\n",
				   a1[i].cc, a1[i].code, a1[i].name_en, a1[i].name_ar, a1[i].lat,
				   a1[i].lon, a1[i].cc, a1[i].code, a1[i].cc, a1[i].forms, admin1);
		written++;
	}
	for (i = 0; i < nrows && !rc; i++) {
		struct gn_row *r = &rows[i];
		const struct a1_row *g;
		char **h;

		if (strcmp(r->f[GN_CLASS], "P"))
			continue;
		g = find_a1(a1, a1t.n, r->f[GN_CC], r->f[GN_ADMIN1], r->lat, r->lon);
		if (!g)
			continue;   /* a province not imported */
		h = find_hand(&ht, r->f[GN_ID]);
		if (h && !strcmp(h[HAND_DROP], "*"))
			continue;   /* reviewed: not imported */
		rc = write_a1_place(&b, r, g, h);
		written++;
	}
	if (rc) {
		rc = rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
		goto out;
	}
	if (fprintf(out, "# Places of %s from the GeoNames database (https://www.geonames.org,\n"
		    "# CC BY 4.0), imported by `rasd gazetteer import --admin1 %s%s%s` from %s.\n"
		    "id\tkind\tname_en\tname_ar\tadmin1\tadmin2\tlat\tlon\tpopulation\tpcode\tcountry\tmatch\tforms\tsource\n",
		    countries, admin1, hand ? " --hand " : "", hand ? hand : "", name) < 0 ||
	    fwrite(b.buf, 1, b.len, out) != b.len)
		rc = rasdp_err(err, RASD_EIO, -1, 0, "cannot write the places file");
	*nrows_out = written;
out:
	for (i = 0; i < nlines; i++)
		free(lines[i]);
	free(lines);
	free(rows);
	free(a1);
	tab_free(&a1t);
	tab_free(&ht);
	rasd_buf_release(&b);
	return rc;
}

static const char *const kind_names[RASD_LEX_NKINDS] = {
	"place", "actor", "source", "trigger", "casualty", "speech", "negation", "group",
};

static int describe(struct rasd_buf *b, const struct rasd_lexicon *lx,
		    enum rasd_lex_kind k, int32_t e)
{
	switch (k) {
	case RASD_LEX_PLACE: {
		const struct rasd_place *p = &lx->places[e];

		return rasd_buf_addf(b, "place\t%s\t%s\t%s\t%s\t%s\t%s\t%.5f\t%.5f\t%u\n",
				     p->id, rasdp_place_kind_name(p->kind), p->name_en, p->name_ar,
				     p->admin1 >= 0 ? lx->places[p->admin1].id : "",
				     p->admin2 >= 0 ? lx->places[p->admin2].id : "",
				     p->lat, p->lon, p->population);
	}
	case RASD_LEX_ACTOR: {
		const struct rasd_actor *a = &lx->actors[e];

		return rasd_buf_addf(b, "actor\t%s\t%u\t%s\t%s\t%s\n", a->id, a->inter,
				     a->name_en, a->name_ar,
				     a->parent >= 0 ? lx->actors[a->parent].id : "");
	}
	case RASD_LEX_SOURCE: {
		const struct rasd_source *s = &lx->sources[e];

		return rasd_buf_addf(b, "source\t%s\t%s\t%s\t%s\n", s->id, s->kind, s->name,
				     s->actor >= 0 ? lx->actors[s->actor].id : "");
	}
	case RASD_LEX_TRIGGER:
		return rasd_buf_addf(b, "trigger\t%u\t%s\t%s\n", lx->triggers[e].weight,
				     lx->triggers[e].event_type,
				     lx->triggers[e].sub_type ? lx->triggers[e].sub_type : "");
	case RASD_LEX_GROUP:
		return rasd_buf_addf(b, "group\t%s\t%s\n", lx->groups[e].id, lx->groups[e].label);
	default:
		return rasd_buf_addf(b, "%s\t%d\n", kind_names[k], (int)e);
	}
}

int rasdp_gazetteer_describe(const struct rasd_lexicon *lx, const char *text,
			     char **out, size_t *out_len)
{
	struct rasd_buf b = RASD_BUF_INIT;
	int32_t hits[64];
	int k, total = 0;

	for (k = 0; k < RASD_LEX_NKINDS; k++) {
		size_t n = rasdp_lex_lookup_all(lx, (enum rasd_lex_kind)k, text,
						strlen(text), hits, 64), i;

		for (i = 0; i < n; i++) {
			if (describe(&b, lx, (enum rasd_lex_kind)k, hits[i])) {
				rasd_buf_release(&b);
				return RASD_ENOMEM;
			}
			total++;
		}
	}
	*out = rasd_buf_detach(&b, out_len);
	return *out ? total : RASD_ENOMEM;
}
