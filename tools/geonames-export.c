/*
 * geonames-export.c - dump Syria's cities from Debian's libgeonames data.
 *
 * libgeonames (packages libgeonames0, libgeonames-common) ships a compiled
 * subset of the GeoNames cities database (CC BY 4.0, https://www.geonames.org)
 * with names translated through gettext.  This program prints, for every
 * city of one country, "index<TAB>name<TAB>state<TAB>lat<TAB>lon<TAB>population"
 * in the current locale, so running it under LANGUAGE=en and LANGUAGE=ar
 * gives the English and Arabic names; tools/places-from-geonames.py merges
 * the two runs into data/places-geonames.tsv.  Not part of the build:
 *
 *   gcc -O2 -o gn tools/geonames-export.c $(pkg-config --cflags --libs geonames)
 *   LANGUAGE=ar LC_ALL=C.UTF-8 ./gn SY
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <geonames.h>

int main(int argc, char **argv)
{
	const char *cc = argc > 1 ? argv[1] : "SY";
	gint i, n;

	setlocale(LC_ALL, "");
	n = geonames_get_n_cities();
	for (i = 0; i < n; i++) {
		GeonamesCity *c = geonames_get_city(i);
		const char *code = geonames_city_get_country_code(c);
		const char *state;

		if (!code || strcmp(code, cc)) {
			geonames_city_free(c);
			continue;
		}
		state = geonames_city_get_state(c);
		printf("%d\t%s\t%s\t%.5f\t%.5f\t%u\n", i, geonames_city_get_name(c),
		       state ? state : "", geonames_city_get_latitude(c),
		       geonames_city_get_longitude(c),
		       geonames_city_get_population(c));
		geonames_city_free(c);
	}
	return 0;
}
