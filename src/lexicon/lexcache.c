/*
 * lexcache.c - the start-up cache of the compiled lexicon.
 *
 * Building the lexicon from the TSV files of data/ normalises and
 * tokenises every surface form and threads it into the trie: milliseconds
 * for today's files, seconds for a gazetteer of villages.  So the compiled lexicon
 * (its entry arrays, strings, trie, payloads, id and cue tables) is kept
 * in one cache file per data folder, and the next run maps that file
 * instead: a few stat() calls, one pass hashing the file, and the string
 * pointers set, in about a millisecond.
 *
 * The file is $RASD_CACHE/lexicon-<folder>.bin (RASD_CACHE=off: no
 * cache), else under $XDG_CACHE_HOME/rasd or ~/.cache/rasd, <folder> a
 * hash of the data folder's real path.  It is used only when all of this
 * still holds, else the TSV files are read and a new cache written:
 *
 *   - the same program: the cache records the build id of the code that
 *     wrote it (any change to how a lexicon is built makes a new build), and
 *     the sizes of the structures it holds (a field added to one of them
 *     turns the cache off until this file learns the field:
 *     rasdp_lexcache_disabled(), which tests/unit/test_lexcache.c checks);
 *   - the same TSV files: every *.tsv of the folder, by name, with its size,
 *     inode, modification and change times and a hash of its contents.  A
 *     file whose times or size differ, or that changed within two seconds of
 *     the cache being written (a stat() cannot tell those apart), has its
 *     contents hashed: the same contents still use the cache (rewritten
 *     with the new times), others rebuild it.  Editing a TSV takes effect
 *     on the next run, with no build step;
 *   - an intact file: a hash of everything after the header, and every
 *     index, offset and count checked against the arrays it points into,
 *     so a truncated, corrupt or hostile cache is refused cleanly (and
 *     tests/fuzz/fuzz_lexcache.c feeds it bytes).
 *
 * The mapping is private and written only to set the string pointers
 * (stored as offsets into the string section); the rest of its pages are
 * read in as the matcher touches them and shared by every thread.  The
 * screen's table of words (from the trie's root edges, the cue words and
 * the opening words the number and date stages list in their code) and
 * the bits of the trie nodes that have a child by a Latin key or at all
 * (lx->latin_kids, lx->node_kids) are in the cache too: building them took a fifth of
 * each start-up's instructions.  The opening words are in the code, so
 * the build id that any change to them makes vouches for them.  A cache is written to a temporary
 * file and renamed into place, so readers never see half of one; a cache
 * that cannot be written is simply not written.
 *
 * This file frames the cache (header, stamps, sections table) and decides
 * when it is used; lexcache_payload.c lays the lexicon out as the
 * payload's sections and reads and checks it back (lexcache_int.h).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "lexicon/lexcache_int.h"

#include "base/banned.h"

#define MAGIC "RASDLXC1"
#define VERSION 11u         /* 11: a cue class of where an attack happened; 10: a casualty word's tail; 9: three words of cue classes; 8: an actor's state mark and generic forms; 7: a source's description kind; 6: an actor's voice; 5: the nodes with children; 4: the screen's table of words */
#define MAX_STAMPS 256
#define NAME_MAX_LEN 56
#define RACY_NS 2000000000ull   /* timestamps this close to the write prove nothing */

/* One TSV file of the data folder as the cache was built from it. */
struct stamp {
	char name[NAME_MAX_LEN];   /* in the folder, NUL-padded */
	uint64_t size, ino, dev, mtime_ns, ctime_ns;
	uint64_t hash;             /* of the contents; 0 with `hashed` unset (in memory) */
};

struct head {
	char magic[8];
	uint32_t version;
	uint32_t nstamps;
	uint32_t nsections;
	uint32_t build_id_len;
	uint8_t build_id[32];
	uint64_t layout;           /* the structure sizes: layout() */
	uint64_t folder;           /* hash of the data folder's real path */
	uint64_t written_ns;       /* when written (CLOCK_REALTIME) */
	uint64_t payload_off;      /* after the stamps and sections, 16-aligned */
	uint64_t payload_len;
	uint64_t payload_hash;     /* of the sections table and the payload (all after the stamps) */
	char folder_path[256];     /* the data folder's real path, if it fits (else "") */
};


struct rasdp_lexcache {
	char path[PATH_MAX];       /* the cache file */
	char dir[PATH_MAX];        /* its folder */
	char folder[PATH_MAX];     /* the data folder, real path */
	uint64_t folder_hash;
	uint8_t build_id[32];
	uint32_t build_id_len;
	struct stamp *stamps;
	size_t nstamps;
	int hashed;                /* stamps' content hashes computed */
	int usable;
};

/* ---- what the cache depends on ------------------------------------------ */

/* One 8-byte word into a hash: hash64() and each lane of payload_hash(). */
static uint64_t lane(uint64_t h, const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	h ^= w * 0xBF58476D1CE4E5B9ull;
	return (h << 27 | h >> 37) * 0x94D049BB133111EBull;
}

/* The last 0-7 bytes and the final mix. */
static uint64_t hash_tail(uint64_t h, const unsigned char *s, size_t n)
{
	uint64_t w = 0;

	memcpy(&w, s, n);
	h ^= w * 0xBF58476D1CE4E5B9ull;
	h ^= h >> 31;
	h *= 0xD6E8FEB86659FD93ull;
	h ^= h >> 32;
	return h;
}

/* A 64-bit hash of bytes: to notice edits and damage, not an adversary's. */
static uint64_t hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ ((uint64_t)n * 0x9E3779B97F4A7C15ull);

	for (; n >= 8; s += 8, n -= 8)
		h = lane(h, s);
	return hash_tail(h, s, n);
}

/*
 * The payload's hash, which each start-up checks over the whole cache
 * (megabytes): 32 bytes a step into four lanes that do not wait on each
 * other's multiplies, folded together at the end.  About a millisecond
 * less start-up than hash64()'s one chain on a 6 MB cache.
 */
static uint64_t payload_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 3 ^ ((uint64_t)n * 0x9E3779B97F4A7C15ull);
	uint64_t h1 = h + 1, h2 = h + 2, h3 = h + 3;

	for (; n >= 32; s += 32, n -= 32) {
		h = lane(h, s);
		h1 = lane(h1, s + 8);
		h2 = lane(h2, s + 16);
		h3 = lane(h3, s + 24);
	}
	h ^= (h1 << 13 | h1 >> 51) ^ (h2 << 29 | h2 >> 35) ^ (h3 << 43 | h3 >> 21);
	for (; n >= 8; s += 8, n -= 8)
		h = lane(h, s);
	return hash_tail(h, s, n);
}

/*
 * The sizes of the structures the cache stores, as one number, and
 * whether they are those this file knows field by field.  A new field in
 * one of them must be taught to rasdp_lexcache_write() and
 * rasdp_lexcache_read() (lexcache_payload.c) before the cache is used
 * again; until then rasdp_lexcache_disabled() says so.
 */
static uint64_t layout(void)
{
	static const size_t sizes[] = {
		sizeof(struct rasd_lexicon), sizeof(struct rasd_place), sizeof(struct rasd_actor),
		sizeof(struct rasd_source), sizeof(struct rasd_trigger), sizeof(struct rasd_casualty),
		sizeof(struct rasd_speech), sizeof(struct rasd_negation), sizeof(struct rasd_group),
		sizeof(struct rasdp_node), sizeof(struct rasdp_edge), sizeof(struct rasdp_pay),
		sizeof(struct rasdp_idslot), sizeof(struct rasdp_cue_slot), sizeof(void *),
		sizeof(struct rasdp_word),
	};

	return hash64(sizes, sizeof(sizes), VERSION);
}

const char *rasdp_lexcache_disabled(void)
{
	if (sizeof(void *) != 8)
		return "the cache is written for 64-bit builds";
	if (sizeof(struct rasd_lexicon) != 488 || sizeof(struct rasd_place) != 80 ||
	    sizeof(struct rasd_actor) != 56 || sizeof(struct rasd_source) != 40 ||
	    sizeof(struct rasd_trigger) != 24 || sizeof(struct rasd_casualty) != 3 ||
	    sizeof(struct rasd_speech) != 1 || sizeof(struct rasd_negation) != 1 ||
	    sizeof(struct rasd_group) != 24 || sizeof(struct rasdp_node) != 8 ||
	    sizeof(struct rasdp_edge) != 20 || sizeof(struct rasdp_pay) != 12 ||
	    sizeof(struct rasdp_idslot) != 24 || sizeof(struct rasdp_cue_slot) != 48 ||
	    sizeof(struct rasdp_word) != 32)
		return "a structure of the compiled lexicon changed: teach src/lexicon/lexcache.c "
		       "its new fields, then the sizes it expects";
	return "";
}

struct build_id_search {
	uintptr_t addr;            /* an address inside this code */
	uint8_t *out;
	uint32_t len;
};

/* The GNU build id of the loaded object holding s->addr (librasd's code). */
static int find_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
	struct build_id_search *s = arg;
	int i, inside = 0;

	(void)size;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		uintptr_t lo = info->dlpi_addr + ph->p_vaddr;

		if (ph->p_type == PT_LOAD && s->addr >= lo && s->addr < lo + ph->p_memsz)
			inside = 1;
	}
	if (!inside)
		return 0;
	for (i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
		const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;

		if (ph->p_type != PT_NOTE)
			continue;
		while (p + sizeof(ElfW(Nhdr)) <= end) {
			const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)p;
			const char *name = p + sizeof(*nh);
			const char *desc = name + ((nh->n_namesz + 3) & ~3u);

			if (desc + nh->n_descsz > end)
				break;
			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && !memcmp(name, "GNU", 4) &&
			    nh->n_descsz > 0 && nh->n_descsz <= 32) {
				memcpy(s->out, desc, nh->n_descsz);
				s->len = nh->n_descsz;
				return 1;
			}
			p = desc + ((nh->n_descsz + 3) & ~3u);
		}
	}
	return 1;
}

static uint64_t ns_of(const struct timespec *t)
{
	return (uint64_t)t->tv_sec * 1000000000ull + (uint64_t)t->tv_nsec;
}

static int stamp_cmp(const void *a, const void *b)
{
	return strcmp(((const struct stamp *)a)->name, ((const struct stamp *)b)->name);
}

static int fill_stat(const char *dir, struct stamp *s)
{
	char path[PATH_MAX];
	struct stat st;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, s->name) >= sizeof(path) ||
	    stat(path, &st) || !S_ISREG(st.st_mode))
		return -1;
	s->size = (uint64_t)st.st_size;
	s->ino = (uint64_t)st.st_ino;
	s->dev = (uint64_t)st.st_dev;
	s->mtime_ns = ns_of(&st.st_mtim);
	s->ctime_ns = ns_of(&st.st_ctim);
	return 0;
}

/* The *.tsv files of the folder, stat()ed, sorted by name; -1 when there are too many. */
static int list_stamps(struct rasdp_lexcache *c)
{
	DIR *dp = opendir(c->folder);
	struct dirent *de;
	size_t n = 0;

	if (!dp)
		return -1;
	c->stamps = calloc(MAX_STAMPS, sizeof(*c->stamps));
	if (!c->stamps) {
		closedir(dp);
		return -1;
	}
	while ((de = readdir(dp))) {
		size_t len = strlen(de->d_name);

		if (len < 5 || strcmp(de->d_name + len - 4, ".tsv") || de->d_name[0] == '.')
			continue;
		if (n == MAX_STAMPS || len >= NAME_MAX_LEN) {
			closedir(dp);
			return -1;
		}
		memcpy(c->stamps[n].name, de->d_name, len);
		if (fill_stat(c->folder, &c->stamps[n])) {
			closedir(dp);
			return -1;
		}
		n++;
	}
	closedir(dp);
	qsort(c->stamps, n, sizeof(*c->stamps), stamp_cmp);
	c->nstamps = n;
	return 0;
}

/* The hash of a file's contents; -1 when it cannot be read. */
static int hash_file(const char *dir, const char *name, uint64_t *out)
{
	char path[PATH_MAX];
	struct stat st;
	void *p;
	int fd;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path))
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st)) {
		close(fd);
		return -1;
	}
	if (st.st_size == 0) {
		close(fd);
		*out = hash64("", 0, 1);
		return 0;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return -1;
	*out = hash64(p, (size_t)st.st_size, 1);
	munmap(p, (size_t)st.st_size);
	return 0;
}

static int hash_stamps(struct rasdp_lexcache *c)
{
	size_t i;

	for (i = 0; i < c->nstamps && !c->hashed; i++)
		if (hash_file(c->folder, c->stamps[i].name, &c->stamps[i].hash))
			return -1;
	c->hashed = 1;
	return 0;
}

/* mkdir -p of an absolute path (each missing component 0700). */
static int make_dirs(const char *path)
{
	char tmp[PATH_MAX];
	size_t i, n = strlen(path);

	if (n >= sizeof(tmp))
		return -1;
	memcpy(tmp, path, n + 1);
	for (i = 1; i <= n; i++)
		if (tmp[i] == '/' || tmp[i] == '\0') {
			char ch = tmp[i];

			tmp[i] = '\0';
			if (mkdir(tmp, 0700) && errno != EEXIST)
				return -1;
			tmp[i] = ch;
		}
	return 0;
}

struct rasdp_lexcache *rasdp_lexcache_open(const char *datadir)
{
	struct rasdp_lexcache *c = calloc(1, sizeof(*c));
	struct build_id_search s;
	const char *env = getenv("RASD_CACHE"), *xdg, *home;
	int n;

	if (!c)
		return NULL;
	if (*rasdp_lexcache_disabled() || (env && (!*env || !strcmp(env, "off"))))
		return c;
	if (!realpath(datadir, c->folder))
		return c;
	c->folder_hash = hash64(c->folder, strlen(c->folder), 7);
	s.addr = (uintptr_t)&rasdp_lexcache_open;
	s.out = c->build_id;
	s.len = 0;
	dl_iterate_phdr(find_build_id, &s);
	c->build_id_len = s.len;
	if (!c->build_id_len)
		return c;
	xdg = getenv("XDG_CACHE_HOME");
	home = getenv("HOME");
	if (env)
		n = snprintf(c->dir, sizeof(c->dir), "%s", env);
	else if (xdg && xdg[0] == '/')
		n = snprintf(c->dir, sizeof(c->dir), "%s/rasd", xdg);
	else if (home && home[0] == '/')
		n = snprintf(c->dir, sizeof(c->dir), "%s/.cache/rasd", home);
	else
		return c;
	if (n <= 0 || (size_t)n >= sizeof(c->dir) ||
	    (size_t)snprintf(c->path, sizeof(c->path), "%s/lexicon-%016llx.bin", c->dir,
			     (unsigned long long)c->folder_hash) >= sizeof(c->path))
		return c;
	if (list_stamps(c))
		return c;
	c->usable = 1;
	return c;
}

void rasdp_lexcache_close(struct rasdp_lexcache *c)
{
	if (!c)
		return;
	free(c->stamps);
	free(c);
}

/* ---- reading ---------------------------------------------------------------- */


/* Is the cached stamp `old` still the file `now` is (hashing it when stat() cannot tell)? */
static int same_file(struct rasdp_lexcache *c, const struct stamp *old, const struct stamp *now,
		     uint64_t written_ns, int *refresh)
{
	if (strcmp(old->name, now->name))
		return 0;
	if (old->size == now->size && old->ino == now->ino && old->dev == now->dev &&
	    old->mtime_ns == now->mtime_ns && old->ctime_ns == now->ctime_ns &&
	    now->ctime_ns + RACY_NS < written_ns && now->mtime_ns + RACY_NS < written_ns)
		return 1;
	if (hash_stamps(c))
		return 0;
	*refresh = 1;
	return old->hash == now->hash;
}

static void write_file(struct rasdp_lexcache *c, const void *data, size_t len);

/*
 * The lexicon in a cache file's bytes (`buf`, writable: the string pointers
 * are set in place), or NULL.  With `c` the file must also be the cache of
 * c's folder and files in this build; *refresh is set when stat() could not
 * vouch for a file whose contents turned out the same.
 */
static struct rasd_lexicon *from_bytes(struct rasdp_lexcache *c, char *buf, size_t len,
				       int *refresh)
{
	struct rasd_lexicon *lx;
	const struct head *h = (const struct head *)buf;
	const struct stamp *st;
	const struct section *sec;
	struct view v;
	size_t i;

	if (len < sizeof(*h) || memcmp(h->magic, MAGIC, 8) || h->version != VERSION ||
	    h->layout != layout() || h->nstamps > MAX_STAMPS || h->nsections == 0 ||
	    h->nsections > S__COUNT ||
	    h->payload_off < sizeof(*h) + (uint64_t)h->nstamps * sizeof(*st) +
			     (uint64_t)h->nsections * sizeof(*sec) ||
	    h->payload_off % 16 || h->payload_off > len || h->payload_len != len - h->payload_off)
		return NULL;
	st = (const struct stamp *)(buf + sizeof(*h));
	if (c) {
		/* this build, this folder, the same TSV files, an intact payload */
		if (h->folder != c->folder_hash || h->build_id_len != c->build_id_len ||
		    memcmp(h->build_id, c->build_id, c->build_id_len) || h->nstamps != c->nstamps)
			return NULL;
		for (i = 0; i < c->nstamps; i++)
			if (st[i].name[NAME_MAX_LEN - 1] ||
			    !same_file(c, &st[i], &c->stamps[i], h->written_ns, refresh))
				return NULL;
		if (payload_hash(st + h->nstamps, len - sizeof(*h) - h->nstamps * sizeof(*st)) !=
		    h->payload_hash)
			return NULL;
	}
	memset(&v, 0, sizeof(v));
	v.payload = buf + h->payload_off;
	v.len = h->payload_len;
	sec = (const struct section *)(st + h->nstamps);
	for (i = 0; i < h->nsections; i++) {
		const struct section *s = &sec[i];

		if (s->id >= S__COUNT || v.sec[s->id] || s->elem == 0 || s->off % 16 ||
		    s->off > v.len || s->count > (v.len - s->off) / s->elem)
			return NULL;
		v.sec[s->id] = s;
	}
	v.strings = rasdp_lexcache_section(&v, S_STRINGS, 1, &i);
	v.nstrings = i;
	if (!v.strings || !v.nstrings || v.strings[v.nstrings - 1] != '\0')
		return NULL;
	lx = rasdp_lexcache_read(&v);
	if (!lx)
		return NULL;
	lx->map = buf;
	return lx;
}

struct rasd_lexicon *rasdp_lexcache_parse(void *buf, size_t len)
{
	return from_bytes(NULL, buf, len, NULL);
}

struct rasd_lexicon *rasdp_lexcache_load(struct rasdp_lexcache *c)
{
	struct rasd_lexicon *lx = NULL;
	struct stat fs;
	char *map = MAP_FAILED;
	size_t len = 0;
	int fd, refresh = 0;

	if (!c || !c->usable)
		return NULL;
	fd = open(c->path, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (!fstat(fd, &fs) && fs.st_size >= (off_t)sizeof(struct head) &&
		    (uint64_t)fs.st_size <= SIZE_MAX / 2) {
			len = (size_t)fs.st_size;
			map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
		}
		close(fd);
	}
	if (map != MAP_FAILED) {
		lx = from_bytes(c, map, len, &refresh);
		if (!lx)
			munmap(map, len);
	}
	if (!lx) {
		/*
		 * The TSV files will be read: hash them first, so the cache
		 * written after never vouches for contents newer than it holds.
		 */
		hash_stamps(c);
		return NULL;
	}
	lx->map_len = len;
	/* stat() could not vouch for a file but its contents were the same: say so now */
	if (refresh) {
		char *copy = malloc(len);

		if (copy) {
			struct head nh;
			int fd2 = open(c->path, O_RDONLY | O_CLOEXEC);
			ssize_t got = fd2 >= 0 ? pread(fd2, copy, len, 0) : -1;

			if (fd2 >= 0)
				close(fd2);
			if (got == (ssize_t)len) {
				memcpy(&nh, copy, sizeof(nh));
				nh.written_ns = 0;
				memcpy(copy, &nh, sizeof(nh));
				memcpy(copy + sizeof(nh), c->stamps, c->nstamps * sizeof(*c->stamps));
				write_file(c, copy, len);
			}
			free(copy);
		}
	}
	return lx;
}


/* ---- writing ---------------------------------------------------------------- */

/* Write `data` to the cache file through a temporary file and a rename. */
static void write_file(struct rasdp_lexcache *c, const void *data, size_t len)
{
	char tmp[PATH_MAX];
	struct timespec now;
	struct head h;
	int fd;
	size_t done = 0;

	memcpy(&h, data, sizeof(h));
	if (!h.written_ns) {
		clock_gettime(CLOCK_REALTIME, &now);
		h.written_ns = ns_of(&now);
	}
	if (make_dirs(c->dir) ||
	    (size_t)snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", c->path, (long)getpid()) >= sizeof(tmp))
		return;
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	while (done < len) {
		const char *p = done < sizeof(h) ? (const char *)&h + done : (const char *)data + done;
		size_t n = done < sizeof(h) ? sizeof(h) - done : len - done;
		ssize_t w = write(fd, p, n);

		if (w <= 0) {
			if (w < 0 && errno == EINTR)
				continue;
			break;
		}
		done += (size_t)w;
	}
	if (close(fd) || done != len || rename(tmp, c->path))
		unlink(tmp);
}

/*
 * Remove the caches of data folders that no longer exist (a test's
 * temporary copy of data/), so the cache folder does not fill with them.
 */
static void prune(const struct rasdp_lexcache *c)
{
	DIR *dp = opendir(c->dir);
	struct dirent *de;
	int seen = 0;

	while (dp && (de = readdir(dp)) && seen < 256) {
		char path[PATH_MAX];
		struct head h;
		struct stat st;
		int fd;

		if (strncmp(de->d_name, "lexicon-", 8) || strlen(de->d_name) != 28 ||
		    strcmp(de->d_name + 24, ".bin"))
			continue;
		seen++;
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", c->dir, de->d_name) >= sizeof(path))
			continue;
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (pread(fd, &h, sizeof(h), 0) == (ssize_t)sizeof(h) && !memcmp(h.magic, MAGIC, 8) &&
		    h.folder_path[0] == '/' &&
		    memchr(h.folder_path, '\0', sizeof(h.folder_path)) &&
		    stat(h.folder_path, &st) && errno == ENOENT)
			unlink(path);
		close(fd);
	}
	if (dp)
		closedir(dp);
}

void rasdp_lexcache_save(struct rasdp_lexcache *c, const struct rasd_lexicon *lx)
{
	struct section secs[S__COUNT];
	struct out pay, file;
	struct head *h;
	size_t nsecs = 0, i;
	uint64_t off;

	if (!c || !c->usable || !lx || lx->map || hash_stamps(c))
		return;
	/* a file that changed while the lexicon was read: do not vouch for it */
	for (i = 0; i < c->nstamps; i++) {
		struct stamp now = c->stamps[i];

		if (fill_stat(c->folder, &now) || now.size != c->stamps[i].size ||
		    now.mtime_ns != c->stamps[i].mtime_ns || now.ctime_ns != c->stamps[i].ctime_ns)
			return;
	}
	memset(&pay, 0, sizeof(pay));
	memset(&file, 0, sizeof(file));
	if (rasdp_lexcache_write(lx, &pay, secs, &nsecs))
		goto done;
	off = (sizeof(*h) + c->nstamps * sizeof(struct stamp) + nsecs * sizeof(*secs) + 15) & ~(uint64_t)15;
	h = rasdp_lexcache_out_room(&file, (size_t)off + pay.len, 16);
	if (!h)
		goto done;
	memcpy(h->magic, MAGIC, 8);
	h->version = VERSION;
	h->nstamps = (uint32_t)c->nstamps;
	h->nsections = (uint32_t)nsecs;
	h->build_id_len = c->build_id_len;
	memcpy(h->build_id, c->build_id, sizeof(h->build_id));
	h->layout = layout();
	h->folder = c->folder_hash;
	h->written_ns = 0;
	h->payload_off = off;
	h->payload_len = pay.len;
	memcpy(file.p + sizeof(*h), c->stamps, c->nstamps * sizeof(struct stamp));
	memcpy(file.p + sizeof(*h) + c->nstamps * sizeof(struct stamp), secs, nsecs * sizeof(*secs));
	if (pay.len)
		memcpy(file.p + off, pay.p, pay.len);
	h->payload_hash = payload_hash(file.p + sizeof(*h) + c->nstamps * sizeof(struct stamp),
				       file.len - sizeof(*h) - c->nstamps * sizeof(struct stamp));
	if (strlen(c->folder) < sizeof(h->folder_path))
		memcpy(h->folder_path, c->folder, strlen(c->folder) + 1);
	write_file(c, file.p, file.len);
	prune(c);
done:
	free(pay.p);
	free(file.p);
}
