/*
 * cmd_export.c - `rasd export`: the store out as ACLED CSV, UCDP GED-style
 * CSV, GeoJSON or JSONL.  The formats are written by rasdp_export_run()
 * (src/io/export.c); incidents that cannot be ACLED or UCDP rows (no date,
 * place or event type) are counted on standard error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../doc.h"
#include "../io/export.h"
#include "../store/store.h"

/* A real day written YYYY-MM-DD (not 2023-13-45). */
static int valid_day(const char *s)
{
	struct rasd_ymd y;

	return strlen(s) == 10 && !rasdp_parse_ymd(s, &y);
}

int cmd_export(int argc, char **argv)
{
	const char *db = NULL, *format = "acled", *from = NULL, *to = NULL, *outpath = NULL,
		   *datadir = NULL;
	int help = 0, events = 0, nin, rc;
	const struct cli_opt opts[] = {
		{ "db", 0, OPT_STRING, &db, "PATH|URL", "SQLite file or postgres:// URL (default $RASD_DB or rasd.db)" },
		{ "format", 'f', OPT_STRING, &format, "acled|ucdp|geojson|jsonl", "output format (default acled)" },
		{ "from", 0, OPT_STRING, &from, "DATE", "only from this day (YYYY-MM-DD)" },
		{ "to", 0, OPT_STRING, &to, "DATE", "only up to this day (YYYY-MM-DD)" },
		{ "events", 0, OPT_FLAG, &events, NULL, "one row per event even when incidents are stored" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write here instead of standard output" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "data folder with exports/ and phrases.tsv (default: built-in data/)" },
		{ 0 },
	};
	const char *usage = "rasd export [options]";
	struct rasdp_export_opts eo;
	struct rasd_store *s;
	rasd_err err;
	FILE *out = stdout;

	nin = cli_parse(argc, argv, opts, usage,
			"Export stored incidents (or events) as ACLED CSV, UCDP GED-style CSV, GeoJSON "
			"or JSONL (with --events: the stored extraction lines).", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (nin > 0) {
		cli_error("unexpected argument '%s'; see '%s -h'", argv[0], usage);
		return EXIT_USAGE;
	}
	if (!rasdp_export_valid_format(format)) {
		cli_error("unknown --format '%s' (acled, ucdp, geojson or jsonl)", format);
		return EXIT_USAGE;
	}
	if ((from && !valid_day(from)) || (to && !valid_day(to))) {
		cli_error("--from and --to want a day as YYYY-MM-DD, not '%s'",
			  from && !valid_day(from) ? from : to);
		return EXIT_USAGE;
	}
	if (!db)
		db = getenv("RASD_DB");
	if (!db || !*db)
		db = "rasd.db";
	memset(&err, 0, sizeof(err));
	/* A read command never creates a store (a mistyped --db is an error). */
	s = rasdp_store_open_ex(db, RASD_STORE_EXISTING, &err);
	if (!s) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(err.code));
		return EXIT_FAIL;
	}
	if (outpath) {
		out = fopen(outpath, "w");
		if (!out) {
			cli_error("cannot open '%s' for writing", outpath);
			rasdp_store_close(s);
			return EXIT_FAIL;
		}
	}
	memset(&eo, 0, sizeof(eo));
	eo.format = format;
	eo.from = from;
	eo.to = to;
	eo.events = events;
	eo.datadir = datadir;
	rc = rasdp_export_run(s, &eo, out, &err);
	rasdp_store_close(s);
	if (rc < 0)
		cli_error("cannot export: %s", err.msg[0] ? err.msg : rasd_strerror(rc));
	else if (eo.skipped[RASDP_SKIP_DATE] + eo.skipped[RASDP_SKIP_PLACE] + eo.skipped[RASDP_SKIP_TYPE])
		fprintf(stderr, "rasd: %ld rows; left out %ld incidents without a date, %ld without "
			"a place, %ld without an event type\n", eo.rows, eo.skipped[RASDP_SKIP_DATE],
			eo.skipped[RASDP_SKIP_PLACE], eo.skipped[RASDP_SKIP_TYPE]);
	if ((out != stdout ? fclose(out) : fflush(out)) != 0) {
		cli_error("cannot write output");
		return EXIT_FAIL;
	}
	return rc < 0 ? EXIT_FAIL : 0;
}
