/*
 * buf.h - growable byte buffer with strbuf's rules and a sticky error.
 *
 * `buf` is never NULL (it points at a static empty string until the first
 * write), always NUL-terminated, and `len` is authoritative.  A size cap,
 * set at init, makes an append fail with RASD_ETOOBIG instead of growing
 * past it; an allocation failure makes it fail with RASD_ENOMEM.
 *
 * The first failure sticks in `err`, as in the JSON writer (jsonw.h):
 * every later append does nothing and returns it, the content stays what
 * it was before the failed append, and rasd_buf_detach() gives nothing.
 * So a builder appends without checking each call and checks `err` once,
 * at the end:
 *
 *   struct rasd_buf b = RASD_BUF_INIT;
 *   rasd_buf_adds(&b, "killed ");
 *   rasd_buf_addf(&b, "%d", 20);
 *   if (b.err) { rc = b.err; rasd_buf_release(&b); return rc; }
 *   *out = rasd_buf_detach(&b, &len);
 *
 * Emptying the buffer for reuse (rasd_buf_reset) keeps the error, so a
 * scratch buffer cannot lose one between uses; only rasd_buf_release()
 * and rasd_buf_init() clear it, for a caller that has looked at it.
 */
#ifndef RASD_BUF_H
#define RASD_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct rasd_buf {
	char *buf;      /* NUL-terminated contents; never NULL */
	size_t len;     /* bytes used, not counting the NUL */
	size_t alloc;   /* bytes allocated (0: buf is the static empty string) */
	size_t max;     /* refuse to grow past this many bytes (0: no cap) */
	int err;        /* first failure (RASD_ENOMEM, RASD_ETOOBIG), or 0 */
};

extern char rasd_buf_empty[];
#define RASD_BUF_INIT { rasd_buf_empty, 0, 0, 0, 0 }

void rasd_buf_init(struct rasd_buf *b, size_t max);
/*
 * Free the memory and start over: empty, no error, the same cap.  A zeroed
 * struct may be released too.
 */
void rasd_buf_release(struct rasd_buf *b);
/* Empty the buffer, keeping its memory, its cap and its error. */
void rasd_buf_reset(struct rasd_buf *b);
/* Ensure room for `extra` more bytes; 0 or the (sticky) rasd_status. */
int rasd_buf_grow(struct rasd_buf *b, size_t extra);
/* Appends: 0, or the buffer's (sticky) error. */
int rasd_buf_add(struct rasd_buf *b, const void *data, size_t len);
int rasd_buf_adds(struct rasd_buf *b, const char *s);
int rasd_buf_addch(struct rasd_buf *b, int c);
int rasd_buf_addf(struct rasd_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int rasd_buf_vaddf(struct rasd_buf *b, const char *fmt, va_list ap);
/*
 * Give the malloc'd string to the caller (who frees it) and reset `b`.
 * NULL when the buffer's error is set (the buffer is released: partial
 * content never escapes) or when a string cannot be allocated.
 */
char *rasd_buf_detach(struct rasd_buf *b, size_t *len);

#endif
