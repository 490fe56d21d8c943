/*
 * arena.c - bump allocator with geometrically growing blocks.
 *
 * Blocks are linked newest-first; an allocation that does not fit opens a
 * new block at least twice the previous one (and big enough for the
 * request), so a document of n bytes costs O(log n) mallocs.
 */
#include "base/arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/banned.h"

struct rasd_arena_block {
	struct rasd_arena_block *next;
	size_t size;
	/* payload follows, aligned */
	_Alignas(16) char data[];
};

#define ALIGN 16u
#define MIN_BLOCK 4096u

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

void rasd_arena_release(struct rasd_arena *a)
{
	struct rasd_arena_block *b = a->head;

	while (b) {
		struct rasd_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->ptr = a->end = NULL;
	a->total = 0;
	a->failed = 0;
	a->initial = NULL;
}

static int new_block(struct rasd_arena *a, size_t need)
{
	size_t size = a->head ? a->head->size * 2 : MIN_BLOCK;
	struct rasd_arena_block *b;

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
	b->size = size;
	a->head = b;
	a->ptr = b->data;
	a->end = b->data + size;
	a->total += size;
	return 0;
}

void *rasd_arena_alloc(struct rasd_arena *a, size_t n)
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
	if (!a->ptr || (size_t)(a->end - a->ptr) < rounded) {
		if (new_block(a, rounded)) {
			a->failed = 1;
			return NULL;
		}
	}
	p = a->ptr;
	a->ptr += rounded;
	return p;
}

void *rasd_arena_calloc(struct rasd_arena *a, size_t nmemb, size_t size)
{
	void *p;

	if (size && nmemb > (size_t)-1 / size) {
		a->failed = 1;
		return NULL;
	}
	p = rasd_arena_alloc(a, nmemb * size);
	if (p)
		memset(p, 0, nmemb * size);
	return p;
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

void *rasd_arena_grow(struct rasd_arena *a, void **items, size_t *nr,
		      size_t *alloc, size_t size)
{
	char *slot;

	if (*nr >= *alloc) {
		size_t want = *alloc ? *alloc * 2 : 8;
		void *n;

		if (want > (size_t)-1 / size) {
			a->failed = 1;
			return NULL;
		}
		n = rasd_arena_alloc(a, want * size);
		if (!n)
			return NULL;
		if (*nr)
			memcpy(n, *items, *nr * size);
		*items = n;
		*alloc = want;
	}
	slot = (char *)*items + *nr * size;
	memset(slot, 0, size);
	(*nr)++;
	return slot;
}
