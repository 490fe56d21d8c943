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

enum cli_opt_type {
	OPT_END = 0,
	OPT_FLAG,
	OPT_STRING,
	OPT_INT,
	OPT_SIZE,     /* a size above 0: "1024", "64K", "16M", "2G" */
	OPT_LIST,
	OPT_CHOICE,   /* a string, one of the '|'-separated words of argname ("ar|en") */
	OPT_THREADS,  /* a number of threads, 1 to CLI_MAX_THREADS */
};

/* The most threads a command starts (-j). */
#define CLI_MAX_THREADS 64

/* The value of an OPT_LIST option: every occurrence, in order. */
#define CLI_LIST_MAX 32
struct cli_list {
	const char *v[CLI_LIST_MAX];
	int n;
};

struct cli_opt {
	const char *name;     /* long name without "--" */
	char short_name;      /* or 0 */
	enum cli_opt_type type;
	void *value;          /* int* (FLAG, INT, THREADS), const char** (STRING, CHOICE),
			       * size_t* (SIZE: 10M, 2G), struct cli_list* (LIST: the option
			       * may be repeated) */
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

/*
 * Folders as inputs: every command that takes reports reads a folder the
 * same way, as the files under it (recursively, in name order, hidden
 * entries skipped) whose extension says they hold reports: .jsonl,
 * .ndjson, .json, .txt, .text, .html, .htm, .xml, .rss, .atom.
 */
struct cli_paths {
	char **v;             /* malloc'd paths */
	int n, alloc;
};
/*
 * Append the report files under folder `dir` to `out`.  A folder that
 * cannot be read is reported and counted in *skipped.  0, or -1 when out
 * of memory (reported).
 */
int cli_folder_files(const char *dir, struct cli_paths *out, int *skipped);
/*
 * The inputs of a command with each folder replaced by its report files
 * (cli_folder_files()); a folder holding none is reported and counted in
 * *skipped.  Files, "-" and URLs are kept as given.  0 or -1 (reported).
 */
int cli_expand_inputs(int n, char **inputs, struct cli_paths *out, int *skipped);
void cli_paths_release(struct cli_paths *p);
/* Is `path`'s extension one that names a report file (see above)? */
int cli_report_file(const char *path);

/* Load the engine from --data DIR (or default), printing errors. */
rasd_engine *cli_engine(const char *datadir);

/*
 * Reading and analysing reports (pipeline.c), shared by the commands that
 * take reports: the options below, then cli_extract_run().
 */
struct cli_extract_opts {
	/* Set from the command line (CLI_OPT_DATA() etc.). */
	const char *datadir;         /* --data, for cli_engine(); NULL: default */
	int nthreads;                /* --threads; <= 0: number of cores */
	const char *published;       /* --published, --lang, --outlet: metadata */
	const char *lang;            /* given to reports that lack it, or NULL */
	const char *outlet;
	int stamp;                   /* --stamp: RASD_EXTRACT_STAMP */
	/* Set by the command. */
	const rasd_engine *engine;   /* borrowed; must be set */
	const rasd_limits *lim;      /* or NULL for the defaults */
	enum rasd_reader_format fmt; /* RASD_FMT_AUTO: by extension, then content */
	unsigned flags;              /* enum rasd_extract_flags */
	const char *const *names;    /* input names for messages, one per input,
				      * or NULL: the paths ("<stdin>" for "-") */
};

/* Option table rows for the fields above, the same in every command. */
#define CLI_OPT_DATA(o) \
	{ "data", 'd', OPT_STRING, &(o)->datadir, "DIR", "lexicon and gazetteer folder (default: built-in data/)" }
#define CLI_OPT_THREADS(o) \
	{ "threads", 'j', OPT_THREADS, &(o)->nthreads, "N", "worker threads, 1 to 64 (default: number of cores)" }
#define CLI_OPT_METADATA(o) \
	{ "published", 0, OPT_STRING, &(o)->published, "DATE", "publication date (YYYY-MM-DD) of plain-text reports" }, \
	{ "lang", 0, OPT_CHOICE, &(o)->lang, "ar|en", "language of plain-text reports (default: detected)" }, \
	{ "outlet", 0, OPT_STRING, &(o)->outlet, "NAME", "outlet of plain-text reports" }, \
	{ "stamp", 0, OPT_FLAG, &(o)->stamp, NULL, "a report with no publication date takes the date stamp atop its text" }

/* One analysed report, as cli_extract_run() hands it over; all borrowed. */
struct cli_extracted {
	const char *file;            /* input as named in messages ("<stdin>") */
	long line;                   /* line of the report in it; 0: whole file */
	const rasd_input *in;        /* the report, defaults filled in */
	const char *json;            /* its rasd_doc_to_json() line, no newline */
	size_t len;
};

/*
 * Read the reports of `inputs` ("-" is standard input) in order, analyse
 * them on o->nthreads threads, and call emit(ctx, x) for each one in input
 * order, whatever the number of threads.  A bad record or an input that
 * cannot be opened is reported as "rasd: <file>:<line>: <what>" and counted
 * in *skipped.  Returns 0, or -1 when the run stopped early: out of memory
 * (reported here), or emit() returned non-zero (the caller says why).
 */
int cli_extract_run(const struct cli_extract_opts *o, int ninputs, char **inputs,
		    int (*emit)(void *ctx, const struct cli_extracted *x), void *ctx,
		    int *skipped);

/*
 * Copy the borrowed strings of `in` (id, outlet, url, lang, published,
 * title, text) into one malloc'd block, *owned, that `dst` then points
 * into; the text is NUL-terminated.  0, or -1 when out of memory.
 */
int cli_copy_input(rasd_input *dst, char **owned, const rasd_input *in);

/*
 * Call fn(ctx, i) once for every i < n: on the calling thread and, when n
 * is more than one, on up to `extra` more threads (at most 64).
 */
void cli_parallel(size_t n, int extra, void (*fn)(void *ctx, size_t i), void *ctx);

/*
 * Gold records for `rasd eval` and `rasd train` (goldset.c): the --gold
 * files and folders (a folder: its *.jsonl in name order), the folds file
 * (key, country, dev|test) and a fold, or NULL for every record.  Each kept
 * record is added to `ev` when it is not NULL.  Errors are printed; NULL
 * then.
 */
struct cli_goldset;
struct rasdp_eval;
struct json_object;
struct cli_goldset *cli_goldset_open(const struct cli_list *gold, const char *folds,
				     const char *fold, struct rasdp_eval *ev);
void cli_goldset_close(struct cli_goldset *gs);
/* Extract the articles of `path` that have a kept record (all, without a fold) into `ev`. */
int cli_goldset_articles(struct cli_goldset *gs, const rasd_engine *e, struct rasdp_eval *ev,
			 const char *path, int *skipped);
/*
 * The whole preparation of a run on gold records: open the gold set (into
 * `ev`), load the engine of `datadir` (*engine, the caller frees it), give
 * it to `ev`, and extract the articles `argv[0..nin)` of the kept records.
 * Errors are printed; NULL then, with nothing left to free.
 */
struct cli_goldset *cli_goldset_load(const struct cli_list *gold, const char *folds,
				     const char *fold, const char *datadir,
				     struct rasdp_eval *ev, int nin, char **argv,
				     rasd_engine **engine, int *skipped);
/* How many records were kept (and from how many files). */
size_t cli_goldset_count(const struct cli_goldset *gs, size_t *nfiles);
/* Record i, with its id, file and line. */
struct json_object *cli_goldset_record(const struct cli_goldset *gs, size_t i, const char **id,
				       const char **path, long *line);
/* Is there a kept record for report `id`? */
int cli_goldset_has(const struct cli_goldset *gs, const char *id);
/* Ids with more than one record, one per call from *from (start at 0), NULL at the end. */
const char *cli_goldset_duplicate(const struct cli_goldset *gs, size_t *from);

#define CMD(name) int cmd_##name(int argc, char **argv)
CMD(extract);
CMD(ingest);
CMD(incidents);
CMD(export);
CMD(brief);
CMD(serve);
CMD(eval);
CMD(gazetteer);
CMD(train);
#undef CMD

#endif
