/*
 * buf.h - growable byte buffer with strbuf's rules.
 *
 * `buf` is never NULL (it points at a static empty string until the first
 * write), always NUL-terminated, and `len` is authoritative.  A size cap,
 * set at init, makes every append fail with RASD_ETOOBIG instead of growing
 * past it; an allocation failure makes it fail with RASD_ENOMEM.  After a
 * failure the content is unchanged.
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
};

extern char rasd_buf_empty[];
#define RASD_BUF_INIT { rasd_buf_empty, 0, 0, 0 }

void rasd_buf_init(struct rasd_buf *b, size_t max);
void rasd_buf_release(struct rasd_buf *b);
/* Empty the buffer, keeping its memory. */
void rasd_buf_reset(struct rasd_buf *b);
/* Ensure room for `extra` more bytes; 0 or a negative rasd_status. */
int rasd_buf_grow(struct rasd_buf *b, size_t extra);
int rasd_buf_add(struct rasd_buf *b, const void *data, size_t len);
int rasd_buf_adds(struct rasd_buf *b, const char *s);
int rasd_buf_addch(struct rasd_buf *b, int c);
int rasd_buf_addf(struct rasd_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int rasd_buf_vaddf(struct rasd_buf *b, const char *fmt, va_list ap);
/* Give the malloc'd string to the caller (who frees it) and reset `b`. */
char *rasd_buf_detach(struct rasd_buf *b, size_t *len);

#endif
