/*
 * jsonw.h - streaming JSON writer into a rasd_buf.
 *
 * The writer tracks nesting so commas are placed automatically: callers
 * emit keys and values in order.  Strings are escaped per RFC 8259 (control
 * characters as \u00XX; valid UTF-8 passes through; the caller guarantees
 * validity).  The first buffer failure sticks in `err` and later calls do
 * nothing, so a caller checks once at the end.
 */
#ifndef RASD_JSONW_H
#define RASD_JSONW_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"

#define RASD_JSONW_DEPTH 32

struct rasd_jsonw {
	struct rasd_buf *b;
	int depth;
	int err;                          /* first rasd_status failure, or 0 */
	uint8_t count[RASD_JSONW_DEPTH];  /* values written at each depth (saturating) */
	uint8_t after_key;                /* a key was just written */
};

void rasd_jsonw_init(struct rasd_jsonw *w, struct rasd_buf *b);
void rasd_jsonw_obj(struct rasd_jsonw *w);        /* { */
void rasd_jsonw_obj_end(struct rasd_jsonw *w);    /* } */
void rasd_jsonw_arr(struct rasd_jsonw *w);        /* [ */
void rasd_jsonw_arr_end(struct rasd_jsonw *w);    /* ] */
void rasd_jsonw_key(struct rasd_jsonw *w, const char *k);
/*
 * rasd_jsonw_key() for a key written as a string literal of plain ASCII
 * (letters, digits, '_'): its quotes and colon are joined to it by the
 * compiler and the bytes copied at once.  The literal is not checked, so
 * a key that needs escaping goes through rasd_jsonw_key().
 */
#define RASD_JSONW_KEY(w, lit) rasd_jsonw_key_lit((w), "\"" lit "\":", sizeof(lit) + 2)
/* `"key":`, n bytes, already quoted (RASD_JSONW_KEY()). */
void rasd_jsonw_key_quoted(struct rasd_jsonw *w, const char *quoted, size_t n);

/*
 * rasd_jsonw_key_quoted(), its common case inline: a key after another
 * member, with room in the buffer.  The length is the literal's, so the
 * copy is a few moves where it is always inlined (link-time optimisation
 * otherwise makes one copy of it, with a call to memcpy); a report's
 * document writes some 200 keys.
 */
static inline __attribute__((always_inline)) void
rasd_jsonw_key_lit(struct rasd_jsonw *w, const char *quoted, size_t n)
{
	struct rasd_buf *b = w->b;

	if (!w->err && !w->after_key && w->count[w->depth] && w->count[w->depth] < 255 &&
	    !b->err && b->alloc && b->len + n + 1 < b->alloc) {
		char *o = b->buf + b->len;

		o[0] = ',';
		memcpy(o + 1, quoted, n);
		o[n + 1] = '\0';
		b->len += n + 1;
		w->count[w->depth]++;
		w->after_key = 1;
		return;
	}
	rasd_jsonw_key_quoted(w, quoted, n);
}
void rasd_jsonw_str(struct rasd_jsonw *w, const char *s);       /* NULL -> null */
void rasd_jsonw_strn(struct rasd_jsonw *w, const char *s, size_t n);
void rasd_jsonw_int(struct rasd_jsonw *w, int64_t v);
void rasd_jsonw_num(struct rasd_jsonw *w, double v);
void rasd_jsonw_bool(struct rasd_jsonw *w, int v);
void rasd_jsonw_null(struct rasd_jsonw *w);
/* A pre-formatted JSON value (trusted). */
void rasd_jsonw_raw(struct rasd_jsonw *w, const char *json, size_t n);
/* [a, b] span pair. */
void rasd_jsonw_span(struct rasd_jsonw *w, uint32_t a, uint32_t b);
/* Append a JSON string literal for s[0..n) to b (escaped, quoted). */
int rasd_json_escape(struct rasd_buf *b, const char *s, size_t n);

#endif
