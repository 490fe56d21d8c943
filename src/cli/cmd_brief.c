/*
 * cmd_brief.c - `rasd brief INCIDENT`: the fact-check brief of one stored
 * incident, in Markdown or HTML, in English or Arabic (src/io/brief.c).
 * INCIDENT is an incident id as the store, the API and the review page
 * name it ("inc-" and 16 hex digits), "<report>#<n>" for the incident of
 * a report's event, or a report id (the incident of its first event).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../base/buf.h"
#include "../io/brief.h"
#include "../io/outdata.h"
#include "../store/store.h"

int cmd_brief(int argc, char **argv)
{
	const char *db = NULL, *lang = "en", *format = "md", *outpath = NULL, *datadir = NULL;
	int help = 0, nin, rc;
	const struct cli_opt opts[] = {
		{ "db", 0, OPT_STRING, &db, "PATH|URL", "SQLite file or postgres:// URL (default $RASD_DB or rasd.db)" },
		{ "lang", 'l', OPT_STRING, &lang, "en|ar", "language of the brief (default en); quotes stay in the reports' language" },
		{ "format", 'f', OPT_STRING, &format, "md|html", "Markdown (default) or a standalone HTML page" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "write here instead of standard output" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "data folder with phrases.tsv and exports/ (default: built-in data/)" },
		{ 0 },
	};
	const char *usage = "rasd brief [options] INCIDENT";
	struct rasdp_brief_opts bo;
	struct rasdp_outdata *d = NULL;
	struct rasd_buf out = RASD_BUF_INIT;
	struct rasd_store *s;
	char *json = NULL;
	rasd_err err;
	FILE *f = stdout;

	nin = cli_parse(argc, argv, opts, usage,
			"Write the fact-check brief of a stored incident: each source's account, "
			"attribute by attribute, where the sources agree and contradict each other, "
			"fatalities low/best/high, every claim quoted with its outlet, date and link.",
			&help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (nin != 1) {
		cli_error(nin ? "one incident at a time; see '%s -h'" : "no incident; see '%s -h'", usage);
		return EXIT_USAGE;
	}
	if (strcmp(lang, "en") && strcmp(lang, "ar")) {
		cli_error("unknown --lang '%s' (en or ar)", lang);
		return EXIT_USAGE;
	}
	if (strcmp(format, "md") && strcmp(format, "html")) {
		cli_error("unknown --format '%s' (md or html)", format);
		return EXIT_USAGE;
	}
	if (!db)
		db = getenv("RASD_DB");
	if (!db || !*db)
		db = "rasd.db";
	memset(&err, 0, sizeof(err));
	if (rasdp_outdata_load(datadir, &d, &err)) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(err.code));
		return EXIT_FAIL;
	}
	s = rasdp_store_open(db, &err);
	if (!s) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(err.code));
		rasdp_outdata_free(d);
		return EXIT_FAIL;
	}
	rc = rasdp_brief_find(s, argv[0], &json, &err);
	if (!rc) {
		memset(&bo, 0, sizeof(bo));
		bo.lang = lang;
		bo.html = !strcmp(format, "html");
		rc = rasdp_brief_write(s, d, json, &bo, &out, &err);
	}
	rasdp_store_close(s);
	rasdp_outdata_free(d);
	free(json);
	if (rc) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(rc));
		rasd_buf_release(&out);
		return EXIT_FAIL;
	}
	if (outpath && !(f = fopen(outpath, "w"))) {
		cli_error("cannot open '%s' for writing", outpath);
		rasd_buf_release(&out);
		return EXIT_FAIL;
	}
	fwrite(out.buf, 1, out.len, f);
	rasd_buf_release(&out);
	if ((f != stdout ? fclose(f) : fflush(f)) != 0) {
		cli_error("cannot write output");
		return EXIT_FAIL;
	}
	return 0;
}
