/*
 * rasd.h - the one public header of librasd.
 *
 * rasd turns Arabic and English conflict reporting into structured,
 * source-attributed incident records.  The library reads one report at a
 * time into a document (`rasd_doc`), whose memory lives in one arena and is
 * freed by rasd_doc_free(); an engine (`rasd_engine`) holds the compiled
 * lexicons and gazetteer, is built once, and is read-only afterwards, so one
 * engine serves any number of threads.
 *
 * Conventions: functions return RASD_OK (0) or a negative `rasd_status`;
 * pointer-returning functions return NULL on failure.  Details go into an
 * optional caller-owned `rasd_err`, which is left untouched on success so
 * calls chain with `||`.  librasd never prints and never exits.
 */
#ifndef RASD_H
#define RASD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RASD_VERSION "0.1.0"

/* Status codes.  Every failing call returns one of these (negated). */
typedef enum rasd_status {
	RASD_OK = 0,
	RASD_ENOMEM = -1,      /* allocation failed */
	RASD_EIO = -2,         /* cannot read or write a file or socket */
	RASD_EUTF8 = -3,       /* input is not valid UTF-8 */
	RASD_EPARSE = -4,      /* malformed input (JSON, TSV, HTML, feed, date) */
	RASD_ETOOBIG = -5,     /* a configured limit was exceeded */
	RASD_EINVAL = -6,      /* bad argument or option */
	RASD_ENOTFOUND = -7,   /* no such file, record or id */
	RASD_ESTORE = -8,      /* the store refused an operation */
	RASD_EEMPTY = -9,      /* empty input where content was required */
	RASD_EBINARY = -10,    /* input looks like binary data, not text */
	RASD_EAUTH = -11,      /* missing or wrong credentials */
} rasd_status;

/* Optional error details, owned by the caller. */
typedef struct rasd_err {
	int code;              /* a rasd_status */
	char msg[256];         /* lowercase, no period: "invalid UTF-8 byte 0xff" */
	int64_t byte_offset;   /* offset into the input, or -1 */
	int64_t line;          /* 1-based line of the input, or 0 when unknown */
} rasd_err;

/* Static description of a status code; never NULL. */
const char *rasd_strerror(int code);

/* Limits applied to every reader.  Zero means the built-in default. */
typedef struct rasd_limits {
	size_t max_doc;        /* bytes of one document's text (default 16 MiB) */
	size_t max_line;       /* bytes of one input line (default 64 MiB) */
	size_t max_request;    /* bytes of one HTTP request body (default 8 MiB) */
	/*
	 * Bytes of text rasd_extract() reads as one document (default 1 MiB).
	 * A longer report is read as consecutive parts of at most this size,
	 * cut at paragraph breaks where it can, and their results joined, so
	 * its peak memory is that of one part and its result: an event told
	 * across a cut may be read as two, and a speaker is not carried over
	 * a cut.  Reports no longer than the window are read whole.
	 */
	size_t window;
} rasd_limits;

/* Fill `l` with the defaults. */
void rasd_limits_default(rasd_limits *l);

/*
 * The engine: compiled lexicons, gazetteer and matcher.  `datadir` is the
 * folder with the TSV lexicons (NULL for the built-in data folder or
 * $RASD_DATA).  The result is owned by the caller and freed with
 * rasd_engine_free().  A malformed lexicon line is reported in `err` as
 * file and line.
 */
typedef struct rasd_engine rasd_engine;
rasd_engine *rasd_engine_new(const char *datadir, rasd_err *err);
void rasd_engine_free(rasd_engine *e);
/* Path of the data folder an engine was loaded from (owned by the engine). */
const char *rasd_engine_datadir(const rasd_engine *e);

/* One report.  The fields are borrowed for the duration of the call. */
typedef struct rasd_input {
	const char *id;        /* caller's id, or NULL (the content hash is used) */
	const char *outlet;    /* publisher, or NULL */
	const char *url;       /* or NULL */
	const char *lang;      /* "ar", "en" or NULL to detect */
	const char *published; /* YYYY-MM-DD or NULL */
	const char *title;     /* or NULL */
	const char *text;      /* UTF-8 body, not NUL-terminated necessarily */
	size_t text_len;
} rasd_input;

/* An analysed document.  Owns its arena; free with rasd_doc_free(). */
typedef struct rasd_doc rasd_doc;

enum rasd_extract_flags {
	RASD_EXTRACT_MENTIONS = 1 << 0,  /* also output every number/date mention */
	RASD_EXTRACT_REPAIR_UTF8 = 1 << 1, /* replace invalid bytes with U+FFFD */
	/*
	 * Point the document at in->text instead of copying it, when
	 * in->text[text_len] is '\0': the caller keeps the text, unchanged,
	 * until rasd_doc_free().  Saves a copy of the report's text.
	 */
	RASD_EXTRACT_BORROW_TEXT = 1 << 2,
	/*
	 * A report given no publication date takes the date stamp atop its
	 * text ("Published: 12 March 2019") as its date.  Off by default: a
	 * page's own date line is often the day it was fetched, not written.
	 */
	RASD_EXTRACT_STAMP = 1 << 3,
};

/*
 * Run stages 1-6 of the pipeline on one report: validate, normalise,
 * segment, match, interpret, and build events and claims (a report over
 * lim->window in parts, as said there; with RASD_EXTRACT_MENTIONS its
 * mentions are joined too, so memory then grows with the report).  Returns a new
 * document owned by the caller, or NULL with `err` set (invalid UTF-8 at
 * err->byte_offset unless RASD_EXTRACT_REPAIR_UTF8, binary input, a
 * document over the size limit).
 */
rasd_doc *rasd_extract(const rasd_engine *e, const rasd_input *in,
		       const rasd_limits *lim, unsigned flags, rasd_err *err);
void rasd_doc_free(rasd_doc *d);

/* The document's id (the caller's, or "sha256:<hex>" of its text). */
const char *rasd_doc_id(const rasd_doc *d);
/* Hex SHA-256 of the text, for idempotent ingest (owned by the doc). */
const char *rasd_doc_hash(const rasd_doc *d);

/*
 * Append the document as one line of JSON (no trailing newline) to a
 * malloc'd buffer: *out and *out_len are set, the caller frees *out.
 */
int rasd_doc_to_json(const rasd_doc *d, unsigned flags, char **out,
		     size_t *out_len);


/*
 * Document readers.  A reader yields the reports of one input: a JSONL
 * file (one JSON object per line with id, url, outlet, lang, published,
 * title, text), or a plain-text file (one report; `defaults` supplies its
 * metadata).  "-" reads standard input.  The fields of `out` are borrowed
 * until the next call.
 */
typedef struct rasd_reader rasd_reader;

enum rasd_reader_format {
	RASD_FMT_AUTO = 0,   /* by extension, then by content */
	RASD_FMT_JSONL,
	RASD_FMT_TEXT,
	RASD_FMT_HTML,
	RASD_FMT_FEED,
};

rasd_reader *rasd_reader_open(const char *path, enum rasd_reader_format fmt,
			      const rasd_limits *lim, rasd_err *err);
/*
 * Next report: returns 1 with *out filled, 0 at the end, or a negative
 * rasd_status for a bad record, with err->line (and err->msg) saying where;
 * the caller may report it and call again to go on with the next record.
 * RASD_EIO means the input cannot be read further.
 */
int rasd_reader_next(rasd_reader *r, rasd_input *out, rasd_err *err);
/* The line number of the record last returned (1-based; 0 for whole files). */
long rasd_reader_line(const rasd_reader *r);
/*
 * The length in bytes of the next record's line, read ahead without being
 * parsed (blank lines passed over): the next rasd_reader_next() parses it.
 * At least its text's length.  0 when not known: a plain-text input, the
 * end, or a line the next call reports as bad.
 */
size_t rasd_reader_peek(rasd_reader *r);
/*
 * Hand over the block the text of `in`, the record last returned, is in:
 * the caller frees it with free(), and the reader reads on into a new one,
 * so a long report is moved, not copied.  The block is cut to the text
 * and its NUL.  NULL (the text stays the reader's) when the text is not
 * in a block of its own.
 */
char *rasd_reader_take_text(rasd_reader *r, const rasd_input *in);
void rasd_reader_close(rasd_reader *r);

#ifdef __cplusplus
}
#endif
#endif
