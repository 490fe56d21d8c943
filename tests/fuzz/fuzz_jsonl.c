/*
 * fuzz_jsonl.c - the document reader (rasd_reader) on arbitrary files.
 *
 * The reader takes a path, so the input goes into an anonymous memory file
 * (memfd_create) read back through /proc/self/fd/N.  The first byte picks
 * the format (JSONL, plain text, or by content) and a small line limit
 * half of the time, so over-long lines are exercised with short inputs.
 * Every record is read to the end: bad records must come back as negative
 * statuses with a line number and a message, never stop the reader early
 * (except RASD_EIO), and every returned text must be within the limits.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rasd.h"
#include "base/banned.h"

static int write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Read a borrowed string to its end (ASan checks it is live). */
static void touch(const char *s)
{
	volatile size_t n = s ? strlen(s) : 0;

	(void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum rasd_reader_format fmts[] = {
		RASD_FMT_JSONL, RASD_FMT_TEXT, RASD_FMT_AUTO, RASD_FMT_JSONL,
	};
	char path[64];
	rasd_limits lim;
	rasd_err err;
	rasd_reader *r;
	rasd_input in;
	long records = 0, last_line = 0;
	int fd, rc;
	uint8_t ctl;

	if (size < 1)
		return 0;
	ctl = data[0];
	fd = memfd_create("fuzz_jsonl", 0);
	if (fd < 0)
		return 0;
	if (write_all(fd, data + 1, size - 1)) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);

	rasd_limits_default(&lim);
	if (ctl & 4) {
		lim.max_line = 64 + (ctl >> 3);
		lim.max_doc = 32 + (ctl >> 3);
	}
	memset(&err, 0, sizeof(err));
	r = rasd_reader_open(path, fmts[ctl & 3], &lim, &err);
	if (!r) {
		if (err.code >= 0 || !err.msg[0])
			abort();
		close(fd);
		return 0;
	}
	for (;;) {
		memset(&err, 0, sizeof(err));
		rc = rasd_reader_next(r, &in, &err);
		if (rc == 0)
			break;
		if (rc < 0) {
			if (!err.msg[0] || err.code != rc)
				abort();
			if (rc == RASD_EIO)
				break;
		} else {
			if (rc != 1 || (!in.text && in.text_len))
				abort();
			if (in.text_len > size)
				abort();
			/* touch every byte so ASan checks the borrowed span */
			if (in.text_len && memchr(in.text, 0x7f, in.text_len) == in.text + in.text_len)
				abort();
			touch(in.id);
			touch(in.outlet);
			touch(in.url);
			touch(in.lang);
			touch(in.published);
			touch(in.title);
		}
		if (rasd_reader_line(r) < last_line)
			abort();    /* lines only go forward */
		last_line = rasd_reader_line(r);
		if (++records > (long)size + 2)
			abort();    /* the reader must make progress */
	}
	rasd_reader_close(r);
	close(fd);
	return 0;
}
