/*
 * bench_cluster.c - throughput and quality of incident clustering on
 * synthetic reports.
 *
 * Generates N events (default 1,000,000) as `rasd extract` JSON lines:
 * incidents at random towns of 14 governorates over ten years, each told
 * by 1-5 reports that vary the way real ones do (the governorate instead
 * of the town, a day off, month-precision or missing dates, missing types
 * and actors, "about"/"at least" figures from different sources).  Prints
 * load and clustering rates, peak RSS, and B-cubed precision/recall against
 * the generated truth; then clusters the first 5,000 events both with
 * blocking and by scoring all pairs, and prints the time ratio and whether
 * the two partitions agree.
 *
 * usage: bench_cluster [N] [SUBSET]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "incident/incident.h"
#include "model/model.h"

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static struct rasd_model link;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)((rng >> 11) % n);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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

#define GOVS 14
#define DISTRICTS 6
#define TOWNS 40
#define SPAN_DAYS 3650
#define DAY0 16000   /* 2013-10-22 */

/* One report of an incident as a JSON line in buf. */
static int report(char *buf, size_t n, size_t doc, uint32_t town, int64_t day, int type,
		  int a1, int a2, int killed)
{
	int gov = (int)(town / (DISTRICTS * TOWNS)), dist = (int)(town / TOWNS) % DISTRICTS;
	char date[16], pub[16], place[512], dfield[128], actors[256], claims[512], tfield[160];
	int r, len;
	int64_t d = day;

	/* Place: the town, the governorate, or a neighbouring town. */
	r = (int)rnd(100);
	if (r < 85 || r >= 95) {
		uint32_t t = r < 85 ? town : town - town % TOWNS + rnd(TOWNS);

		snprintf(place, sizeof(place),
			 "{\"id\":\"t%u\",\"name\":\"Town %u\",\"kind\":\"town\",\"admin1\":\"Gov %d\","
			 "\"admin1_id\":\"SY%02d\",\"admin2\":\"Dist %d-%d\",\"lat\":%.3f,\"lon\":%.3f,\"geo_precision\":1}",
			 t, t, gov, gov, gov, dist, 32.0 + t * 0.001, 36.0 + t * 0.001);
	} else {
		snprintf(place, sizeof(place),
			 "{\"id\":\"SY%02d\",\"name\":\"Gov %d\",\"kind\":\"governorate\",\"admin1\":\"Gov %d\","
			 "\"admin1_id\":\"SY%02d\",\"admin2\":null,\"geo_precision\":3}", gov, gov, gov, gov);
	}
	/* Date: the day, a day off, the month, or none. */
	r = (int)rnd(100);
	if (r < 80) {
		if (r >= 70)
			d += rnd(2) ? 1 : -1;
		ymd(d, date, sizeof(date));
		snprintf(dfield, sizeof(dfield),
			 "\"date\":\"%s\",\"date_last\":\"%s\",\"date_precision\":\"day\"", date, date);
	} else if (r < 90) {
		char first[16], last[16];

		ymd(day - (day % 30), first, sizeof(first));
		ymd(day - (day % 30) + 29, last, sizeof(last));
		snprintf(dfield, sizeof(dfield),
			 "\"date\":\"%s\",\"date_last\":\"%s\",\"date_precision\":\"month\"", first, last);
	} else {
		snprintf(dfield, sizeof(dfield), "\"date\":null,\"date_last\":null,\"date_precision\":null");
	}
	ymd(day + rnd(3), pub, sizeof(pub));
	actors[0] = 0;
	len = 0;
	if (rnd(100) < 80)
		len += snprintf(actors + len, sizeof(actors) - (size_t)len,
				"{\"id\":\"a%d\",\"name\":\"Actor %d\",\"role\":\"actor1\"}", a1, a1);
	if (rnd(100) < 50)
		len += snprintf(actors + len, sizeof(actors) - (size_t)len,
				"%s{\"id\":\"a%d\",\"name\":\"Actor %d\",\"role\":\"actor2\"}",
				len ? "," : "", a2, a2);
	claims[0] = 0;
	if (killed >= 0 && rnd(100) < 90) {
		int q = rnd(100) < 60 ? 0 : rnd(2) ? 1 : 2;
		int v = q == 2 && killed > 2 ? killed - (int)rnd(3) : killed;

		snprintf(claims, sizeof(claims),
			 "{\"kind\":\"killed\",\"value\":%d,\"value_hi\":%d,\"qualifier\":\"%s\",\"who\":\"people\","
			 "\"denied\":false,\"source\":{\"id\":\"s%u\",\"name\":\"Source %u\",\"chain\":[]}}",
			 v, v, quals[q], rnd(20), rnd(20));
	}
	if (rnd(100) < 90)
		snprintf(tfield, sizeof(tfield), "\"event_type\":\"%s\",\"sub_event_type\":\"%s\"",
			 types[type][0], types[type][1]);
	else
		snprintf(tfield, sizeof(tfield), "\"event_type\":null,\"sub_event_type\":null");
	return snprintf(buf, n,
			"{\"id\":\"doc%zu\",\"outlet\":\"outlet%u.com\",\"published\":\"%s\",\"events\":[{\"n\":0,"
			"%s,%s,\"place\":%s,\"actors\":[%s],\"claims\":[%s],\"participants\":[]}]}",
			doc, rnd(200), pub, tfield, dfield, place, actors, claims);
}

static int cmp_u64(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;

	return a < b ? -1 : a > b;
}

/* B-cubed precision and recall of the clustering against `truth`. */
static void bcubed(struct rasd_incidents *inc, const uint32_t *truth, size_t n,
		   double *p, double *r)
{
	uint64_t *ct = malloc(n * sizeof(*ct)), *cc = malloc(n * sizeof(*cc)), *tt = malloc(n * sizeof(*tt));
	size_t i, j;
	double sp = 0, sr = 0;

	for (i = 0; i < n; i++) {
		uint64_t c = (uint64_t)rasdp_incidents_cluster_of(inc, i, 0);

		ct[i] = c << 32 | truth[i];
		cc[i] = c;
		tt[i] = truth[i];
	}
	qsort(ct, n, sizeof(*ct), cmp_u64);
	qsort(cc, n, sizeof(*cc), cmp_u64);
	qsort(tt, n, sizeof(*tt), cmp_u64);
	/* sum over events of |C∩T|/|C| = sum over (C,T) cells of |C∩T|^2/|C|. */
	for (i = 0; i < n; i = j) {
		uint64_t c = ct[i] >> 32, t = ct[i] & 0xFFFFFFFF;
		size_t both, lc, lt;
		uint64_t *q;

		for (j = i + 1; j < n && ct[j] == ct[i]; j++)
			;
		both = j - i;
		q = bsearch(&c, cc, n, sizeof(*cc), cmp_u64);
		while (q > cc && q[-1] == c)
			q--;
		for (lc = 0; q + lc < cc + n && q[lc] == c; lc++)
			;
		q = bsearch(&t, tt, n, sizeof(*tt), cmp_u64);
		while (q > tt && q[-1] == t)
			q--;
		for (lt = 0; q + lt < tt + n && q[lt] == t; lt++)
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

static uint32_t *generate(struct rasd_incidents **big, struct rasd_incidents *small,
			  size_t n, size_t subset, double *load_s)
{
	uint32_t *truth = malloc(n * sizeof(*truth));
	char buf[4096];
	size_t doc = 0;
	uint32_t t = 0;
	double t0 = now();

	*big = rasdp_incidents_new();
	rasdp_incidents_set_link(*big, &link);
	while (doc < n) {
		uint32_t town = rnd(GOVS * DISTRICTS * TOWNS);
		int64_t day = DAY0 + rnd(SPAN_DAYS);
		int type = (int)rnd(6), a1 = (int)rnd(30), a2 = (int)rnd(30), k;
		int killed = rnd(100) < 80 ? (int)rnd(rnd(100) < 80 ? 10 : 60) : -1;
		int reports = 1 + (int)rnd(5);

		for (k = 0; k < reports && doc < n; k++) {
			int len = report(buf, sizeof(buf), doc, town, day, type, a1, a2, killed);

			if (rasdp_incidents_add_line(*big, buf, (size_t)len, NULL, NULL)) {
				fprintf(stderr, "bench: bad generated line: %s\n", buf);
				exit(1);
			}
			if (doc < subset)
				rasdp_incidents_add_line(small, buf, (size_t)len, NULL, NULL);
			truth[doc++] = t;
		}
		t++;
	}
	*load_s = now() - t0;
	return truth;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000000;
	size_t subset = argc > 2 ? strtoul(argv[2], NULL, 10) : 5000;
	struct rasd_incidents *big, *small = rasdp_incidents_new();
	struct rusage ru;
	double load_s, t0, cl_s, blk_s, all_s, p, r;
	uint32_t *truth;
	uint64_t blk_pairs;

	if (subset > n)
		subset = n;
	/* the link decision's weights, as the engine loads them */
	{
		rasd_err err;
		const char *dir = getenv("RASD_DATA") ? getenv("RASD_DATA") : "data";

		memset(&err, 0, sizeof(err));
		if (rasdp_model_load(&link, rasdp_decisions[RASD_DEC_LINK], dir, &err)) {
			fprintf(stderr, "bench: %s\n", err.msg);
			return 1;
		}
	}
	rasdp_incidents_set_link(small, &link);
	truth = generate(&big, small, n, subset, &load_s);
	t0 = now();
	if (rasdp_incidents_cluster(big, 0)) {
		fprintf(stderr, "bench: clustering failed\n");
		return 1;
	}
	cl_s = now() - t0;
	bcubed(big, truth, n, &p, &r);
	getrusage(RUSAGE_SELF, &ru);
	printf("events            %zu (%zu incidents found, %u true)\n", n,
	       rasdp_incidents_count(big), truth[n - 1] + 1);
	printf("load (JSON)       %.2f s  %.0f events/s\n", load_s, (double)n / load_s);
	printf("cluster+reconcile %.2f s  %.0f events/s  (%llu pairs scored, %.1f per event)\n",
	       cl_s, (double)n / cl_s, (unsigned long long)rasdp_incidents_pairs_scored(big),
	       (double)rasdp_incidents_pairs_scored(big) / (double)n);
	printf("B-cubed           P %.3f  R %.3f  F1 %.3f\n", p, r, 2 * p * r / (p + r));
	printf("peak RSS          %.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	rasdp_incidents_free(big);

	t0 = now();
	rasdp_incidents_cluster(small, 0);
	blk_s = now() - t0;
	blk_pairs = rasdp_incidents_pairs_scored(small);
	{
		/* Cluster the same collection both ways and compare partitions. */
		struct rasd_incidents *again = small;
		long *blocked = malloc(subset * sizeof(*blocked));
		size_t i, nb = rasdp_incidents_count(small);
		int same = 1;
		long *map = malloc(subset * sizeof(*map));

		for (i = 0; i < subset; i++)
			blocked[i] = rasdp_incidents_cluster_of(small, i, 0);
		t0 = now();
		rasdp_incidents_cluster_allpairs(again, 0);
		all_s = now() - t0;
		for (i = 0; i < subset; i++)
			map[i] = -1;
		for (i = 0; i < subset && same; i++) {
			long ca = blocked[i], cb = rasdp_incidents_cluster_of(again, i, 0);

			if (map[ca] == -1)
				map[ca] = cb;
			else if (map[ca] != cb)
				same = 0;
		}
		same = same && nb == rasdp_incidents_count(again);
		printf("subset %zu events: blocked %.4f s (%llu pairs), all-pairs %.4f s (%llu pairs): "
		       "%.1fx faster, partitions %s\n", subset, blk_s, (unsigned long long)blk_pairs,
		       all_s, (unsigned long long)rasdp_incidents_pairs_scored(again),
		       blk_s > 0 ? all_s / blk_s : 0.0, same ? "identical" : "differ");
		free(blocked);
		free(map);
	}
	rasdp_incidents_free(small);
	free(truth);
	return 0;
}
