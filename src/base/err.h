/*
 * err.h - filling the caller's optional rasd_err.
 */
#ifndef RASD_ERR_H
#define RASD_ERR_H

#include <stdint.h>

#include "rasd.h"

/*
 * Set `err` (if not NULL) to `code` with a printf message, at `offset`
 * (-1 if none) and `line` (0 if unknown).  Returns `code`, so callers can
 * write `return rasdp_err(err, RASD_EPARSE, off, 0, "...")`.
 */
int rasdp_err(rasd_err *err, int code, int64_t offset, int64_t line,
	      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
