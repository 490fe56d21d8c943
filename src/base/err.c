/*
 * err.c - status strings and error details.
 */
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>

#include "base/banned.h"

const char *rasd_strerror(int code)
{
	switch (code) {
	case RASD_OK: return "success";
	case RASD_ENOMEM: return "out of memory";
	case RASD_EIO: return "input/output error";
	case RASD_EUTF8: return "invalid UTF-8";
	case RASD_EPARSE: return "malformed input";
	case RASD_ETOOBIG: return "limit exceeded";
	case RASD_EINVAL: return "invalid argument";
	case RASD_ENOTFOUND: return "not found";
	case RASD_ESTORE: return "store error";
	case RASD_EEMPTY: return "empty input";
	case RASD_EBINARY: return "binary input";
	case RASD_EAUTH: return "not authorised";
	}
	return "unknown error";
}

int rasdp_err(rasd_err *err, int code, int64_t offset, int64_t line,
	      const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	err->byte_offset = offset;
	err->line = line;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

void rasd_limits_default(rasd_limits *l)
{
	l->max_doc = 16u << 20;
	l->max_line = 64u << 20;
	l->max_request = 8u << 20;
	l->window = 1u << 20;       /* RASDP_WINDOW (extract/parts.h) */
}
