/*
 * main.c - rasd's command-line entry: dispatch from a static command table.
 *
 * A new command needs its cli/cmd_<name>.c, a row here, a prototype in
 * cli.h, a test, and a -h that matches the README.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

struct cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

static const struct cmd commands[] = {
	{ "extract", cmd_extract, "extract events, figures and sources from reports (JSONL out)" },
	{ "ingest", cmd_ingest, "store reports (files, folders, JSONL, HTML, feeds) and their extraction" },
	{ "incidents", cmd_incidents, "group events of many reports into incidents, with disputes" },
	{ "export", cmd_export, "export stored incidents as ACLED CSV, UCDP CSV, GeoJSON or JSONL" },
	{ "brief", cmd_brief, "a fact-check brief of one incident (Markdown or HTML, English or Arabic)" },
	{ "serve", cmd_serve, "HTTP API and review page" },
	{ "eval", cmd_eval, "score extraction against gold records" },
	{ "gazetteer", cmd_gazetteer, "import a GeoNames dump, look up places" },
	{ "train", cmd_train, "fit the weights of the scored decisions from gold records" },
};

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: rasd <command> [options] [args]\n\ncommands:\n");
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'rasd <command> -h' shows a command's options.\n");
}

int main(int argc, char **argv)
{
	size_t i;

	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("rasd %s\n", RASD_VERSION);
		return 0;
	}
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(argv[1], commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	cli_error("'%s' is not a rasd command; see 'rasd -h'", argv[1]);
	return EXIT_USAGE;
}
