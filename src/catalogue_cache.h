/*
 * catalogue_cache.h
 *		The backend's copy of the catalogue and the rules, for the engine.
 *
 * Loaded on first use, in memory of its own, as sorted arrays searched by
 * binary search: no query per row.  A statement-level trigger on each
 * catalogue table (catalogue_changed) sends a relcache invalidation for
 * it; every backend then marks its copy stale and loads a new one for its
 * next statement.  A change of a role or a membership makes every copy
 * stale too (it changes what a role may read).  A copy is read with the
 * latest snapshot (the catalogue as committed when it was read), except in
 * SERIALIZABLE, where each transaction reads its own with its snapshot.  A statement holds a reference to the copy it started
 * with, so all its rows are checked against one catalogue.
 */
#ifndef CATALOGUE_CACHE_H
#define CATALOGUE_CACHE_H

#include "pc_pg.h"

#include "utils/date.h"

typedef struct cc_rule
{
	char		rule_id[32];
	char		return_code[5];
	char		severity[8];
	char	   *text_nl;		/* the rule's text in Dutch and in English */
	char	   *text_en;
} cc_rule;

typedef struct cc_setting
{
	char		gemeentecode[5];	/* "" for all municipalities */
	char		rule_id[32];
	char		setting[10];
} cc_setting;

typedef struct cc_product
{
	int32		catalogue_id;
	int32		code;
	DateADT		lo;				/* validity [lo, hi) */
	DateADT		hi;
	char		domain[4];
	char		category[3];
	int32		product_id;
	bool		has_max_week;
	int32		max_week;
	bool		has_max_year;
	int32		max_year;
	bool		has_min_age;
	int32		min_age;
	bool		has_max_age;
	int32		max_age;
	bool		has_max_age_extended;
	int32		max_age_extended;
	bool		until_pension;
	bool		home_only;
	bool		has_companions;
	int			n_companions;
	int32	   *companion_codes;	/* the codes of its companion products */
} cc_product;

typedef struct catalogue_cache catalogue_cache;

/* A reference to the current copy (loaded with SPI when needed). */
extern catalogue_cache *cc_acquire(void);
extern void cc_release(catalogue_cache *cache);
extern bool cc_is_current(const catalogue_cache *cache);

extern int	cc_rules(const catalogue_cache *cache, const cc_rule **rules);
extern int	cc_settings(const catalogue_cache *cache, const cc_setting **settings);
extern bool cc_has_category(const catalogue_cache *cache, const char *code, const char *domain);
extern bool cc_has_unit(const catalogue_cache *cache, const char *code);
extern bool cc_municipality_valid(const catalogue_cache *cache, const char *gemeentecode, DateADT on);

/* The catalogue a municipality uses for a domain on a date, 0 for none. */
extern int32 cc_catalogue_for(const catalogue_cache *cache, const char *gemeentecode,
							  const char *domain, DateADT on);
extern const cc_product *cc_product_for(const catalogue_cache *cache, int32 catalogue_id,
										const char *domain, int32 code, DateADT on);

/*
 * The contract tariff for a municipality, provider (or any provider), code
 * and unit on a date; minutes may use an hourly tariff.  A provider's own
 * tariff wins over one for any provider, the same unit over hours.
 */
extern bool cc_tariff_for(const catalogue_cache *cache, const char *gemeentecode,
						  const char *agb, int32 code, const char *unit, DateADT on,
						  int32 *cents, bool *hourly);

/* Is there a contract tariff of the code, in any unit (see cc_tariff_for)? */
extern bool cc_tariff_any_unit(const catalogue_cache *cache, const char *gemeentecode,
							   const char *agb, int32 code, DateADT on);

extern bool cc_pension_age(const catalogue_cache *cache, DateADT on, int *years, int *months);

#endif							/* CATALOGUE_CACHE_H */
