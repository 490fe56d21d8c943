/*
 * export_actors.c - the actors of an export record: the candidates of
 * every member report's events and roles, actor1 (the side that acted,
 * never whose people were counted), actor2 (the target), their associates,
 * ACLED's names and inter codes (data/exports/actors.tsv), the interaction
 * and UCDP's sides and dyad.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/jsonr.h"
#include "doc.h"
#include "incident/incident.h"
#include "io/export_int.h"
#include "store/store.h"

#include "base/banned.h"

/* ---- actors ----------------------------------------------------------- */

struct cand {
	const char *id;
	int a1, a2, any;         /* events naming it actor1, actor2, at all */
	int victim;              /* its people are counted among the victims */
	int asserted, denied;    /* sources saying it took part, or not or only a little */
	int order;
	int side_a2;             /* events naming its side (parent chain) actor2 */
	int inter, known;        /* ACLED inter code, and whether it has an ACLED name */
	char name[160];
};

struct actors {
	struct cand c[MAX_CANDS];
	size_t n;
	int civilian_victims;    /* the figures count civilians */
};

static struct cand *cand_of(struct actors *A, const char *id)
{
	size_t i;

	if (!id || !*id)
		return NULL;
	for (i = 0; i < A->n; i++)
		if (!strcmp(A->c[i].id, id))
			return &A->c[i];
	if (A->n == MAX_CANDS)
		return NULL;
	memset(&A->c[A->n], 0, sizeof(A->c[0]));
	A->c[A->n].id = id;
	A->c[A->n].order = (int)A->n;
	return &A->c[A->n++];
}

static int is_violence(const char *type)
{
	return type && strcmp(type, "Protests") && strcmp(type, "Riots") &&
		strcmp(type, "Strategic developments");
}

/*
 * Gather every actor of the member events (copies left out: they repeat
 * their original), with its roles, whether the figures count its people,
 * and what the sources say of its part.
 */
static void gather_actors(struct exp *x, json_object *inc, const struct members *M,
			  const char *day, const char *country, struct actors *A)
{
	json_object *evs = rasdp_json_arr(inc, "events"), *parts = rasdp_json_arr(inc, "participation");
	size_t i, j;
	char who[96];

	memset(A, 0, sizeof(*A));
	for (i = 0; i < rasdp_json_len(evs); i++) {
		const struct rasd_ex_event *ev = rasdp_export_own_event(M, rasdp_json_at(evs, i));

		if (!ev)
			continue;
		for (j = 0; j < ev->nactors; j++) {
			struct cand *c = cand_of(A, ev->actors[j].id);

			if (!c)
				continue;
			c->any++;
			if (ev->actors[j].role && !strcmp(ev->actors[j].role, "actor1"))
				c->a1++;
			if (ev->actors[j].role && !strcmp(ev->actors[j].role, "actor2"))
				c->a2++;
		}
		for (j = 0; j < ev->nclaims; j++) {
			const struct rasd_ex_claim *cl = &ev->claims[j];
			struct cand *c;
			int inter;
			char nm[160];

			if (cl->denied)
				continue;
			c = cand_of(A, cl->who_actor);
			if (c)
				c->victim = 1;
			snprintf(who, sizeof(who), "group:%s", cl->who ? cl->who : "");
			if (cl->who && !rasdp_outdata_actor(x->d, who, day, country, nm, sizeof(nm), &inter) &&
			    inter == 7)
				A->civilian_victims = 1;
		}
	}
	for (i = 0; i < rasdp_json_len(parts); i++) {
		json_object *p = rasdp_json_at(parts, i);
		struct cand *c = cand_of(A, rasdp_json_str(p, "actor"));

		if (!c)
			continue;
		c->asserted = (int)rasdp_json_len(rasdp_json_arr(p, "asserted_by"));
		c->denied = (int)(rasdp_json_len(rasdp_json_arr(p, "denied_by")) +
				  rasdp_json_len(rasdp_json_arr(p, "limited_by")));
	}
	for (i = 0; i < A->n; i++) {
		struct cand *c = &A->c[i];

		c->known = !rasdp_outdata_actor(x->d, c->id, day, country, c->name, sizeof(c->name),
						&c->inter);
	}
	/*
	 * Sides: the units of one actor (its parent chain in data/actors.tsv)
	 * share the victims' role ("18 soldiers" of the army makes its 4th
	 * Division a target too) and count each other's actor2 mentions.
	 */
	for (i = 0; i < A->n; i++)
		for (j = 0; j < A->n; j++) {
			const char *ri = rasdp_outdata_actor_root(x->d, A->c[i].id);
			const char *rj = rasdp_outdata_actor_root(x->d, A->c[j].id);

			if (!ri || !rj || strcmp(ri, rj))
				continue;
			A->c[i].side_a2 += A->c[j].a2;
			if (A->c[j].victim)
				A->c[i].victim |= 2;
		}
}

/* Is a better actor1 than b (NULL: none yet)? */
static int better_actor1(const struct cand *a, const struct cand *b)
{
	if (!b)
		return 1;
	if (a->a1 != b->a1)
		return a->a1 > b->a1;
	if (a->side_a2 != b->side_a2)
		return a->side_a2 < b->side_a2;
	if (a->asserted != b->asserted)
		return a->asserted > b->asserted;
	return a->order < b->order;
}

static int better_actor2(const struct cand *a, const struct cand *b)
{
	if (!b)
		return 1;
	if (!a->victim != !b->victim)
		return a->victim != 0;
	if (a->a2 != b->a2)
		return a->a2 > b->a2;
	if (a->any != b->any)
		return a->any > b->any;
	return a->order < b->order;
}

/* Append `name` to a "; "-separated list unless it is there or is `not1`/`not2`. */
static void add_assoc(char **slot, const char *name, const char *not1, const char *not2)
{
	char buf[1024];
	const char *p;
	size_t n = strlen(name);

	if ((not1 && !strcmp(name, not1)) || (not2 && !strcmp(name, not2)))
		return;
	for (p = *slot; p && (p = strstr(p, name)); p += n)
		if ((p == *slot || p[-2] == ';') && (p[n] == '\0' || p[n] == ';'))
			return;
	snprintf(buf, sizeof(buf), "%s%s%s", *slot ? *slot : "", *slot ? "; " : "", name);
	set(slot, buf);
}

static int has_dispute(json_object *inc, const char *attr)
{
	json_object *ds = rasdp_json_arr(inc, "disputes");
	size_t i;

	for (i = 0; i < rasdp_json_len(ds); i++) {
		const char *a = rasdp_json_str(rasdp_json_at(ds, i), "attribute");

		if (a && !strcmp(a, attr))
			return 1;
	}
	return 0;
}

/* actor1, actor2, their associates, inter codes, interaction, civilian targeting. */
void rasdp_export_set_actors(struct exp *x, json_object *inc, const struct members *M,
			     const char *day, const char *country, struct rec *r)
{
	const char *type = rasdp_json_str(inc, "event_type");
	int violence = is_violence(type), protest = type && !strcmp(type, "Protests");
	struct actors A;
	const struct cand *a1 = NULL, *a2 = NULL;
	char name[160];
	int inter1 = 0, inter2 = 0;
	size_t i;

	gather_actors(x, inc, M, day, country, &A);
	if (!has_dispute(inc, "perpetrator"))
		for (i = 0; i < A.n; i++) {
			const struct cand *c = &A.c[i];

			if (!c->known || c->victim || c->a2 > c->a1 || (c->inter == 7 && violence) ||
			    (protest && c->inter != 6))
				continue;
			if (better_actor1(c, a1))
				a1 = c;
		}
	if (a1) {
		set(&r->v[C_A1], a1->name);
		inter1 = a1->inter;
	} else if (!rasdp_outdata_actor(x->d, protest ? "protesters" : "unidentified", day, country,
				       name, sizeof(name), &inter1)) {
		set(&r->v[C_A1], name);
	}
	for (i = 0; i < A.n; i++) {
		const struct cand *c = &A.c[i];

		if (!c->known || c == a1 || !strcmp(c->name, r->v[C_A1] ? r->v[C_A1] : ""))
			continue;
		if (!c->victim && !c->a2 && !(c->inter == 7 && violence))
			continue;
		if (better_actor2(c, a2))
			a2 = c;
	}
	if (a2) {
		set(&r->v[C_A2], a2->name);
		inter2 = a2->inter;
	} else if (A.civilian_victims &&
		   !rasdp_outdata_actor(x->d, "group:civilians", day, country, name, sizeof(name),
					&inter2)) {
		set(&r->v[C_A2], name);
	}
	/*
	 * A battle has two sides: without a target, the next actor that
	 * acted is the other side.
	 */
	if (!r->v[C_A2] && type && !strcmp(type, "Battles"))
		for (i = 0; i < A.n; i++) {
			const struct cand *c = &A.c[i];

			if (!c->known || c == a1 || c->inter == 7 ||
			    !strcmp(c->name, r->v[C_A1] ? r->v[C_A1] : "") ||
			    (a2 && !better_actor1(c, a2)))
				continue;
			a2 = c;
		}
	if (a2 && !r->v[C_A2]) {
		set(&r->v[C_A2], a2->name);
		inter2 = a2->inter;
	}
	/*
	 * Associates: the other units of actor1's own side (its parent chain
	 * in data/actors.tsv) that no source denies, and the other victims.
	 */
	for (i = 0; i < A.n; i++) {
		const struct cand *c = &A.c[i];
		const char *root = rasdp_outdata_actor_root(x->d, c->id);

		if (!c->known || c == a1 || c == a2)
			continue;
		if (c->victim || c->a2 > c->a1 || (c->inter == 7 && violence))
			add_assoc(&r->v[C_AA2], c->name, r->v[C_A1], r->v[C_A2]);
		else if (a1 && !c->denied && root &&
			 !strcmp(root, rasdp_outdata_actor_root(x->d, a1->id)))
			add_assoc(&r->v[C_AA1], c->name, r->v[C_A1], r->v[C_A2]);
	}
	if (inter1)
		setf(&r->v[C_I1], "%d", inter1);
	if (inter2)
		setf(&r->v[C_I2], "%d", inter2);
	if (inter1)
		setf(&r->v[C_INTERACTION], "%d", inter2 ? (inter1 < inter2 ? inter1 * 10 + inter2 :
							   inter2 * 10 + inter1) : inter1 * 10);
	if ((type && !strcmp(type, "Violence against civilians")) || inter2 == 7)
		set(&r->v[C_CIVTARGET], "Civilian targeting");
	/* UCDP: one-sided against civilians, state-based when a state's forces fight */
	setf(&r->u[U_TOV], "%d", inter2 == 7 ? 3 : (inter1 == 1 || inter1 == 8 || inter2 == 1 ||
						    inter2 == 8) ? 1 : 2);
	set(&r->u[U_SIDE_A], r->v[C_A1]);
	set(&r->u[U_SIDE_B], r->v[C_A2]);
	if (r->v[C_A1] && r->v[C_A2]) {
		char dyad[400];

		snprintf(dyad, sizeof(dyad), "%s - %s", r->v[C_A1], r->v[C_A2]);
		set(&r->u[U_DYAD], dyad);
	}
}
