/*
 * bench_cluster.c - throughput and quality of incident clustering on
 * synthetic reports, at scale and incrementally.
 *
 * Generates N events (default 1,000,000) as `rasd extract` would report
 * them: incidents at random towns over ten years, each told by 1-5 reports
 * that vary the way real ones do (the governorate instead of the town, a
 * day off, month-precision or missing dates, missing types and actors,
 * "about"/"at least" figures from different sources).  The world grows
 * with N so that its density stays that of a million events in Syria: 14
 * governorates of 6 districts of 40 towns per million events.  Events go
 * into the collection through the same loader as `rasd extract` lines
 * (rasdp_incidents_add_extraction()), without the JSON; the JSON loading
 * rate is measured on a sample of LOAD_SAMPLE lines.
 *
 * Prints, with wall and CPU seconds (user + system of every thread): the
 * loading rate; clustering and reconciliation of the N events on THREADS
 * threads (default: every core); B-cubed precision and recall against the
 * generated truth; adding INC more events (default 10,000) to the N
 * clustered ones (rasdp_incidents_cluster_more()) and, with FULL_CHECK=1,
 * how that partition agrees with clustering all N + INC afresh; peak RSS;
 * then clusters the first SUBSET events both with blocking and by scoring
 * all pairs, and prints the time ratio and whether the partitions agree.
 *
 * The link and disagree decisions' weights are loaded from the source
 * tree's data/models (or $RASD_DATA/models), as the engine loads them:
 * clustering fails without them.
 *
 * usage: bench_cluster [N] [SUBSET] [INC]
 * environment: THREADS, FULL_CHECK, LOAD_SAMPLE (default 100000), RASD_DATA,
 * PLACELESS (the percentage of reports that name no place, default 0:
 * those meet the placed events of their sides, see cluster.c)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "incident/incident.h"
#include "io/extraction.h"
#include "model/model.h"
#include "bench_util.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static struct rasd_model link_model, disagree_model;
static int placeless;   /* percent of reports without a place */

static uint32_t rnd(uint32_t n)
{
	return bench_rnd(&rng, n);
}

static double now(void)
{
	return bench_now();
}

static double cpu(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
	       (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static void ymd(int64_t days, char *out, size_t n)
{
	/* Civil from days (Howard Hinnant's algorithm). */
	int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = (int64_t)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp + 2) / 5 + 1;
	unsigned m = mp < 10 ? mp + 3 : mp - 9;

	snprintf(out, n, "%04d-%02d-%02d", (int)(y + (m <= 2)) % 10000, (int)(m % 13), (int)(d % 32));
}

static const char *types[6][2] = {
	{ "Battles", "Armed clash" },
	{ "Explosions/Remote violence", "Shelling/artillery/missile attack" },
	{ "Explosions/Remote violence", "Air/drone strike" },
	{ "Explosions/Remote violence", "Remote explosive/landmine/IED" },
	{ "Violence against civilians", "Attack" },
	{ "Strategic developments", "Arrests" },
};
static const char *quals[] = { "exact", "about", "at_least" };

#define DISTRICTS 6
#define TOWNS 40
#define SPAN_DAYS 3650
#define DAY0 16000   /* 2013-10-22 */

static uint32_t govs = 14;    /* 14 per million events */

/* The strings of one generated report, and its extraction pointing into them. */
struct report {
	char id[32], outlet[32], pub[16], date[16], last[16];
	char pid[16], pname[24], a1name[16], a1id[16], a2name[24];
	char act[2][16], actname[2][16], srcid[16], srcname[24];
	struct rasd_ex_place place;
	struct rasd_ex_actor actors[2];
	struct rasd_ex_claim claim;
	struct rasd_ex_event ev;
	struct rasd_extraction x;
};

/* One report of an incident. */
static void report(struct report *r, size_t doc, uint32_t town, int64_t day, int type, int a1,
		   int a2, int killed)
{
	uint32_t gov = town / (DISTRICTS * TOWNS), dist = (town / TOWNS) % DISTRICTS;
	int64_t d = day;
	int p;

	memset(r, 0, sizeof(*r));
	snprintf(r->id, sizeof(r->id), "doc%zu", doc);
	snprintf(r->outlet, sizeof(r->outlet), "outlet%u.com", rnd(200));
	r->x.id = r->id;
	r->x.outlet = r->outlet;
	r->x.has_events = 1;
	r->x.events = &r->ev;
	r->x.nevents = 1;
	r->ev.n = 0;
	/* Place: the town, the governorate, or a neighbouring town. */
	p = (int)rnd(100);
	snprintf(r->a1name, sizeof(r->a1name), "Gov %u", gov);
	snprintf(r->a1id, sizeof(r->a1id), "SY%02u", gov);
	r->place.name = r->pname;
	r->place.admin1 = r->a1name;
	r->place.admin1_id = r->a1id;
	r->place.span.start = r->place.span.end = -1;
	if (p < 85 || p >= 95) {
		uint32_t t = p < 85 ? town : town - town % TOWNS + rnd(TOWNS);

		snprintf(r->pid, sizeof(r->pid), "t%u", t);
		snprintf(r->pname, sizeof(r->pname), "Town %u", t);
		snprintf(r->a2name, sizeof(r->a2name), "Dist %u-%u", gov, dist);
		r->place.id = r->pid;
		r->place.kind = "town";
		r->place.admin2 = r->a2name;
		r->place.lat = 32.0 + t * 0.001;
		r->place.lon = 36.0 + t * 0.001;
		r->place.has_ll = 1;
		r->place.geo_precision = 1;
	} else {
		r->place.id = r->a1id;
		snprintf(r->pname, sizeof(r->pname), "Gov %u", gov);
		r->place.kind = "governorate";
		r->place.geo_precision = 3;
	}
	r->ev.place = placeless && (int)rnd(100) < placeless ? NULL : &r->place;
	/* Date: the day, a day off, the month, or none. */
	p = (int)rnd(100);
	if (p < 80) {
		if (p >= 70)
			d += rnd(2) ? 1 : -1;
		ymd(d, r->date, sizeof(r->date));
		memcpy(r->last, r->date, sizeof(r->last));
		r->ev.date_precision = "day";
		r->ev.date = r->date;
		r->ev.date_last = r->last;
	} else if (p < 90) {
		ymd(day - (day % 30), r->date, sizeof(r->date));
		ymd(day - (day % 30) + 29, r->last, sizeof(r->last));
		r->ev.date_precision = "month";
		r->ev.date = r->date;
		r->ev.date_last = r->last;
	}
	ymd(day + rnd(3), r->pub, sizeof(r->pub));
	r->x.published = r->pub;
	if (rnd(100) < 80) {
		struct rasd_ex_actor *a = &r->actors[r->ev.nactors++];

		snprintf(r->act[0], sizeof(r->act[0]), "a%d", a1);
		snprintf(r->actname[0], sizeof(r->actname[0]), "Actor %d", a1);
		a->id = r->act[0];
		a->name = r->actname[0];
		a->role = "actor1";
	}
	if (rnd(100) < 50) {
		struct rasd_ex_actor *a = &r->actors[r->ev.nactors++];

		snprintf(r->act[1], sizeof(r->act[1]), "a%d", a2);
		snprintf(r->actname[1], sizeof(r->actname[1]), "Actor %d", a2);
		a->id = r->act[1];
		a->name = r->actname[1];
		a->role = "actor2";
	}
	r->ev.actors = r->actors;
	if (killed >= 0 && rnd(100) < 90) {
		int q = rnd(100) < 60 ? 0 : rnd(2) ? 1 : 2;
		int v = q == 2 && killed > 2 ? killed - (int)rnd(3) : killed;

		r->claim.kind = "killed";
		r->claim.has_value = 1;
		r->claim.value = r->claim.value_hi = v;
		r->claim.qualifier = quals[q];
		r->claim.who = "people";
		snprintf(r->srcid, sizeof(r->srcid), "s%u", rnd(20));
		snprintf(r->srcname, sizeof(r->srcname), "Source %u", rnd(20));
		r->claim.source.present = 1;
		r->claim.source.id = r->srcid;
		r->claim.source.name = r->srcname;
		r->ev.claims = &r->claim;
		r->ev.nclaims = 1;
	}
	if (rnd(100) < 90) {
		r->ev.event_type = types[type][0];
		r->ev.sub_event_type = types[type][1];
	}
}

/* The same report as a `rasd extract` JSON line. */
static int report_json(const struct report *r, char *buf, size_t n)
{
	char place[512], dfield[128], actors[256], claims[512], tfield[160];
	size_t i;
	int len = 0;

	if (r->place.geo_precision == 1)
		snprintf(place, sizeof(place),
			 "{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"town\",\"admin1\":\"%s\","
			 "\"admin1_id\":\"%s\",\"admin2\":\"%s\",\"lat\":%.3f,\"lon\":%.3f,\"geo_precision\":1}",
			 r->pid, r->pname, r->a1name, r->a1id, r->a2name, r->place.lat, r->place.lon);
	else
		snprintf(place, sizeof(place),
			 "{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"governorate\",\"admin1\":\"%s\","
			 "\"admin1_id\":\"%s\",\"admin2\":null,\"geo_precision\":3}",
			 r->a1id, r->pname, r->a1name, r->a1id);
	if (r->ev.date)
		snprintf(dfield, sizeof(dfield), "\"date\":\"%s\",\"date_last\":\"%s\",\"date_precision\":\"%s\"",
			 r->ev.date, r->ev.date_last, r->ev.date_precision);
	else
		snprintf(dfield, sizeof(dfield), "\"date\":null,\"date_last\":null,\"date_precision\":null");
	actors[0] = 0;
	for (i = 0; i < r->ev.nactors; i++)
		len += snprintf(actors + len, sizeof(actors) - (size_t)len,
				"%s{\"id\":\"%s\",\"name\":\"%s\",\"role\":\"%s\"}", i ? "," : "",
				r->actors[i].id, r->actors[i].name, r->actors[i].role);
	claims[0] = 0;
	if (r->ev.nclaims)
		snprintf(claims, sizeof(claims),
			 "{\"kind\":\"killed\",\"value\":%lld,\"value_hi\":%lld,\"qualifier\":\"%s\",\"who\":\"people\","
			 "\"denied\":false,\"source\":{\"id\":\"%s\",\"name\":\"%s\",\"chain\":[]}}",
			 (long long)r->claim.value, (long long)r->claim.value_hi, r->claim.qualifier,
			 r->srcid, r->srcname);
	if (r->ev.event_type)
		snprintf(tfield, sizeof(tfield), "\"event_type\":\"%s\",\"sub_event_type\":\"%s\"",
			 r->ev.event_type, r->ev.sub_event_type);
	else
		snprintf(tfield, sizeof(tfield), "\"event_type\":null,\"sub_event_type\":null");
	return snprintf(buf, n,
			"{\"id\":\"%s\",\"outlet\":\"%s\",\"published\":\"%s\",\"events\":[{\"n\":0,"
			"%s,%s,\"place\":%s,\"actors\":[%s],\"claims\":[%s],\"participants\":[]}]}",
			r->id, r->outlet, r->pub, tfield, dfield, place, actors, claims);
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

/* B-cubed precision and recall of clusters `c` against `t` (n labels each). */
static void bcubed_labels(const uint64_t *c, const uint64_t *t, size_t n, double *p, double *r)
{
	uint64_t *ct = malloc(n * sizeof(*ct)), *cc = malloc(n * sizeof(*cc)), *tt = malloc(n * sizeof(*tt));
	size_t i, j;
	double sp = 0, sr = 0;

	for (i = 0; i < n; i++) {
		ct[i] = c[i] << 32 | t[i];
		cc[i] = c[i];
		tt[i] = t[i];
	}
	qsort(ct, n, sizeof(*ct), cmp_u64);
	qsort(cc, n, sizeof(*cc), cmp_u64);
	qsort(tt, n, sizeof(*tt), cmp_u64);
	/* sum over events of |C∩T|/|C| = sum over (C,T) cells of |C∩T|^2/|C|. */
	for (i = 0; i < n; i = j) {
		uint64_t cl = ct[i] >> 32, tl = ct[i] & 0xFFFFFFFF;
		size_t both, lc, lt;
		uint64_t *q;

		for (j = i + 1; j < n && ct[j] == ct[i]; j++)
			;
		both = j - i;
		q = bsearch(&cl, cc, n, sizeof(*cc), cmp_u64);
		while (q > cc && q[-1] == cl)
			q--;
		for (lc = 0; q + lc < cc + n && q[lc] == cl; lc++)
			;
		q = bsearch(&tl, tt, n, sizeof(*tt), cmp_u64);
		while (q > tt && q[-1] == tl)
			q--;
		for (lt = 0; q + lt < tt + n && q[lt] == tl; lt++)
			;
		sp += (double)both * both / (double)lc;
		sr += (double)both * both / (double)lt;
	}
	*p = sp / (double)n;
	*r = sr / (double)n;
	free(ct);
	free(cc);
	free(tt);
}

/* The incident of every event of `inc` (one event per document, in order). */
static uint64_t *labels(struct rasd_incidents *inc, size_t n)
{
	uint64_t *c = malloc(n * sizeof(*c));
	size_t i;

	for (i = 0; i < n; i++)
		c[i] = (uint64_t)rasdp_incidents_cluster_of(inc, i, 0);
	return c;
}

/* The generator's state: the incident being told, and the truth so far. */
struct gen {
	uint32_t town, t;
	int64_t day;
	int type, a1, a2, killed, left;
	uint64_t *truth;
	size_t n, alloc;
};

static void next_report(struct gen *g, struct report *r)
{
	if (!g->left) {
		g->town = rnd(govs * DISTRICTS * TOWNS);
		g->day = DAY0 + rnd(SPAN_DAYS);
		g->type = (int)rnd(6);
		g->a1 = (int)rnd(30);
		g->a2 = (int)rnd(30);
		g->killed = rnd(100) < 80 ? (int)rnd(rnd(100) < 80 ? 10 : 60) : -1;
		g->left = 1 + (int)rnd(5);
		g->t++;
	}
	report(r, g->n, g->town, g->day, g->type, g->a1, g->a2, g->killed);
	if (g->n == g->alloc) {
		g->alloc = g->alloc ? 2 * g->alloc : 1 << 20;
		g->truth = realloc(g->truth, g->alloc * sizeof(*g->truth));
	}
	g->truth[g->n++] = g->t;
	g->left--;
}

static void add(struct rasd_incidents *inc, struct report *r)
{
	rasd_err err;

	memset(&err, 0, sizeof(err));
	if (rasdp_incidents_add_extraction(inc, &r->x, NULL, &err)) {
		fprintf(stderr, "bench: cannot add %s: %s\n", r->id, err.msg);
		exit(1);
	}
}

static struct rasd_incidents *collection(int threads)
{
	struct rasd_incidents *inc = rasdp_incidents_new();

	rasdp_incidents_set_link(inc, &link_model);
	rasdp_incidents_set_disagree(inc, &disagree_model);
	rasdp_incidents_set_threads(inc, threads);
	return inc;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
	size_t subset = argc > 2 ? strtoul(argv[2], NULL, 10) : 5000;
	size_t more = argc > 3 ? strtoul(argv[3], NULL, 10) : 10000;
	size_t sample = getenv("LOAD_SAMPLE") ? strtoul(getenv("LOAD_SAMPLE"), NULL, 10) : 100000;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int threads = getenv("THREADS") ? atoi(getenv("THREADS")) : (int)(cores > 0 ? cores : 1);
	struct rasd_incidents *big, *small;
	struct report r;
	struct gen g;
	struct rusage ru;
	double t0, c0, load_s, load_c, cl_s, cl_c, inc_s, inc_c, blk_s, all_s, p, rc;
	uint64_t *lab, blk_pairs;
	size_t i, nincs;
	char line[4096];

	placeless = getenv("PLACELESS") ? atoi(getenv("PLACELESS")) : 0;
	if (subset > n)
		subset = n;
	if (n > 1000000)
		govs = (uint32_t)(14 * ((n + 999999) / 1000000));
	/* the link decision's weights, as the engine loads them */
	{
		rasd_err err;
		const char *dir = getenv("RASD_DATA") ? getenv("RASD_DATA") : "data";

		memset(&err, 0, sizeof(err));
		if (rasdp_model_load(&link_model, rasdp_decisions[RASD_DEC_LINK], dir, &err) ||
		    rasdp_model_load(&disagree_model, rasdp_decisions[RASD_DEC_DISAGREE], dir, &err)) {
			fprintf(stderr, "bench: %s (run from the source tree or set RASD_DATA)\n", err.msg);
			return 1;
		}
	}
	memset(&g, 0, sizeof(g));

	/* JSON loading, on a sample of its own */
	if (sample) {
		struct rasd_incidents *js = collection(1);
		struct gen gs;
		uint64_t saved = rng;

		memset(&gs, 0, sizeof(gs));
		t0 = now();
		c0 = cpu();
		for (i = 0; i < sample; i++) {
			int len;
			rasd_err err;

			next_report(&gs, &r);
			len = report_json(&r, line, sizeof(line));
			memset(&err, 0, sizeof(err));
			if (rasdp_incidents_add_line(js, line, (size_t)len, NULL, &err)) {
				fprintf(stderr, "bench: bad generated line: %s\n", line);
				return 1;
			}
		}
		printf("load (JSON lines) %zu events: %.2f s wall, %.2f s CPU, %.0f events/s\n", sample,
		       now() - t0, cpu() - c0, (double)sample / (cpu() - c0));
		free(gs.truth);
		rasdp_incidents_free(js);
		rng = saved;
	}

	big = collection(threads);
	small = collection(1);
	t0 = now();
	c0 = cpu();
	for (i = 0; i < n; i++) {
		next_report(&g, &r);
		add(big, &r);
		if (i < subset)
			add(small, &r);
	}
	load_s = now() - t0;
	load_c = cpu() - c0;

	t0 = now();
	c0 = cpu();
	if (rasdp_incidents_cluster(big, 0)) {
		fprintf(stderr, "bench: clustering failed\n");
		return 1;
	}
	cl_s = now() - t0;
	cl_c = cpu() - c0;
	nincs = rasdp_incidents_count(big);
	lab = labels(big, n);
	bcubed_labels(lab, g.truth, n, &p, &rc);
	free(lab);
	printf("events            %zu (%zu incidents found, %llu true; %u governorates, %d threads)\n", n,
	       nincs, (unsigned long long)g.t, govs, threads);
	printf("load (structs)    %.2f s wall, %.2f s CPU, %.0f events/s\n", load_s, load_c,
	       (double)n / load_c);
	printf("cluster+reconcile %.2f s wall, %.2f s CPU, %.0f events/s  (%llu pairs scored, %.1f per event)\n",
	       cl_s, cl_c, (double)n / cl_s, (unsigned long long)rasdp_incidents_pairs_scored(big),
	       (double)rasdp_incidents_pairs_scored(big) / (double)n);
	printf("B-cubed           P %.3f  R %.3f  F1 %.3f\n", p, rc, 2 * p * rc / (p + rc));

	/* adding events to the clustering */
	if (more) {
		for (i = 0; i < more; i++) {
			next_report(&g, &r);
			add(big, &r);
		}
		t0 = now();
		c0 = cpu();
		if (rasdp_incidents_cluster_more(big, 0)) {
			fprintf(stderr, "bench: adding to the clustering failed\n");
			return 1;
		}
		inc_s = now() - t0;
		inc_c = cpu() - c0;
		{
			uint64_t rev, rpairs;

			rasdp_incidents_more_stats(big, &rev, &rpairs);
			printf("add: joined again %llu events, %llu pairs (what the added events change)\n",
			       (unsigned long long)rev, (unsigned long long)rpairs);
		}
		lab = labels(big, n + more);
		bcubed_labels(lab, g.truth, n + more, &p, &rc);
		printf("add %zu events    %.3f s wall, %.3f s CPU (%llu pairs scored; %zu incidents); "
		       "B-cubed P %.3f R %.3f\n", more, inc_s, inc_c,
		       (unsigned long long)rasdp_incidents_pairs_scored(big), rasdp_incidents_count(big),
		       p, rc);
		if (getenv("FULL_CHECK") && atoi(getenv("FULL_CHECK"))) {
			uint64_t *full;

			t0 = now();
			if (rasdp_incidents_cluster(big, 0)) {
				fprintf(stderr, "bench: clustering failed\n");
				return 1;
			}
			full = labels(big, n + more);
			bcubed_labels(lab, full, n + more, &p, &rc);
			printf("added vs all clustered afresh (%.2f s): B-cubed P %.4f R %.4f (1 1: the same partition)\n",
			       now() - t0, p, rc);
			free(full);
		}
		free(lab);
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("peak RSS          %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	rasdp_incidents_free(big);

	t0 = now();
	rasdp_incidents_cluster(small, 0);
	blk_s = now() - t0;
	blk_pairs = rasdp_incidents_pairs_scored(small);
	{
		/* Cluster the same collection both ways and compare partitions. */
		long *blocked = malloc(subset * sizeof(*blocked));
		size_t nb = rasdp_incidents_count(small);
		int same = 1;
		long *map = malloc(subset * sizeof(*map));

		for (i = 0; i < subset; i++)
			blocked[i] = rasdp_incidents_cluster_of(small, i, 0);
		t0 = now();
		rasdp_incidents_cluster_allpairs(small, 0);
		all_s = now() - t0;
		for (i = 0; i < subset; i++)
			map[i] = -1;
		for (i = 0; i < subset && same; i++) {
			long ca = blocked[i], cb = rasdp_incidents_cluster_of(small, i, 0);

			if (map[ca] == -1)
				map[ca] = cb;
			else if (map[ca] != cb)
				same = 0;
		}
		same = same && nb == rasdp_incidents_count(small);
		printf("subset %zu events: blocked %.4f s (%llu pairs), all-pairs %.4f s (%llu pairs): "
		       "%.1fx faster, partitions %s\n", subset, blk_s, (unsigned long long)blk_pairs,
		       all_s, (unsigned long long)rasdp_incidents_pairs_scored(small),
		       blk_s > 0 ? all_s / blk_s : 0.0, same ? "identical" : "differ");
		free(blocked);
		free(map);
	}
	rasdp_incidents_free(small);
	rasdp_model_release(&link_model);
	rasdp_model_release(&disagree_model);
	free(g.truth);
	return 0;
}
