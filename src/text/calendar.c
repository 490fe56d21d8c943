/*
 * calendar.c - proleptic Gregorian day arithmetic for the date resolver.
 *
 * Dates are carried as struct rasd_ymd and, for arithmetic ("two days
 * ago", "last week"), converted to a count of days since 1970-01-01 and
 * back.  The conversion is the closed-form era/day-of-era method (400-year
 * eras of 146097 days), so it is exact for any year an int holds and needs
 * no tables, no time zone and no libc time functions (gmtime is banned:
 * not thread-safe).  rasdp_parse_ymd() is the one strict parser for the
 * "published" field: YYYY-MM-DD, optionally followed by a time part.
 */
#include <stdint.h>

#include "doc.h"
#include "rasd.h"

#include "base/banned.h"

int64_t rasdp_days_from_ymd(int y, int m, int d)
{
	int64_t yy = (int64_t)y - (m <= 2);
	int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int64_t yoe = yy - era * 400;                           /* [0, 399] */
	int64_t mp = (m + 9) % 12;                              /* March = 0 */
	int64_t doy = (153 * mp + 2) / 5 + d - 1;               /* [0, 365] */
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;    /* [0, 146096] */

	return era * 146097 + doe - 719468;
}

void rasdp_ymd_from_days(int64_t days, struct rasd_ymd *out)
{
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t dd = doy - (153 * mp + 2) / 5 + 1;
	int64_t mm = mp < 10 ? mp + 3 : mp - 9;

	out->y = (int)(yoe + era * 400 + (mm <= 2));
	out->m = (int)mm;
	out->d = (int)dd;
}

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

static int digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

int rasdp_parse_ymd(const char *s, struct rasd_ymd *out)
{
	int y, m, d;
	size_t i;

	if (!s)
		return RASD_EPARSE;
	for (i = 0; i < 10; i++)
		if (!s[i])
			return RASD_EPARSE;
	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) ||
	    s[7] != '-' || digits(s + 8, 2, &d))
		return RASD_EPARSE;
	/* A time part may follow ("2022-10-17T09:30:00Z", "2022-10-17 09:30"). */
	if (s[10] && s[10] != 'T' && s[10] != 't' && s[10] != ' ')
		return RASD_EPARSE;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return RASD_EPARSE;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}
