/*
 * cmd_gazetteer.c - `rasd gazetteer`: import a GeoNames country dump as a
 * places TSV file, and look a name up in the loaded lexicons.
 *
 *   rasd gazetteer import SY.txt [--country SY] [-o data/places-geonames.tsv]
 *   rasd gazetteer import cities500.txt --country IQ,YE --admin1 data/admin1-geonames.tsv
 *       [--hand data/geonames-hand.tsv]
 *   rasd gazetteer lookup NAME [--data DIR]
 *
 * Import maps Syria's GeoNames admin1 codes onto the governorates of the
 * data folder's places.tsv (see src/lexicon/gazetteer.h), so the rows it
 * writes load beside the other places*.tsv files.  Lookup prints one TSV
 * line per entry the name resolves to, in every lexicon, and exits 1 when
 * there is none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../extract/engine.h"
#include "../lexicon/gazetteer.h"

static int do_import(const char *dump, const char *country, const char *admin1,
		     const char *hand, const char *outpath, const char *datadir)
{
	rasd_engine *e = NULL;
	FILE *in, *out = stdout;
	rasd_err err;
	size_t n = 0;
	int rc;

	if (!strcmp(country, "SY") && !admin1) {
		e = cli_engine(datadir);   /* Syria's governorates, for admin1 */
		if (!e)
			return EXIT_FAIL;
	}
	in = strcmp(dump, "-") ? fopen(dump, "r") : stdin;
	if (!in) {
		cli_error("cannot open '%s'", dump);
		rasd_engine_free(e);
		return EXIT_FAIL;
	}
	if (outpath && strcmp(outpath, "-")) {
		out = fopen(outpath, "w");
		if (!out) {
			cli_error("cannot open '%s' for writing", outpath);
			if (in != stdin)
				fclose(in);
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
	}
	memset(&err, 0, sizeof(err));
	if (admin1)
		rc = rasdp_geonames_import_admin1(in, strcmp(dump, "-") ? dump : "<stdin>", out,
						  country, admin1, hand, &n, &err);
	else
		rc = rasdp_geonames_import(in, strcmp(dump, "-") ? dump : "<stdin>", out, country,
					   rasdp_engine_lexicon(e), &n, &err);
	if (in != stdin)
		fclose(in);
	if (out != stdout && fclose(out) && !rc) {
		cli_error("cannot write '%s'", outpath);
		rc = RASD_EIO;
	}
	rasd_engine_free(e);
	if (rc) {
		if (out != stdout)
			remove(outpath);   /* no half-written places file */
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(rc));
		return EXIT_FAIL;
	}
	if (out != stdout)
		fprintf(stderr, "rasd: wrote %zu places to %s\n", n, outpath);
	return EXIT_OK_;
}

static int do_lookup(int nargs, char **args, const char *datadir)
{
	rasd_engine *e = cli_engine(datadir);
	int i, found = 0;

	if (!e)
		return EXIT_FAIL;
	for (i = 0; i < nargs; i++) {
		char *out = NULL;
		size_t len = 0;
		int n = rasdp_gazetteer_describe(rasdp_engine_lexicon(e), args[i], &out, &len);

		if (n < 0) {
			cli_error("%s", rasd_strerror(n));
			rasd_engine_free(e);
			return EXIT_FAIL;
		}
		if (n == 0)
			cli_error("no entry named '%s'", args[i]);
		fwrite(out, 1, len, stdout);
		free(out);
		found += n > 0;
	}
	rasd_engine_free(e);
	return found == nargs ? EXIT_OK_ : EXIT_FAIL;
}

int cmd_gazetteer(int argc, char **argv)
{
	const char *country = "SY", *outpath = NULL, *datadir = NULL, *admin1 = NULL, *hand = NULL;
	int help = 0, nin;
	const struct cli_opt opts[] = {
		{ "country", 'c', OPT_STRING, &country, "CC[,CC...]", "import: ISO country codes to keep (default SY)" },
		{ "admin1", 'a', OPT_STRING, &admin1, "FILE", "import: name admin1 codes from this table (cities500.txt has no ADM1 rows)" },
		{ "hand", 'H', OPT_STRING, &hand, "FILE", "import with --admin1: reviewed names, forms and admin1 by GeoNames id (data/geonames-hand.tsv)" },
		{ "output", 'o', OPT_STRING, &outpath, "FILE", "import: write the places TSV here (default standard output)" },
		{ "data", 'd', OPT_STRING, &datadir, "DIR", "lexicon folder (default: built-in data or $RASD_DATA)" },
		{ 0 },
	};
	const char *usage = "rasd gazetteer import GEONAMES_DUMP.txt [options] | rasd gazetteer lookup NAME...";

	nin = cli_parse(argc, argv, opts, usage,
			"Import a GeoNames country dump as places TSV rows (populated places and "
			"administrative areas, attached to Syria's governorates), or look names up "
			"in the loaded gazetteer and lexicons.",
			&help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (nin >= 1 && !strcmp(argv[0], "import")) {
		if (nin != 2) {
			cli_error("usage: %s", usage);
			return EXIT_USAGE;
		}
		return do_import(argv[1], country, admin1, hand, outpath, datadir);
	}
	if (nin >= 1 && !strcmp(argv[0], "lookup")) {
		if (nin < 2) {
			cli_error("usage: %s", usage);
			return EXIT_USAGE;
		}
		return do_lookup(nin - 1, argv + 1, datadir);
	}
	cli_error("usage: %s", usage);
	return EXIT_USAGE;
}
