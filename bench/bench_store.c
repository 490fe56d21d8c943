/*
 * bench_store.c - a store of N synthetic incidents (default 100,000) for
 * measuring the review page and the API at scale.
 *
 * Each incident is one report: an extraction line as `rasd extract` writes
 * it (one event at a real place of data/places*.tsv with an ACLED type,
 * one or two actors, and one to three killed figures from different
 * sources, one incident in five disputed) and a short text.  Reports go
 * round the governorates; within a governorate each week holds one report
 * of each event type, so no two reports of one governorate, week and type
 * exist and clustering keeps nearly every report its own incident (100,000
 * reports span some twenty years).  The incidents are then computed as
 * `rasd ingest` does (rasdp_incidents_recompute), and the store records the
 * clustering that made them, so `rasd serve` keeps them.  Nothing of the store is committed to the
 * repository: bench/review-page.sh and the browser test build it fresh.
 *
 * A few reports still join another (about 1.5%), so N + N/60 reports are
 * written for N incidents; the counts are printed.
 *
 * usage: bench_store DB [N] [DATA_DIR]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/buf.h"
#include "extract/engine.h"
#include "incident/recompute.h"
#include "model/model.h"
#include "store/store.h"
#include "bench_util.h"

#define DAY0 9131    /* 1995-01-01 */
#define MAX_PLACES 4096

struct place {
	char id[32], name[96], name_ar[96], kind[24], admin1_id[16], admin1[64];
	double lat, lon;
};

static struct place places[MAX_PLACES];
static size_t nplaces;

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static uint32_t rnd(uint32_t n)
{
	return bench_rnd(&rng, n);
}

static double now(void)
{
	return bench_now();
}

static void ymd(long days, char *out, size_t n)
{
	long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;

	snprintf(out, n, "%04ld-%02ld-%02ld", (y + (m <= 2)) % 10000, m % 100, d % 100);
}

/* The towns and cities of one places TSV (id kind name_en name_ar admin1 admin2 lat lon ...). */
static void read_places(const char *path, int governorates)
{
	FILE *f = fopen(path, "r");
	char line[8192];

	if (!f)
		return;
	while (fgets(line, sizeof(line), f) && nplaces < MAX_PLACES) {
		char *fld[12];
		size_t n = 0;
		char *s = line;

		if (line[0] == '#' || !strncmp(line, "id\t", 3))
			continue;
		while (n < 12) {
			fld[n++] = s;
			s = strchr(s, '\t');
			if (!s)
				break;
			*s++ = '\0';
		}
		if (n < 8)
			continue;
		if (governorates) {
			/* remember governorate names for the admin1 of towns */
			if (!strcmp(fld[1], "governorate")) {
				struct place *p = &places[nplaces++];

				snprintf(p->id, sizeof(p->id), "%s", fld[0]);
				snprintf(p->name, sizeof(p->name), "%s", fld[2]);
				snprintf(p->kind, sizeof(p->kind), "governorate");
			}
			continue;
		}
		if (strcmp(fld[1], "city") && strcmp(fld[1], "town") && strcmp(fld[1], "village") &&
		    strcmp(fld[1], "subdistrict"))
			continue;
		if (!*fld[6] || !*fld[7] || !*fld[4])
			continue;
		{
			struct place *p = &places[nplaces++];
			size_t i;

			snprintf(p->id, sizeof(p->id), "%s", fld[0]);
			snprintf(p->kind, sizeof(p->kind), "%s", fld[1]);
			snprintf(p->name, sizeof(p->name), "%s", fld[2]);
			snprintf(p->name_ar, sizeof(p->name_ar), "%s", fld[3]);
			snprintf(p->admin1_id, sizeof(p->admin1_id), "%s", fld[4]);
			p->lat = atof(fld[6]);
			p->lon = atof(fld[7]);
			for (i = 0; i < nplaces; i++)
				if (!strcmp(places[i].kind, "governorate") && !strcmp(places[i].id, fld[4]))
					snprintf(p->admin1, sizeof(p->admin1), "%s", places[i].name);
		}
	}
	fclose(f);
}

/* The number of places of governorate `gov`. */
static size_t gov_places(const char *gov)
{
	size_t i, n = 0;

	for (i = 0; i < nplaces; i++)
		n += !strcmp(places[i].admin1_id, gov);
	return n ? n : 1;
}

static const char *types[][2] = {
	{ "Battles", "Armed clash" },
	{ "Explosions/Remote violence", "Shelling/artillery/missile attack" },
	{ "Explosions/Remote violence", "Air/drone strike" },
	{ "Explosions/Remote violence", "Remote explosive/landmine/IED" },
	{ "Violence against civilians", "Attack" },
	{ "Strategic developments", "Arrests" },
	{ "Protests", "Peaceful protest" },
};
static const char *actors[][3] = {
	{ "syria_regime", "Syrian government forces", "1" }, { "isis", "Islamic State", "2" },
	{ "hts", "Hayat Tahrir al-Sham", "2" }, { "sdf", "Syrian Democratic Forces", "2" },
	{ "turkey_forces", "Turkish forces", "8" }, { "russia_forces", "Russian forces", "8" },
	{ "sna", "Syrian National Army", "2" }, { "unknown_gunmen", "unidentified gunmen", "3" },
	{ "israel_forces", "Israeli forces", "8" }, { "civilians", "civilians", "7" },
};
static const char *sources[][2] = {
	{ "sohr", "Syrian Observatory for Human Rights" }, { "sana", "SANA" },
	{ "reuters", "Reuters" }, { "local_sources", "local sources" }, { "afp", "AFP" },
};
static const char *outlets[] = {
	"enabbaladi.net", "syriahr.com", "npasyria.com", "aljazeera.net", "aawsat.com",
	"kurdistan24.net", "sana.sy", "alaraby.co.uk", "zamanalwsl.net", "syria.tv",
};

static int claim(char *b, size_t n, int v, const char *q, int src)
{
	return snprintf(b, n, "{\"kind\":\"killed\",\"value\":%d,\"value_hi\":%d,\"qualifier\":\"%s\","
			"\"who\":\"people\",\"denied\":false,\"source\":{\"id\":\"%s\",\"name\":\"%s\","
			"\"kind\":\"monitor\",\"chain\":[\"%s\"],\"span\":[0,5]},\"text\":\"%d\","
			"\"span\":[10,12],\"sentence\":[0,60]}", v, v, q, sources[src][0], sources[src][1],
			sources[src][1], v);
}

int main(int argc, char **argv)
{
	const char *db = argc > 1 ? argv[1] : NULL;
	long want = argc > 2 ? atol(argv[2]) : 100000, n = want + want / 60;
	const char *dir = argc > 3 ? argv[3] : "data";
	static const char *files[] = { "places.tsv", "places-geonames.tsv", "places-extra.tsv" };
	char govs[32][16];
	size_t ngovs = 0, g;
	struct rasd_store *s;
	rasd_engine *e;
	rasd_err err;
	size_t i, ntowns;
	long k;
	double t0, t1, t2;
	int64_t nincs = 0;
	char path[1024];
	struct rasd_buf lb = RASD_BUF_INIT;

	if (!db || want <= 0) {
		fprintf(stderr, "usage: bench_store DB [N] [DATA_DIR]\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/places.tsv", dir);
	read_places(path, 1);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		read_places(path, 0);
	}
	/* the governorate rows were only for the names: keep the towns */
	for (i = 0, ntowns = 0; i < nplaces; i++)
		if (strcmp(places[i].kind, "governorate"))
			places[ntowns++] = places[i];
	nplaces = ntowns;
	if (!nplaces) {
		fprintf(stderr, "bench_store: no places in %s\n", dir);
		return 1;
	}
	for (i = 0; i < nplaces; i++) {
		for (g = 0; g < ngovs && strcmp(govs[g], places[i].admin1_id); g++)
			;
		if (g == ngovs && ngovs < 32)
			snprintf(govs[ngovs++], sizeof(govs[0]), "%s", places[i].admin1_id);
	}
	memset(&err, 0, sizeof(err));
	remove(db);
	s = rasdp_store_open(db, &err);
	if (!s) {
		fprintf(stderr, "bench_store: %s\n", err.msg);
		return 1;
	}
	t0 = now();
	for (k = 0; k < n; k++) {
		/* round the governorates; in each, a week holds one report per type */
		const char *gov = govs[k % (long)ngovs];
		long slot = k / (long)ngovs, ntypes = (long)(sizeof(types) / sizeof(types[0]));
		int ty = (int)(slot % ntypes);
		long day = DAY0 + (slot / ntypes) * 7 + (long)rnd(7);
		size_t p = 0, seen = 0, nth;
		const struct place *pl;
		/* actors and figures change from one report to the next */
		int a1 = (int)((slot * 4) % 9), a2 = (int)((slot * 4 + 5) % 10), nc = 1 + (int)rnd(3);
		int disputed = rnd(5) == 0, base = 1 + (int)(slot * 7 % 97), c, off = 0;
		char date[16], pub[16], id[32], claims[2048], text[512];
		struct rasd_store_rec rec;
		int result;

		/* the governorate's places in turn, so one place recurs as rarely as can be */
		for (i = 0, nth = (size_t)(slot % (long)gov_places(gov)); i < nplaces; i++)
			if (!strcmp(places[i].admin1_id, gov) && seen++ == nth) {
				p = i;
				break;
			}
		pl = &places[p];
		ymd(day, date, sizeof(date));
		ymd(day + 1, pub, sizeof(pub));
		snprintf(id, sizeof(id), "s%07ld", k);
		claims[0] = '\0';
		for (c = 0; c < nc; c++) {
			int v = disputed && c ? base * 2 + c : base;

			if (off)
				off += snprintf(claims + off, sizeof(claims) - off, ",");
			off += claim(claims + off, sizeof(claims) - off, v, c == 2 ? "about" : "exact",
				     (int)((k + c) % 5));
		}
		snprintf(text, sizeof(text), "Synthetic report %ld: %s in %s on %s; %d killed according "
			 "to %s.", k, types[ty][1], pl->name, date, base, sources[k % 5][1]);
		rasd_buf_reset(&lb);
		rasd_buf_addf(&lb,
			 "{\"id\":\"%s\",\"hash\":\"%016lx%016lx\",\"outlet\":\"%s\",\"url\":\"https://example.org/%s\","
			 "\"title\":\"%s in %s\",\"lang\":\"en\",\"published\":\"%s\",\"events\":[{\"n\":0,"
			 "\"event_type\":\"%s\",\"sub_event_type\":\"%s\",\"date\":\"%s\",\"date_last\":\"%s\","
			 "\"date_precision\":\"day\",\"date_text\":\"%s\",\"place\":{\"id\":\"%s\",\"name\":\"%s\","
			 "\"name_ar\":\"%s\",\"kind\":\"%s\",\"admin1\":\"%s\",\"admin1_id\":\"%s\",\"admin2\":null,"
			 "\"lat\":%.4f,\"lon\":%.4f,\"geo_precision\":1,\"span\":[30,40]},\"actors\":["
			 "{\"id\":\"%s\",\"name\":\"%s\",\"inter\":%s,\"role\":\"actor1\",\"span\":[0,3]}%s%s%s%s%s%s%s],"
			 "\"claims\":[%s],\"participants\":[],\"evidence\":[[0,60]]}]}",
			 id, (unsigned long)k * 2654435761UL, (unsigned long)rng, outlets[k % 10], id,
			 types[ty][1], pl->name, pub, types[ty][0], types[ty][1], date, date, date, pl->id,
			 pl->name, pl->name_ar, pl->kind, pl->admin1, pl->admin1_id, pl->lat, pl->lon,
			 actors[a1][0], actors[a1][1], actors[a1][2],
			 a2 != a1 ? ",{\"id\":\"" : "", a2 != a1 ? actors[a2][0] : "",
			 a2 != a1 ? "\",\"name\":\"" : "", a2 != a1 ? actors[a2][1] : "",
			 a2 != a1 ? "\",\"inter\":" : "", a2 != a1 ? actors[a2][2] : "",
			 a2 != a1 ? ",\"role\":\"actor2\",\"span\":[4,8]}" : "", claims);
		if (lb.err) {
			fprintf(stderr, "bench_store: out of memory\n");
			return 1;
		}
		if (rasdp_store_rec_parse(&rec, lb.buf, lb.len, text, strlen(text), &err) ||
		    rasdp_store_put(s, &rec, &result, &err)) {
			fprintf(stderr, "bench_store: %s: %s\n", id, err.msg);
			return 1;
		}
		rasdp_store_rec_release(&rec);
	}
	t1 = now();
	e = rasd_engine_new(dir, &err);
	/* as `rasd ingest`: the store records the clustering its incidents are made by */
	if (!e || rasdp_incidents_check_version(s, rasdp_engine_models(e), NULL, &err) ||
	    rasdp_incidents_recompute(s, rasdp_engine_models(e), NULL, &err) ||
	    rasdp_store_count(s, "incidents", &nincs, &err)) {
		fprintf(stderr, "bench_store: %s\n", err.msg);
		return 1;
	}
	t2 = now();
	rasd_engine_free(e);
	rasdp_store_close(s);
	rasd_buf_release(&lb);
	printf("bench_store: %ld reports at %zu places in %zu governorates stored in %.1f s, %lld incidents computed in %.1f s\n",
	       n, nplaces, ngovs, t1 - t0, (long long)nincs, t2 - t1);
	return 0;
}
