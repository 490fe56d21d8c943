/*
 * testdata.c - the engine of the source tree's data/, loaded once per test
 * program (testdata.h).  It lives until the program exits: reachable, not
 * a leak.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testdata.h"
#include "extract/engine.h"
#include "model/model.h"

const rasd_engine *rasdt_engine(void)
{
	static rasd_engine *e;
	rasd_err err = { 0 };

	if (!e) {
		e = rasd_engine_new("data", &err);
		if (!e) {
			fprintf(stderr, "cannot load data/: %s\n", err.msg);
			abort();
		}
	}
	return e;
}

const struct rasd_model *rasdt_link_model(void)
{
	return &rasdp_engine_models(rasdt_engine())->m[RASD_DEC_LINK];
}

const struct rasd_models *rasdt_models(void)
{
	return rasdp_engine_models(rasdt_engine());
}

rasd_input rasdt_input(const char *lang, const char *published, const char *outlet,
		       const char *text)
{
	rasd_input in;

	memset(&in, 0, sizeof(in));
	in.lang = lang;
	in.published = published;
	in.outlet = outlet;
	in.text = text;
	in.text_len = strlen(text);
	return in;
}

rasd_doc *rasdt_extract_in(const rasd_input *in, unsigned flags)
{
	rasd_err err;
	rasd_doc *d;

	memset(&err, 0, sizeof(err));
	d = rasd_extract(rasdt_engine(), in, NULL, flags, &err);
	if (!d)
		fprintf(stderr, "extract: %s\n", err.msg);
	return d;
}

rasd_doc *rasdt_extract(const char *lang, const char *published, const char *outlet,
			const char *text)
{
	rasd_input in = rasdt_input(lang, published, outlet, text);

	return rasdt_extract_in(&in, 0);
}

void rasdt_remove_dir(const char *dir)
{
	char path[700];
	DIR *dp = opendir(dir);
	struct dirent *de;

	while (dp && (de = readdir(dp))) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		unlink(path);
	}
	if (dp)
		closedir(dp);
	rmdir(dir);
}
