/*
 * catalogue_cache.c
 *		The backend's copy of the catalogue and the rules (see the header).
 */
#include "catalogue_cache.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(catalogue_changed);

typedef struct cc_link
{
	char		gemeentecode[5];
	char		domain[4];
	DateADT		lo;				/* the link's validity, within the catalogue's */
	DateADT		hi;
	int32		catalogue_id;
} cc_link;

typedef struct cc_tariff
{
	char		gemeentecode[5];
	char		agb[9];			/* "" for any provider */
	int32		code;
	char		unit[3];
	DateADT		lo;
	DateADT		hi;
	int32		cents;
} cc_tariff;

typedef struct cc_municipality
{
	char		gemeentecode[5];
	DateADT		lo;
	DateADT		hi;
} cc_municipality;

typedef struct cc_pension
{
	DateADT		lo;
	DateADT		hi;
	int			years;
	int			months;
} cc_pension;

struct catalogue_cache
{
	MemoryContext cxt;
	int			refcount;		/* statements using this copy */
	uint64		generation;		/* invalidations counted when its load began */
	Oid			loaded_as;		/* the role whose privileges read it */
	bool		per_statement;	/* row-level security applied to the role */
	bool		bound;			/* read in SERIALIZABLE, with its snapshot */
	uint64		xact;			/* the transaction it was read in */
	int			nrules;
	cc_rule    *rules;
	int			nsettings;
	cc_setting *settings;
	int			ncategories;
	char	  **categories;		/* "code/domain", sorted */
	int			nunits;
	char	  **units;			/* sorted */
	int			nmunicipalities;
	cc_municipality *municipalities;	/* by code */
	int			nlinks;
	cc_link    *links;			/* by municipality, domain */
	int			nproducts;
	cc_product *products;		/* by catalogue, code */
	int			ntariffs;
	cc_tariff  *tariffs;		/* by municipality, code */
	int			npensions;
	cc_pension *pensions;
};

/* The tables the copy is read from; a change to one makes it stale. */
static const char *const watched_tables[] = {
	"rules", "rule_settings", "categories", "units", "municipalities", "catalogues",
	"catalogue_municipalities", "products", "product_companions", "tariffs",
	"state_pension_ages"
};
#define N_WATCHED lengthof(watched_tables)

static catalogue_cache *current = NULL;
static Oid	watched_relids[N_WATCHED];
static bool callbacks_registered = false;

/*
 * Counts the invalidations that can change what a copy would hold.  A copy
 * records the count when its load begins, and is stale once the count has
 * moved: an invalidation that arrives while a copy is being read (SPI takes
 * locks, and a lock reads the invalidation queue) makes the new copy stale
 * too, not only the old one.
 */
static uint64 generation = 0;

static void
count_invalidation(void)
{
	generation++;
}

/* A catalogue table, or its privileges or policies, changed. */
static void
relation_invalidated(Datum arg, Oid relid)
{
	int			i;

	if (!OidIsValid(relid))
	{
		count_invalidation();
		return;
	}
	for (i = 0; i < (int) N_WATCHED; i++)
		if (watched_relids[i] == relid)
		{
			count_invalidation();
			return;
		}
}

/*
 * A role or a membership changed (GRANT or REVOKE of a role, ALTER ROLE
 * ... INHERIT or BYPASSRLS, DROP ROLE).  Such a change sends no relcache
 * invalidation, yet it changes what a role may read: a copy read through a
 * group's privileges must not outlive the membership.  Which roles a change
 * touches through chains of groups is not worth working out: every copy goes.
 */
static void
role_invalidated(Datum arg, int cacheid, uint32 hashvalue)
{
	count_invalidation();
}

/*
 * Counts the transactions that ended.  A SERIALIZABLE transaction reads a
 * copy of its own, with its own snapshot (see load_cache()), and that copy
 * is current in that transaction only.
 */
static uint64 xact_number = 0;

static void
xact_ended(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			xact_number++;
			break;
		default:
			break;
	}
}

static void
register_callbacks(void)
{
	if (callbacks_registered)
		return;
	CacheRegisterRelcacheCallback(relation_invalidated, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHOID, role_invalidated, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, role_invalidated, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMMEMROLE, role_invalidated, (Datum) 0);
	RegisterXactCallback(xact_ended, NULL);
	callbacks_registered = true;
}

/* ------------------------------------------------------------- loading */

/*
 * The snapshot every query of a load reads with: the latest, taken after
 * the load's generation was noted (see load_cache()).
 */
static Snapshot load_snapshot = InvalidSnapshot;

/* Run a query with a snapshot and return its row count; rows in SPI_tuptable. */
static uint64
query_with(const char *sql, Snapshot snapshot)
{
	SPIPlanPtr	plan = SPI_prepare(sql, 0, NULL);

	if (plan == NULL ||
		SPI_execute_snapshot(plan, NULL, NULL, snapshot, InvalidSnapshot,
							 true, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read the catalogue: %s", sql);
	SPI_freeplan(plan);
	return SPI_processed;
}

/* A query of the load, with the load's snapshot. */
static uint64
load_query(const char *sql)
{
	return query_with(sql, load_snapshot);
}

static void
copy_text(char *dst, size_t size, uint64 row, int col)
{
	char	   *s = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	strlcpy(dst, s ? s : "", size);
}

static int32
get_int4(uint64 row, int col, bool *present)
{
	bool		isnull;
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);

	if (present)
		*present = !isnull;
	return isnull ? 0 : DatumGetInt32(d);
}

/*
 * A column of the load must be of the type it is read as: a query is never
 * to be resolved to another type (its casts name pg_catalog's types, which
 * a temporary type of the same name would otherwise shadow), but a wrong
 * one would be read as garbage, so it is checked.
 */
static void
expect_type(int col, Oid type)
{
	if (SPI_gettypeid(SPI_tuptable->tupdesc, col) != type)
		elog(ERROR, "catalogue load: column %d is of type %u, not %u", col,
			 SPI_gettypeid(SPI_tuptable->tupdesc, col), type);
}

static bool
get_bool(uint64 row, int col)
{
	bool		isnull;
	Datum		d;

	expect_type(col, BOOLOID);
	d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);
	return !isnull && DatumGetBool(d);
}

static DateADT
get_date(uint64 row, int col)
{
	bool		isnull;

	expect_type(col, DATEOID);
	return DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull));
}

/* validity [lo, hi) as dates, an open side as -infinity or infinity */
#define RANGE_COLUMNS(r) \
	"coalesce(pg_catalog.lower(" r "), '-infinity'::pg_catalog.date), coalesce(pg_catalog.upper(" r "), 'infinity'::pg_catalog.date)"

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static int
compare_municipalities(const void *a, const void *b)
{
	return strcmp(((const cc_municipality *) a)->gemeentecode,
				  ((const cc_municipality *) b)->gemeentecode);
}

static int
compare_links(const void *a, const void *b)
{
	const cc_link *x = a;
	const cc_link *y = b;
	int			c = strcmp(x->gemeentecode, y->gemeentecode);

	return c != 0 ? c : strcmp(x->domain, y->domain);
}

static int
compare_products(const void *a, const void *b)
{
	const cc_product *x = a;
	const cc_product *y = b;

	if (x->catalogue_id != y->catalogue_id)
		return x->catalogue_id < y->catalogue_id ? -1 : 1;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	return 0;
}

static int
compare_tariffs(const void *a, const void *b)
{
	const cc_tariff *x = a;
	const cc_tariff *y = b;
	int			c = strcmp(x->gemeentecode, y->gemeentecode);

	if (c != 0)
		return c;
	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	return 0;
}

/*
 * In REPEATABLE READ or SERIALIZABLE: is the catalogue the load read (the
 * latest) the one the transaction's snapshot sees?  Per table, the rows the
 * role may read (their ctid and xmin) under either snapshot must be the
 * same: a row written by a transaction the snapshot does not see, a row
 * deleted, or a policy of the deployer's that now lets other rows through
 * (it reads a table of its own) all show as a difference.  If one differs,
 * 40001: the transaction's retry sees the change.
 */
static char *
fingerprint(const char *table, Snapshot snapshot)
{
	char		sql[192];
	char	   *result;

	snprintf(sql, sizeof(sql),
			 "SELECT pg_catalog.string_agg(ctid::pg_catalog.text OPERATOR(pg_catalog.||) ':'"
			 " OPERATOR(pg_catalog.||) xmin::pg_catalog.text, ',' ORDER BY ctid)"
			 " FROM productcodes.%s", table);
	if (query_with(sql, snapshot) != 1)
		elog(ERROR, "could not read the catalogue: %s", sql);
	result = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	return result ? result : "";
}

static void
check_fresh(void)
{
	Snapshot	xact = RegisterSnapshot(GetTransactionSnapshot());
	int			i;

	for (i = 0; i < (int) N_WATCHED; i++)
	{
		if (!OidIsValid(watched_relids[i]))
			continue;
		if (strcmp(fingerprint(watched_tables[i], load_snapshot),
				   fingerprint(watched_tables[i], xact)) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
					 errmsg("could not serialize the check with a concurrent change of the catalogue"),
					 errdetail("What this role reads of table productcodes.%s was changed by a transaction committed after this %s transaction took its snapshot.",
							   watched_tables[i],
							   XactIsoLevel == XACT_SERIALIZABLE ? "SERIALIZABLE" : "REPEATABLE READ"),
					 errhint("Retry the transaction: its new snapshot sees the change.")));
	}
	UnregisterSnapshot(xact);
}

static catalogue_cache *
load_cache(void)
{
	/* built under the current context, so an error frees it; kept on success */
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext,
											  "productcodes catalogue cache",
											  ALLOCSET_DEFAULT_SIZES);
	catalogue_cache *c;
	Oid			nsp = get_namespace_oid("productcodes", false);
	uint64		n,
				i;

	c = MemoryContextAllocZero(cxt, sizeof(catalogue_cache));
	c->cxt = cxt;
	c->loaded_as = GetUserId();

	/*
	 * In READ COMMITTED and REPEATABLE READ the copy is read with the latest
	 * snapshot, not with the statement's or the transaction's: those may be
	 * older than an invalidation already counted (a statement that took its
	 * snapshot, then waited, or a cursor; a REPEATABLE READ transaction),
	 * and a copy read with them would then miss a change and be taken for
	 * current.  Noting the generation first, and taking the snapshot after,
	 * every change whose invalidation was counted before is in the copy (a
	 * transaction sends its invalidations only once its commit is visible),
	 * and any invalidation counted later makes the copy stale.
	 *
	 * In REPEATABLE READ and SERIALIZABLE the engine never checks against a
	 * catalogue the transaction's snapshot does not see, as it never counts
	 * a row it does not see (eng_check_snapshot()): when the catalogue read
	 * now differs from the snapshot's, the load fails with 40001
	 * (check_fresh()).  In SERIALIZABLE, moreover, each transaction reads a
	 * copy of its own, used in it only: its reads then leave their trace for
	 * PostgreSQL's serializable checks (a tariff changed by a transaction
	 * that itself depends on the rows checked: one of the two fails with
	 * 40001).
	 */
	c->generation = generation;
	c->xact = xact_number;
	c->bound = IsolationIsSerializable();
	load_snapshot = RegisterSnapshot(GetLatestSnapshot());
	for (i = 0; i < N_WATCHED; i++)
		watched_relids[i] = get_relname_relid(watched_tables[i], nsp);

	n = load_query("SELECT rule_id, return_code, severity,"
				   "       coalesce(text_nl, ''), coalesce(text_en, '') FROM productcodes.rules");
	c->rules = MemoryContextAllocZero(cxt, sizeof(cc_rule) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;

		copy_text(c->rules[i].rule_id, sizeof(c->rules[i].rule_id), i, 1);
		copy_text(c->rules[i].return_code, sizeof(c->rules[i].return_code), i, 2);
		copy_text(c->rules[i].severity, sizeof(c->rules[i].severity), i, 3);
		c->rules[i].text_nl = MemoryContextStrdup(cxt, SPI_getvalue(tup, desc, 4));
		c->rules[i].text_en = MemoryContextStrdup(cxt, SPI_getvalue(tup, desc, 5));
	}
	c->nrules = (int) n;

	n = load_query("SELECT gemeentecode, rule_id, setting FROM productcodes.rule_settings");
	c->settings = MemoryContextAllocZero(cxt, sizeof(cc_setting) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		copy_text(c->settings[i].gemeentecode, sizeof(c->settings[i].gemeentecode), i, 1);
		copy_text(c->settings[i].rule_id, sizeof(c->settings[i].rule_id), i, 2);
		copy_text(c->settings[i].setting, sizeof(c->settings[i].setting), i, 3);
	}
	c->nsettings = (int) n;

	n = load_query("SELECT code OPERATOR(pg_catalog.||) '/' OPERATOR(pg_catalog.||) domain"
				   "  FROM productcodes.categories");
	c->categories = MemoryContextAlloc(cxt, sizeof(char *) * Max(n, 1));
	for (i = 0; i < n; i++)
		c->categories[i] = MemoryContextStrdup(cxt, SPI_getvalue(SPI_tuptable->vals[i],
																 SPI_tuptable->tupdesc, 1));
	c->ncategories = (int) n;
	qsort(c->categories, n, sizeof(char *), compare_strings);

	n = load_query("SELECT code FROM productcodes.units");
	c->units = MemoryContextAlloc(cxt, sizeof(char *) * Max(n, 1));
	for (i = 0; i < n; i++)
		c->units[i] = MemoryContextStrdup(cxt, SPI_getvalue(SPI_tuptable->vals[i],
															SPI_tuptable->tupdesc, 1));
	c->nunits = (int) n;
	qsort(c->units, n, sizeof(char *), compare_strings);

	n = load_query("SELECT gemeentecode, " RANGE_COLUMNS("validity") " FROM productcodes.municipalities");
	c->municipalities = MemoryContextAllocZero(cxt, sizeof(cc_municipality) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		copy_text(c->municipalities[i].gemeentecode, 5, i, 1);
		c->municipalities[i].lo = get_date(i, 2);
		c->municipalities[i].hi = get_date(i, 3);
	}
	c->nmunicipalities = (int) n;
	qsort(c->municipalities, n, sizeof(cc_municipality), compare_municipalities);

	/* a link counts where both it and its catalogue are valid */
	n = load_query("SELECT cm.gemeentecode, cm.domain, cm.catalogue_id, "
				   RANGE_COLUMNS("cm.validity OPERATOR(pg_catalog.*) c.validity")
				   "  FROM productcodes.catalogue_municipalities cm"
				   "  JOIN productcodes.catalogues c"
				   "    ON c.catalogue_id OPERATOR(pg_catalog.=) cm.catalogue_id"
				   " WHERE NOT pg_catalog.isempty(cm.validity OPERATOR(pg_catalog.*) c.validity)");
	c->links = MemoryContextAllocZero(cxt, sizeof(cc_link) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		copy_text(c->links[i].gemeentecode, 5, i, 1);
		copy_text(c->links[i].domain, 4, i, 2);
		c->links[i].catalogue_id = get_int4(i, 3, NULL);
		c->links[i].lo = get_date(i, 4);
		c->links[i].hi = get_date(i, 5);
	}
	c->nlinks = (int) n;
	qsort(c->links, n, sizeof(cc_link), compare_links);

	n = load_query("SELECT p.catalogue_id, p.code, " RANGE_COLUMNS("p.validity") ","
				   "       p.domain, p.category, p.product_id, p.max_units_per_week,"
				   "       p.max_units_per_year, p.min_age_years, p.max_age_years,"
				   "       p.max_age_extended_years, p.until_state_pension_age, p.home_only,"
				   "       EXISTS (SELECT 1 FROM productcodes.product_companions pc"
				   "                WHERE pc.product_id OPERATOR(pg_catalog.=) p.product_id)"
				   "  FROM productcodes.products p");
	c->products = MemoryContextAllocZero(cxt, sizeof(cc_product) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		cc_product *p = &c->products[i];

		p->catalogue_id = get_int4(i, 1, NULL);
		p->code = get_int4(i, 2, NULL);
		p->lo = get_date(i, 3);
		p->hi = get_date(i, 4);
		copy_text(p->domain, sizeof(p->domain), i, 5);
		copy_text(p->category, sizeof(p->category), i, 6);
		p->product_id = get_int4(i, 7, NULL);
		p->max_week = get_int4(i, 8, &p->has_max_week);
		p->max_year = get_int4(i, 9, &p->has_max_year);
		p->min_age = get_int4(i, 10, &p->has_min_age);
		p->max_age = get_int4(i, 11, &p->has_max_age);
		p->max_age_extended = get_int4(i, 12, &p->has_max_age_extended);
		p->until_pension = get_bool(i, 13);
		p->home_only = get_bool(i, 14);
		p->has_companions = get_bool(i, 15);
	}
	c->nproducts = (int) n;
	qsort(c->products, n, sizeof(cc_product), compare_products);

	/* companion codes (REG_SAMEN_MET), attached to their products */
	n = load_query("SELECT pc.product_id, p.code FROM productcodes.product_companions pc"
				   "  JOIN productcodes.products p"
				   "    ON p.product_id OPERATOR(pg_catalog.=) pc.companion_product_id");
	for (i = 0; i < c->nproducts; i++)
	{
		cc_product *p = &c->products[i];
		uint64		j;

		if (!p->has_companions)
			continue;
		p->companion_codes = MemoryContextAlloc(cxt, sizeof(int32) * Max(n, 1));
		for (j = 0; j < n; j++)
			if (get_int4(j, 1, NULL) == p->product_id)
				p->companion_codes[p->n_companions++] = get_int4(j, 2, NULL);
	}

	n = load_query("SELECT gemeentecode, agb, code, unit, " RANGE_COLUMNS("validity") ", tariff_cents"
				   "  FROM productcodes.tariffs");
	c->tariffs = MemoryContextAllocZero(cxt, sizeof(cc_tariff) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		cc_tariff  *t = &c->tariffs[i];

		copy_text(t->gemeentecode, sizeof(t->gemeentecode), i, 1);
		copy_text(t->agb, sizeof(t->agb), i, 2);
		t->code = get_int4(i, 3, NULL);
		copy_text(t->unit, sizeof(t->unit), i, 4);
		t->lo = get_date(i, 5);
		t->hi = get_date(i, 6);
		t->cents = get_int4(i, 7, NULL);
	}
	c->ntariffs = (int) n;
	qsort(c->tariffs, n, sizeof(cc_tariff), compare_tariffs);

	n = load_query("SELECT " RANGE_COLUMNS("validity") ", years, months FROM productcodes.state_pension_ages");
	c->pensions = MemoryContextAllocZero(cxt, sizeof(cc_pension) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		c->pensions[i].lo = get_date(i, 1);
		c->pensions[i].hi = get_date(i, 2);
		c->pensions[i].years = get_int4(i, 3, NULL);
		c->pensions[i].months = get_int4(i, 4, NULL);
	}
	c->npensions = (int) n;

	/*
	 * Under row-level security the copy holds what the policies let the
	 * role see, and a policy's verdict may depend on data or a setting no
	 * invalidation announces (municipality_roles, a table of the
	 * deployer's, current_setting()).  Such a copy serves one statement.
	 */
	for (i = 0; i < N_WATCHED; i++)
		if (OidIsValid(watched_relids[i]) &&
			check_enable_rls(watched_relids[i], InvalidOid, true) != RLS_NONE)
			c->per_statement = true;

	if (IsolationUsesXactSnapshot())
		check_fresh();

	UnregisterSnapshot(load_snapshot);	/* on an error, the resource owner does */
	load_snapshot = InvalidSnapshot;
	MemoryContextSetParent(cxt, CacheMemoryContext);
	return c;
}

catalogue_cache *
cc_acquire(void)
{
	register_callbacks();
	if (current == NULL || !cc_is_current(current))
	{
		catalogue_cache *old = current;
		catalogue_cache *fresh = load_cache();	/* may raise: current stays */

		current = fresh;
		if (old != NULL && old->refcount == 0)
			MemoryContextDelete(old->cxt);
	}
	current->refcount++;
	return current;
}

void
cc_release(catalogue_cache *cache)
{
	cache->refcount--;
	if (cache != current && cache->refcount == 0)
		MemoryContextDelete(cache->cxt);
}

/*
 * Is this copy still what a new statement of the current role would read?
 * Nothing it was read from has changed since its load began (tables,
 * privileges, policies, roles and memberships), the role is the one it
 * was read for, no row-level security applied when it was read, and in
 * SERIALIZABLE it is the transaction's own.  A copy is read with the privileges and
 * policies of the current role and serves only that role: after SET ROLE
 * (or in a SECURITY DEFINER function) another role must not learn from it
 * what it may not read, such as a contract tariff through TR418.
 */
bool
cc_is_current(const catalogue_cache *cache)
{
	if (cache->bound || IsolationIsSerializable())
	{
		/* a SERIALIZABLE transaction's own copy, in that transaction only */
		if (!cache->bound || cache->xact != xact_number)
			return false;
	}
	return cache->generation == generation && cache->loaded_as == GetUserId() &&
		!cache->per_statement;
}

/* ------------------------------------------------------------- look-ups */

int
cc_rules(const catalogue_cache *cache, const cc_rule **rules)
{
	*rules = cache->rules;
	return cache->nrules;
}

int
cc_settings(const catalogue_cache *cache, const cc_setting **settings)
{
	*settings = cache->settings;
	return cache->nsettings;
}

bool
cc_has_category(const catalogue_cache *cache, const char *code, const char *domain)
{
	char		key[64];
	char	   *k = key;

	snprintf(key, sizeof(key), "%s/%s", code, domain);
	return bsearch(&k, cache->categories, cache->ncategories, sizeof(char *),
				   compare_strings) != NULL;
}

bool
cc_has_unit(const catalogue_cache *cache, const char *code)
{
	return bsearch(&code, cache->units, cache->nunits, sizeof(char *),
				   compare_strings) != NULL;
}

bool
cc_municipality_valid(const catalogue_cache *cache, const char *gemeentecode, DateADT on)
{
	cc_municipality key;
	const cc_municipality *m;

	strlcpy(key.gemeentecode, gemeentecode, sizeof(key.gemeentecode));
	m = bsearch(&key, cache->municipalities, cache->nmunicipalities,
				sizeof(cc_municipality), compare_municipalities);
	return m != NULL && m->lo <= on && on < m->hi;
}

/* The first element of a sorted array equal to key under cmp, or -1. */
static int
lower_bound(const void *base, int n, size_t size, const void *key,
			int (*cmp) (const void *, const void *))
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (cmp((const char *) base + (size_t) mid * size, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < n && cmp((const char *) base + (size_t) lo * size, key) == 0) ? lo : -1;
}

int32
cc_catalogue_for(const catalogue_cache *cache, const char *gemeentecode,
				 const char *domain, DateADT on)
{
	cc_link		key;
	int			i;

	strlcpy(key.gemeentecode, gemeentecode, sizeof(key.gemeentecode));
	strlcpy(key.domain, domain, sizeof(key.domain));
	i = lower_bound(cache->links, cache->nlinks, sizeof(cc_link), &key, compare_links);
	for (; i >= 0 && i < cache->nlinks && compare_links(&cache->links[i], &key) == 0; i++)
		if (cache->links[i].lo <= on && on < cache->links[i].hi)
			return cache->links[i].catalogue_id;
	return 0;
}

const cc_product *
cc_product_for(const catalogue_cache *cache, int32 catalogue_id, const char *domain,
			   int32 code, DateADT on)
{
	cc_product	key;
	int			i;

	key.catalogue_id = catalogue_id;
	key.code = code;
	i = lower_bound(cache->products, cache->nproducts, sizeof(cc_product), &key, compare_products);
	for (; i >= 0 && i < cache->nproducts && compare_products(&cache->products[i], &key) == 0; i++)
	{
		const cc_product *p = &cache->products[i];

		if (strcmp(p->domain, domain) == 0 && p->lo <= on && on < p->hi)
			return p;
	}
	return NULL;
}

bool
cc_tariff_for(const catalogue_cache *cache, const char *gemeentecode, const char *agb,
			  int32 code, const char *unit, DateADT on, int32 *cents, bool *hourly)
{
	cc_tariff	key;
	int			i;
	int			best_score = -1;

	strlcpy(key.gemeentecode, gemeentecode, sizeof(key.gemeentecode));
	key.code = code;
	i = lower_bound(cache->tariffs, cache->ntariffs, sizeof(cc_tariff), &key, compare_tariffs);
	for (; i >= 0 && i < cache->ntariffs && compare_tariffs(&cache->tariffs[i], &key) == 0; i++)
	{
		const cc_tariff *t = &cache->tariffs[i];
		bool		own = strcmp(t->agb, agb) == 0;
		bool		same_unit = strcmp(t->unit, unit) == 0;
		bool		on_hours = strcmp(unit, "01") == 0 && strcmp(t->unit, "04") == 0;
		int			score;

		if (!(own || t->agb[0] == '\0') || !(same_unit || on_hours) ||
			!(t->lo <= on && on < t->hi))
			continue;
		score = (own ? 2 : 0) + (same_unit ? 1 : 0);
		if (score > best_score)
		{
			best_score = score;
			*cents = t->cents;
			*hourly = on_hours;
		}
	}
	return best_score >= 0;
}

bool
cc_pension_age(const catalogue_cache *cache, DateADT on, int *years, int *months)
{
	int			i;

	for (i = 0; i < cache->npensions; i++)
	{
		if (cache->pensions[i].lo <= on && on < cache->pensions[i].hi)
		{
			*years = cache->pensions[i].years;
			*months = cache->pensions[i].months;
			return true;
		}
	}
	return false;
}

/*
 * Statement-level trigger on each catalogue table: tell every backend
 * (this one at the end of the command, the others when they next look)
 * that its copy is stale.
 */
Datum
catalogue_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "catalogue_changed()")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}

/*
 * Has the contract any tariff for a municipality, provider (or any
 * provider) and code on a date, in whatever unit (TR341 on an allocation
 * without a unit)?
 */
bool
cc_tariff_any_unit(const catalogue_cache *cache, const char *gemeentecode, const char *agb,
				   int32 code, DateADT on)
{
	cc_tariff	key;
	int			i;

	strlcpy(key.gemeentecode, gemeentecode, sizeof(key.gemeentecode));
	key.code = code;
	i = lower_bound(cache->tariffs, cache->ntariffs, sizeof(cc_tariff), &key, compare_tariffs);
	for (; i >= 0 && i < cache->ntariffs && compare_tariffs(&cache->tariffs[i], &key) == 0; i++)
	{
		const cc_tariff *t = &cache->tariffs[i];

		if ((strcmp(t->agb, agb) == 0 || t->agb[0] == '\0') && t->lo <= on && on < t->hi)
			return true;
	}
	return false;
}
