/*
 * arena.h - bump allocator; one per document.
 *
 * Everything a document owns (its normalised text, tokens, mentions, events,
 * claims) is carved from its arena and freed at once by rasd_arena_release().
 * Nothing borrowed from a document may outlive it.  Blocks grow
 * geometrically up to a cap; an allocation of RASD_ARENA_LARGE bytes or
 * more gets a block of its own, and a growable array that large grows in
 * place with realloc(), so a big document's memory is a small multiple of
 * what it holds.  An arena may start in a caller buffer (not freed).
 * Allocation failure returns NULL and sets `failed`, so a caller can check
 * once at the end of a stage.
 */
#ifndef RASD_ARENA_H
#define RASD_ARENA_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct rasd_arena_block;

/* Allocations of this many bytes or more get a block of their own. */
#define RASD_ARENA_LARGE (64u * 1024u)

struct rasd_arena {
	struct rasd_arena_block *head; /* newest block first */
	struct rasd_arena_block *large; /* blocks of one large allocation each */
	char *ptr;                     /* next free byte in head */
	char *end;                     /* end of head */
	size_t total;                  /* bytes allocated from the system */
	size_t cap;                    /* refuse to grow past this (0: none) */
	int failed;                    /* an allocation returned NULL */
	void *initial;                 /* caller buffer, never freed */
};

#define RASD_ARENA_INIT { 0 }

/* Start an arena, optionally inside a caller buffer `buf` of `len` bytes. */
void rasd_arena_init(struct rasd_arena *a, void *buf, size_t len);
/* Free every block (not the caller buffer) and reset to empty. */
void rasd_arena_release(struct rasd_arena *a);

/* `n` bytes aligned to 16; NULL on failure.  Owned by the arena. */
void *rasd_arena_alloc(struct rasd_arena *a, size_t n);
/* Like rasd_arena_alloc, zero-filled; `nmemb * size` is overflow-checked. */
void *rasd_arena_calloc(struct rasd_arena *a, size_t nmemb, size_t size);
/* Copy `len` bytes of `s` and NUL-terminate.  Owned by the arena. */
char *rasd_arena_strndup(struct rasd_arena *a, const char *s, size_t len);
char *rasd_arena_strdup(struct rasd_arena *a, const char *s);
/* printf into the arena.  Owned by the arena. */
char *rasd_arena_printf(struct rasd_arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Give back early the block of an allocation of RASD_ARENA_LARGE bytes or
 * more (`size`: what was asked for, or the array's `alloc * size`), for a
 * table a stage no longer needs; a smaller one stays carved out of its
 * block until rasd_arena_release().  `p` must not be used afterwards.
 * NULL is a no-op.
 */
void rasd_arena_free(struct rasd_arena *a, void *p, size_t size);

/*
 * Growable array in an arena: `*items` of `*nr` used and `*alloc` slots of
 * `size` bytes; makes room for one more and returns a pointer to it
 * (zeroed), or NULL.  Old storage is abandoned to the arena, except that
 * an array of RASD_ARENA_LARGE bytes or more is moved by realloc(): a
 * pointer into it does not survive the push that grows it.  Only this
 * call may set `*items` and `*alloc`.
 */
void *rasd_arena_grow(struct rasd_arena *a, void **items, size_t *nr,
		      size_t *alloc, size_t size);

/* rasd_arena_grow() without the call while the array has room. */
static inline void *rasd_arena_push(struct rasd_arena *a, void **items, size_t *nr,
				    size_t *alloc, size_t size)
{
	char *slot;

	if (*nr >= *alloc)
		return rasd_arena_grow(a, items, nr, alloc, size);
	slot = (char *)*items + *nr * size;
	memset(slot, 0, size);
	(*nr)++;
	return slot;
}

#define RASD_ARENA_PUSH(a, arr, nr, alloc) \
	((__typeof__(arr))rasd_arena_push((a), (void **)&(arr), &(nr), &(alloc), sizeof(*(arr))))

#endif
