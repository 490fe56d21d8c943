/*
 * cli.h - the command-line front end: subcommand table and option tables.
 *
 * Uses only rasd.h from the library plus the small helpers here.  Each
 * subcommand lives in cli/cmd_<name>.c as `int cmd_<name>(int argc, char **argv)`
 * and returns an exit code from enum cli_exit.  Options are declared in a
 * table (struct cli_opt); -h/--help output is generated from it.
 */
#ifndef RASD_CLI_H
#define RASD_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "rasd.h"

/* Exit codes: the only place library errors become process status. */
enum cli_exit {
	EXIT_OK_ = 0,
	EXIT_FAIL = 1,       /* the run could not proceed (bad input, I/O) */
	EXIT_USAGE = 2,      /* bad command line */
	EXIT_PARTIAL = 3,    /* finished, but some inputs were skipped with errors */
};

enum cli_opt_type { OPT_END = 0, OPT_FLAG, OPT_STRING, OPT_INT, OPT_SIZE };

struct cli_opt {
	const char *name;     /* long name without "--" */
	char short_name;      /* or 0 */
	enum cli_opt_type type;
	void *value;          /* int* (FLAG, INT), const char** (STRING), size_t* (SIZE: 10M, 2G) */
	const char *argname;  /* "FILE", shown in help */
	const char *help;
};

/*
 * Parse argv[1..] against `opts`; positional arguments are compacted to the
 * front of argv and their count returned, or -1 after printing an error
 * (and 0 exit for -h: *help_shown set).  `usage` is the synopsis line.
 */
int cli_parse(int argc, char **argv, const struct cli_opt *opts,
	      const char *usage, const char *summary, int *help_shown);
void cli_usage(FILE *f, const struct cli_opt *opts, const char *usage,
	       const char *summary);

/* "rasd: <fmt>\n" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "rasd: <file>:<line>: <msg>" from a rasd_err. */
void cli_error_at(const char *file, const rasd_err *err);

/* Read a whole file (or stdin for "-") into a malloc'd buffer; 0 or -1 with message printed. */
int cli_read_file(const char *path, size_t max, char **out, size_t *len);

/* Load the engine from --data DIR (or default), printing errors. */
rasd_engine *cli_engine(const char *datadir);

#define CMD(name) int cmd_##name(int argc, char **argv)
CMD(extract);
CMD(ingest);
CMD(incidents);
CMD(export);
CMD(serve);
CMD(eval);
CMD(gazetteer);
#undef CMD

#endif
