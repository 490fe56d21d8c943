/*
 * fetch.c - GET one http(s) URL with libcurl, for feeds and pages given
 * to `rasd ingest` as URLs.
 *
 * Bounded in every direction: only http and https (also after redirects),
 * at most 5 redirects, a connect and a total timeout, and a body cap
 * checked while receiving (the download stops at the cap).  Compressed
 * responses are accepted and decoded.  Nothing is printed.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "base/buf.h"
#include "base/err.h"
#include "io/io.h"
#include "base/banned.h"

int rasdp_is_http_url(const char *s)
{
	return s && (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8));
}

struct sink {
	struct rasd_buf b;      /* b.err says why a transfer was aborted */
};

static size_t on_data(char *p, size_t size, size_t nmemb, void *arg)
{
	struct sink *s = arg;
	size_t n = size * nmemb;

	if (rasd_buf_add(&s->b, p, n))
		return 0;   /* abort the transfer */
	return n;
}

int rasdp_fetch(const char *url, size_t max, long timeout_s, char **body,
		size_t *body_len, char **final_url, rasd_err *err)
{
	CURL *c;
	CURLcode cc;
	struct sink s;
	long status = 0;
	char errbuf[CURL_ERROR_SIZE];

	*body = NULL;
	*body_len = 0;
	if (final_url)
		*final_url = NULL;
	if (!rasdp_is_http_url(url))
		return rasdp_err(err, RASD_EINVAL, -1, 0, "'%s' is not an http(s) URL", url);
	if (!max)
		max = 16u << 20;
	if (timeout_s <= 0)
		timeout_s = 60;
	c = curl_easy_init();
	if (!c)
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "cannot start an HTTP client");
	memset(&s, 0, sizeof(s));
	rasd_buf_init(&s.b, max);
	errbuf[0] = '\0';
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout_s);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_USERAGENT, "rasd/" RASD_VERSION);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	if (cc != CURLE_OK) {
		int code = s.b.err == RASD_ETOOBIG || cc == CURLE_FILESIZE_EXCEEDED ? RASD_ETOOBIG
			   : s.b.err == RASD_ENOMEM ? RASD_ENOMEM : RASD_EIO;

		if (code == RASD_ETOOBIG)
			rasdp_err(err, code, -1, 0, "'%s' is larger than the limit of %zu bytes",
				  url, max);
		else if (code == RASD_ENOMEM)
			rasdp_err(err, code, -1, 0, "out of memory fetching '%s'", url);
		else
			rasdp_err(err, code, -1, 0, "cannot fetch '%s': %s", url,
				  errbuf[0] ? errbuf : curl_easy_strerror(cc));
		curl_easy_cleanup(c);
		rasd_buf_release(&s.b);
		return code;
	}
	if (status >= 400) {
		curl_easy_cleanup(c);
		rasd_buf_release(&s.b);
		return rasdp_err(err, RASD_EIO, -1, 0, "cannot fetch '%s': HTTP status %ld",
				 url, status);
	}
	if (final_url) {
		char *eff = NULL;

		curl_easy_getinfo(c, CURLINFO_EFFECTIVE_URL, &eff);
		*final_url = strdup(eff ? eff : url);
	}
	curl_easy_cleanup(c);
	*body = rasd_buf_detach(&s.b, body_len);
	if (!*body) {
		if (final_url) {
			free(*final_url);
			*final_url = NULL;
		}
		return rasdp_err(err, RASD_ENOMEM, -1, 0, "out of memory");
	}
	return 0;
}
