/*
 * cmd_serve.c - `rasd serve`: the JSON API and the review page.
 *
 * Stops cleanly on SIGINT or SIGTERM.  Write endpoints need the token from
 * --token, $RASD_TOKEN or the config file; without one, writing is off.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "../serve/serve.h"

#ifndef RASD_WEBDIR
#define RASD_WEBDIR "web"
#endif

static volatile sig_atomic_t stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

static void ready(int port)
{
	fprintf(stderr, "rasd: serving on http://127.0.0.1:%d/\n", port);
	printf("%d\n", port);
	fflush(stdout);
}

int cmd_serve(int argc, char **argv)
{
	struct rasd_serve_conf conf;
	const char *listen = NULL, *config = NULL, *token = NULL, *db = NULL, *web = NULL,
		   *data = NULL;
	size_t max_request = 0;
	int help = 0, nin, rc, max_conns = 0, per_client = 0, header_to = 0, body_to = 0,
	    workers = 0;
	const struct cli_opt opts[] = {
		{ "db", 0, OPT_STRING, &db, "PATH|URL", "SQLite file or postgres:// URL (default $RASD_DB or rasd.db)" },
		{ "listen", 'l', OPT_STRING, &listen, "HOST:PORT", "address to listen on (default 127.0.0.1:8080; port 0 picks one)" },
		{ "config", 'c', OPT_STRING, &config, "FILE", "config file of 'key = value' lines (token, listen, db, web, data, max_request, max_connections, max_per_client, reserve, header_timeout, body_timeout, workers)" },
		{ "token", 't', OPT_STRING, &token, "TOKEN", "bearer token for POST /api/documents (default $RASD_TOKEN)" },
		{ "web", 0, OPT_STRING, &web, "DIR", "folder of the review page (default: built-in web/)" },
		{ "data", 'd', OPT_STRING, &data, "DIR", "lexicon and gazetteer folder" },
		{ "max-request", 0, OPT_SIZE, &max_request, "SIZE", "largest request body (default 8M)" },
		{ "max-connections", 0, OPT_INT, &max_conns, "N", "connections at once (default 256)" },
		{ "max-per-client", 0, OPT_INT, &per_client, "N", "connections of one client address (default 32; -1: no cap, behind a proxy)" },
		{ "header-timeout", 0, OPT_INT, &header_to, "SECONDS", "deadline for a request's headers (default 10)" },
		{ "body-timeout", 0, OPT_INT, &body_to, "SECONDS", "deadline for a request's body once its headers are in (default 30)" },
		{ "workers", 0, OPT_THREADS, &workers, "N", "reader threads, 1 to 64 (default 4; writes have their own)" },
		{ 0 },
	};
	const char *usage = "rasd serve [options]";
	rasd_err err = { 0 };
	struct sigaction sa;
	char host[256];   /* --listen's host, for as long as the server runs */

	nin = cli_parse(argc, argv, opts, usage,
			"Serve the JSON API (documents in; incidents, claims, disputes, evidence, "
			"search and exports out) and the review page.", &help);
	if (nin < 0)
		return help ? 0 : EXIT_USAGE;
	if (nin > 0) {
		cli_error("unexpected argument '%s'; see '%s -h'", argv[0], usage);
		return EXIT_USAGE;
	}
	memset(&conf, 0, sizeof(conf));
	conf.host = "127.0.0.1";
	conf.port = 8080;
	if (config && rasdp_serve_config(config, &conf, &err)) {
		cli_error("%s", err.msg);
		return EXIT_FAIL;
	}
	if (listen) {
		const char *colon = strrchr(listen, ':');
		char *end;
		long port;

		if (!colon) {
			cli_error("--listen wants HOST:PORT, not '%s'", listen);
			return EXIT_USAGE;
		}
		port = strtol(colon + 1, &end, 10);
		if (*end || port < 0 || port > 65535) {
			cli_error("bad port in '%s'", listen);
			return EXIT_USAGE;
		}
		if ((size_t)(colon - listen) >= sizeof(host)) {
			cli_error("host name too long in '%s'", listen);
			return EXIT_USAGE;
		}
		memcpy(host, listen, (size_t)(colon - listen));
		host[colon - listen] = '\0';
		conf.host = host;
		conf.port = (int)port;
	}
	if (token)
		conf.token = token;
	else if (!conf.token && getenv("RASD_TOKEN"))
		conf.token = getenv("RASD_TOKEN");
	if (db)
		conf.db = db;
	if (!conf.db)
		conf.db = getenv("RASD_DB") && *getenv("RASD_DB") ? getenv("RASD_DB") : "rasd.db";
	if (web)
		conf.webdir = web;
	if (!conf.webdir)
		conf.webdir = RASD_WEBDIR;
	if (data)
		conf.datadir = data;
	if (max_request)
		conf.max_request = max_request;
	if (max_conns < 0 || per_client < -1 || header_to < 0 || body_to < 0) {
		cli_error("--max-connections and the timeouts want a positive number, "
			  "--max-per-client a positive number or -1");
		return EXIT_USAGE;
	}
	if (max_conns)
		conf.max_conns = max_conns;
	if (per_client)
		conf.max_per_client = per_client;
	if (header_to)
		conf.header_timeout = header_to;
	if (body_to)
		conf.body_timeout = body_to;
	if (workers)
		conf.workers = workers;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	rc = rasdp_serve_run(&conf, &stop_flag, ready, &err);
	if (rc) {
		cli_error("%s", err.msg[0] ? err.msg : rasd_strerror(rc));
		return EXIT_FAIL;
	}
	return 0;
}
