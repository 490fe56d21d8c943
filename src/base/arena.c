/*
 * arena.c - bump allocator with geometrically growing blocks.
 *
 * Small allocations are carved from blocks linked newest-first; a request
 * that does not fit opens a new block twice the previous one (and big
 * enough for the request), up to MAX_BLOCK, so a document of n bytes
 * costs O(log n) mallocs and at most one partly used block wastes room.
 * An allocation of RASD_ARENA_LARGE bytes or more gets a block of its own
 * on a second, doubly linked list: a big document's tokens or matches
 * then never leave behind a block twice their size, and when such an
 * array grows (rasd_arena_grow()) its block is realloc()'d, which for
 * blocks this size moves pages instead of copying them and abandons
 * nothing.  Such a block can also be given back before the arena is
 * released (rasd_arena_free()), when a stage's table is no longer needed.
 */
#include "base/arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/banned.h"

struct rasd_arena_block {
	struct rasd_arena_block *next;
	struct rasd_arena_block *prev;  /* large blocks only */
	size_t size;
	/* payload follows, aligned */
	_Alignas(16) char data[];
};

#define ALIGN 16u
#define MIN_BLOCK 4096u
#define MAX_BLOCK (1024u * 1024u)

void rasd_arena_init(struct rasd_arena *a, void *buf, size_t len)
{
	memset(a, 0, sizeof(*a));
	if (buf && len >= ALIGN) {
		uintptr_t p = ((uintptr_t)buf + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);

		a->initial = buf;
		a->ptr = (char *)p;
		a->end = (char *)buf + len;
	}
}

static void free_list(struct rasd_arena_block *b)
{
	while (b) {
		struct rasd_arena_block *next = b->next;

		free(b);
		b = next;
	}
}

void rasd_arena_release(struct rasd_arena *a)
{
	free_list(a->head);
	free_list(a->large);
	a->head = NULL;
	a->large = NULL;
	a->ptr = a->end = NULL;
	a->total = 0;
	a->failed = 0;
	a->initial = NULL;
}

static int new_block(struct rasd_arena *a, size_t need)
{
	size_t size = a->head ? a->head->size * 2 : MIN_BLOCK;
	struct rasd_arena_block *b;

	if (size > MAX_BLOCK)
		size = MAX_BLOCK;
	if (size < need + ALIGN)
		size = need + ALIGN;
	if (size > (size_t)-1 / 2 - sizeof(*b))
		return -1;
	if (a->cap && a->total + size > a->cap)
		return -1;
	b = malloc(sizeof(*b) + size);
	if (!b)
		return -1;
	b->next = a->head;
	b->prev = NULL;
	b->size = size;
	a->head = b;
	a->ptr = b->data;
	a->end = b->data + size;
	a->total += size;
	return 0;
}

/* A block of its own for `n` (rounded) bytes, zeroed when `zero`; NULL on failure. */
static void *large_alloc(struct rasd_arena *a, size_t n, int zero)
{
	struct rasd_arena_block *b;

	if (n > (size_t)-1 / 2 - sizeof(*b) || (a->cap && a->total + n > a->cap))
		return NULL;
	b = zero ? calloc(1, sizeof(*b) + n) : malloc(sizeof(*b) + n);
	if (!b)
		return NULL;
	b->next = a->large;
	b->prev = NULL;
	if (a->large)
		a->large->prev = b;
	b->size = n;
	a->large = b;
	a->total += n;
	return b->data;
}

/* Grow the large block holding `p` to `n` bytes; the new address, or NULL (p kept). */
static void *large_realloc(struct rasd_arena *a, void *p, size_t n)
{
	struct rasd_arena_block *b = (struct rasd_arena_block *)((char *)p - offsetof(struct rasd_arena_block, data));
	struct rasd_arena_block *nb;
	size_t old = b->size;

	if (n > (size_t)-1 / 2 - sizeof(*b) || (a->cap && a->total - old + n > a->cap))
		return NULL;
	nb = realloc(b, sizeof(*b) + n);
	if (!nb)
		return NULL;
	if (nb->prev)
		nb->prev->next = nb;
	else
		a->large = nb;
	if (nb->next)
		nb->next->prev = nb;
	nb->size = n;
	a->total = a->total - old + n;
	return nb->data;
}

static void *arena_alloc(struct rasd_arena *a, size_t n, int zero)
{
	char *p;
	size_t rounded;

	if (n > (size_t)-1 - ALIGN) {
		a->failed = 1;
		return NULL;
	}
	rounded = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (!rounded)
		rounded = ALIGN;
	if (rounded >= RASD_ARENA_LARGE) {
		p = large_alloc(a, rounded, zero);
		if (!p)
			a->failed = 1;
		return p;
	}
	if (!a->ptr || (size_t)(a->end - a->ptr) < rounded) {
		if (new_block(a, rounded)) {
			a->failed = 1;
			return NULL;
		}
	}
	p = a->ptr;
	a->ptr += rounded;
	if (zero)
		memset(p, 0, n);
	return p;
}

void *rasd_arena_alloc(struct rasd_arena *a, size_t n)
{
	return arena_alloc(a, n, 0);
}

void *rasd_arena_calloc(struct rasd_arena *a, size_t nmemb, size_t size)
{
	if (size && nmemb > (size_t)-1 / size) {
		a->failed = 1;
		return NULL;
	}
	return arena_alloc(a, nmemb * size, 1);
}

char *rasd_arena_strndup(struct rasd_arena *a, const char *s, size_t len)
{
	char *p = rasd_arena_alloc(a, len + 1);

	if (!p)
		return NULL;
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *rasd_arena_strdup(struct rasd_arena *a, const char *s)
{
	return s ? rasd_arena_strndup(a, s, strlen(s)) : NULL;
}

char *rasd_arena_printf(struct rasd_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = rasd_arena_alloc(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void rasd_arena_free(struct rasd_arena *a, void *p, size_t size)
{
	struct rasd_arena_block *b;

	/* rounded as arena_alloc() and rasd_arena_grow() round it */
	if (!p || ((size + ALIGN - 1) & ~(size_t)(ALIGN - 1)) < RASD_ARENA_LARGE)
		return;
	b = (struct rasd_arena_block *)((char *)p - offsetof(struct rasd_arena_block, data));
	if (b->prev)
		b->prev->next = b->next;
	else
		a->large = b->next;
	if (b->next)
		b->next->prev = b->prev;
	a->total -= b->size;
	free(b);
}

void *rasd_arena_grow(struct rasd_arena *a, void **items, size_t *nr,
		      size_t *alloc, size_t size)
{
	char *slot;

	if (*nr >= *alloc) {
		size_t want = *alloc ? *alloc * 2 : 8;
		size_t old = *alloc * size;
		void *n;

		if (want > (size_t)-1 / size || want * size > (size_t)-1 - ALIGN) {
			a->failed = 1;
			return NULL;
		}
		/*
		 * An array this size was itself grown here into a block of its
		 * own (rounding never shrinks it below RASD_ARENA_LARGE).
		 */
		if (old >= RASD_ARENA_LARGE) {
			n = large_realloc(a, *items, (want * size + ALIGN - 1) & ~(size_t)(ALIGN - 1));
			if (!n) {
				a->failed = 1;
				return NULL;
			}
		} else {
			n = rasd_arena_alloc(a, want * size);
			if (!n)
				return NULL;
			if (*nr)
				memcpy(n, *items, *nr * size);
		}
		*items = n;
		*alloc = want;
	}
	slot = (char *)*items + *nr * size;
	memset(slot, 0, size);
	(*nr)++;
	return slot;
}
