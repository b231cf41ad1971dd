/*
 * pc_rules.h
 *		The PostgreSQL-free core of productcodes: the rules for declaration
 *		rows, as pure functions over plain structs.
 *
 * Facts in, findings out.  The server glue (src/engine*.c) reads the row,
 * its declaration header, the allocation, the catalogue's product, the
 * contract tariff, the client and the ledgers of counted debits, puts what
 * it found into the structs below and calls the rule functions; they only
 * compare and count.  Like pc_core.h and pc_period.h nothing here includes
 * a PostgreSQL header, allocates memory or keeps state.  Dates are the day
 * numbers of pc_period.h (PostgreSQL's DateADT).
 *
 * One rule = one row in data/rules.csv, one function here, its unit tests
 * in test/unit_rules.c and its pg_regress cases.  The kind column of
 * data/rules.csv names the file that holds the rule:
 *
 *	format		src/pc_rules_format.c		FMT_* CS100
 *	allocation	src/pc_rules_allocation.c	TR338 TR304 TR384 TR339 TR340 TR341
 *											TR307 TR308 TR387 TR388
 *	declaration	src/pc_rules_declaration.c	TR319 TR318 TR335 TR135 TR134 TR137
 *											TR314 TR333
 *	catalogue	src/pc_rules_catalogue.c	TR381 TR378 TR418 TR346 CS339
 *	cumulative	src/pc_rules_cumulative.c	TR321 TR322 TR369 TR389 TR323 TR390
 *	regional	src/pc_rules_regional.c		REG_*
 *
 * and the rule's id names its function: TR322 is pc_rule_tr322(),
 * REG_MAX_WEEK is pc_rule_reg_max_week().  Each file also has one
 * pc_rules_<kind>() that applies all rules of its kind.  What the rules
 * share (names, units, the findings record) is in src/pc_rules.c.
 *
 * A rule that applies to the row but could not be decided for lack of
 * data (no client row or birth date, no contract tariff, no catalogue in
 * use, no end to an allocation per day, week or month) is not failed; its
 * undecided flag says so.  A rule that does not apply to the row (a
 * maximum the product does not have; for a credit row (S11) every rule but
 * the format rules, CS339, the declaration rules, TR323 and TR390) or is
 * moot (the allocation rules when TR338 failed, the client's rules for an
 * invalid BSN) is neither failed nor undecided; a credit row has no
 * undecided rules at all (pc_findings_settle).
 */
#ifndef PC_RULES_H
#define PC_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pc_period.h"

/* LDT_Bedrag and LDT_Volume upper bound */
#define PC_MAX_AMOUNT	INT64_C(99999999)

/* units (list WJ756) the rules know by code */
#define PC_UNIT_MINUTE	"01"
#define PC_UNIT_HOUR	"04"
#define PC_UNIT_EURO	"83"

/*
 * The rules, in the order of data/rules.csv except FMT_VELD (a staging
 * rule the engine never applies).  This is the order findings are
 * reported in; pc_rule_names[] gives each its rule_id.
 */
typedef enum pc_rule_id
{
	PC_R_FMT_BSN,
	PC_R_FMT_CATEGORIE,
	PC_R_FMT_EENHEID,
	PC_R_FMT_DEBETCREDIT,
	PC_R_FMT_NUL_DEBET,
	PC_R_FMT_PERIODE,
	PC_R_CS100,
	PC_R_FMT_BEDRAG,
	PC_R_FMT_TARIEF,
	PC_R_FMT_VORIGREF,
	PC_R_FMT_REFERENTIE,
	PC_R_TR338,
	PC_R_TR304,
	PC_R_TR384,
	PC_R_TR339,
	PC_R_TR340,
	PC_R_TR341,
	PC_R_TR307,
	PC_R_TR308,
	PC_R_TR387,
	PC_R_TR388,
	PC_R_TR319,
	PC_R_TR318,
	PC_R_TR335,
	PC_R_TR135,
	PC_R_TR134,
	PC_R_TR137,
	PC_R_TR314,
	PC_R_TR333,
	PC_R_TR381,
	PC_R_TR378,
	PC_R_TR418,
	PC_R_TR346,
	PC_R_CS339,
	PC_R_TR321,
	PC_R_TR322,
	PC_R_TR369,
	PC_R_TR389,
	PC_R_TR323,
	PC_R_TR390,
	PC_R_REG_MAX_WEEK,
	PC_R_REG_MAX_JAAR,
	PC_R_REG_SAMEN_MET,
	PC_R_REG_THUISWONEND,
	PC_R_REG_LEEFTIJD,
	PC_N_RULES
} pc_rule_id;

extern const char *const pc_rule_names[PC_N_RULES];

/* ---------------------------------------------------------------------
 * Facts
 * ---------------------------------------------------------------------
 */

/* A declaration row's fields, as the message has them. */
typedef struct pc_row
{
	const char *referentie;
	const char *vorig_referentie;	/* NULL when absent */
	int64_t		toewijzing;
	const char *bsn;
	const char *category;
	int32_t		code;			/* packed product code (pc_core.h) */
	int32_t		period_start;
	int32_t		period_end;
	int64_t		volume;
	const char *unit;
	bool		has_tariff;
	int64_t		tariff;			/* cents */
	int64_t		amount;			/* cents */
	const char *dc;				/* "D" or "C" (other values fail a format rule) */
} pc_row;

/* The row's declaration header. */
typedef struct pc_header
{
	const char *agb;
	const char *gemeentecode;
	const char *domain;
	int32_t		declaration_month;	/* its first day */
	bool		duplicate;		/* an earlier declaration of this provider
								 * and domain has the same DeclaratieNummer */
	int32_t		submitted_on;	/* DeclaratieDagtekening */
	int32_t		received_on;	/* the day the municipality received it */
	bool		has_last_month;	/* the provider declared to this municipality
								 * in this domain before: a declaration
								 * received earlier (received_on, then
								 * declaration_id) with an accepted row */
	int32_t		last_month;		/* the greatest declaration_month of those */
} pc_header;

/* What the row's lists say (format rules). */
typedef struct pc_list_facts
{
	bool		category_listed;	/* in the domain's category list */
	bool		unit_listed;	/* in list WJ756 */
} pc_list_facts;

/*
 * The allocation the row names (gemeentecode, ToewijzingNummer).  It is the
 * row's only when it is the provider's and the domain's too
 * (pc_allocation_is_the_rows); otherwise TR338 and it is as if none was
 * found.
 */
typedef struct pc_allocation
{
	bool		found;			/* false: TR338, and nothing else is known */
	const char *agb;			/* the provider it was issued to */
	const char *domain;
	const char *bsn;
	const char *category;		/* NULL: a generic allocation */
	bool		has_code;
	int32_t		code;
	const char *unit;			/* NULL: budget allocation */
	int32_t		start_date;
	bool		has_end;
	int32_t		end_date;
	bool		deleted;
	bool		has_volume;
	int64_t		volume;
	const char *frequency;		/* code of list WMO757, NULL when absent */
	bool		has_budget;
	int64_t		budget;			/* cents */
} pc_allocation;

/* The product the catalogue in use gives the row's code, and its limits. */
typedef struct pc_product
{
	bool		has_catalogue;	/* the municipality uses a catalogue then */
	bool		found;			/* the catalogue has the code then */
	const char *category;
	bool		has_max_week;
	int64_t		max_week;
	bool		has_max_year;
	int64_t		max_year;
	bool		has_min_age;
	int			min_age;
	bool		has_max_age;
	int			max_age;
	bool		has_max_age_extended;	/* verlengde jeugdhulp */
	int			max_age_extended;
	bool		until_pension;
	bool		home_only;
	bool		has_companions;
	int			n_companions;
	const int32_t *companion_codes;
} pc_product;

/*
 * The contract tariff for the municipality, provider (or any provider),
 * code and unit on the period's start; and whether the contract has the
 * code in any unit at all (TR341 on an allocation without a unit).
 */
typedef struct pc_contract
{
	bool		found;			/* a tariff in the row's unit (or hourly for minutes) */
	int32_t		tariff;			/* cents */
	bool		hourly;			/* an hourly tariff for a minutes row */
	bool		any_unit;		/* a tariff of the code in some unit */
} pc_contract;

/*
 * The debit a credit row points to (VorigReferentieNummer): an accepted
 * debit of this provider and domain with that ReferentieNummer, in a
 * declaration to the same gemeentecode.
 */
typedef struct pc_credit_target
{
	bool		known;			/* looked up (a credit with a reference) */
	bool		debit_found;	/* there is such a debit */
	bool		credited;		/* an accepted credit cancels it already */
	pc_row		debit;			/* its fields (when debit_found); TR323 compares
								 * the key fields (IV091) */
} pc_credit_target;

/*
 * The fields of a credit that TR323 compares with its debit (IV091: the
 * credit is identical to it but for ReferentieNummer, VorigReferentieNummer
 * and DebetCredit), in this order; pc_credit_field_names[i - 1] is the
 * name of field i.
 */
#define PC_CREDIT_FIELDS 10
extern const char *const pc_credit_field_names[PC_CREDIT_FIELDS];

/* the first field (1-based) in which credit and debit differ, 0 if none */
extern int	pc_credit_first_difference(const pc_row *credit, const pc_row *debit);

/* The client, by BSN, and the state pension age on the period's start. */
typedef struct pc_client
{
	bool		found;
	bool		has_birth_date;
	int32_t		birth_date;
	bool		lives_at_home;
	bool		has_pension_age;
	int			pension_years;
	int			pension_months;
} pc_client;

/*
 * A counted debit: an accepted debit row that no accepted credit of the
 * same provider and domain cancelled.  Ledgers of an allocation and of a
 * client are arrays of pointers to these (the server glue shares one entry
 * between both).  referentie, agb and domain say which row it is; the
 * rules do not use them.
 */
typedef enum pc_unit_kind
{
	PC_LEDGER_UNITS,			/* any unit but minutes */
	PC_LEDGER_MINUTES,
	PC_LEDGER_NO_UNIT			/* unit NULL: counts in no volume */
} pc_unit_kind;

typedef struct pc_ledger_entry
{
	const char *referentie;
	const char *agb;
	const char *domain;
	const char *category;		/* NULL when the column is NULL */
	bool		has_code;
	int32_t		code;
	bool		has_start;
	int32_t		period_start;
	bool		has_end;
	int32_t		period_end;
	pc_unit_kind unit_kind;
	int64_t		volume;			/* 0 for NULL, which sums ignore */
	int64_t		amount;
} pc_ledger_entry;

typedef struct pc_ledger
{
	int			n_entries;
	const pc_ledger_entry *const *entries;
} pc_ledger;

/* ---------------------------------------------------------------------
 * Findings
 * ---------------------------------------------------------------------
 */

/*
 * What a rule compared, so that a finding can say by how much.  n is how
 * many values a rule filled (0: none); their meaning is given at each rule
 * function and summed up here:
 *
 *	TR307			period start, allocation start
 *	TR308			period end, allocation end
 *	TR387			period start, the start expected
 *	TR388			period end, the end expected
 *	TR319			period end, last day of the declaration month
 *	TR318			declaration month, the latest month declared before
 *	TR335			period end, the earliest end allowed, DeclaratieDagtekening
 *	TR135			DeclaratieDagtekening, day of receipt
 *	TR134			period start, DeclaratieDagtekening
 *	TR137			period end, DeclaratieDagtekening
 *	CS100			period start, 2021-01-01
 *	TR418			row tariff, tariff expected, contract tariff
 *	TR346			amount, volume, tariff (0 when absent), amount expected
 *	CS339			amount, volume
 *	TR321, TR322	allocated volume, counted before this row, this row,
 *					limit (all in the allocation's unit, minutes for an
 *					hours allocation)
 *	TR369			budget, counted amount before this row, this row's amount
 *	TR389			period start and end of the overlapping debit
 *	TR323			the first field that differs from the debit's
 *					(pc_credit_field_names, 1-based; 0: no debit)
 *	REG_MAX_WEEK	maximum per week, counted in the month before this row,
 *					this row, limit for the month
 *	REG_MAX_JAAR	maximum per year, counted in the year before this row,
 *					this row
 *	REG_LEEFTIJD	age on the period's start, birth date
 *	TR378			the allocation's start
 *	FMT_PERIODE		period start and end
 *	FMT_NUL_DEBET	amount
 *	FMT_BEDRAG		volume, amount, tariff
 *	FMT_REFERENTIE	length of the ReferentieNummer
 */
#define PC_MAX_FIGURES 4

typedef struct pc_figures
{
	int			n;
	int64_t		value[PC_MAX_FIGURES];
} pc_figures;

typedef struct pc_findings
{
	bool		failed[PC_N_RULES];
	bool		undecided[PC_N_RULES];
	pc_figures	figures[PC_N_RULES];
} pc_findings;

/* Nothing failed, nothing undecided, no figures. */
extern void pc_findings_init(pc_findings *f);

/* Record n (at most PC_MAX_FIGURES) figures of rule r; unused ones are 0. */
extern void pc_set_figures(pc_findings *f, pc_rule_id r, int n,
						   int64_t v0, int64_t v1, int64_t v2, int64_t v3);

/* The last step: a credit row lists no undecided rules. */
extern void pc_findings_settle(const pc_row *row, pc_findings *f);

/* ---------------------------------------------------------------------
 * Shared helpers (src/pc_rules.c)
 * ---------------------------------------------------------------------
 */

/* 0 <= v <= PC_MAX_AMOUNT */
extern bool pc_in_amount_range(int64_t v);

/* unit is not NULL and is the code */
extern bool pc_unit_is(const char *unit, const char *code);

/* dc is "D" (or "C") */
extern bool pc_is_debit(const pc_row *row);
extern bool pc_is_credit(const pc_row *row);

/*
 * The frequency of an allocation's frequency code (list WMO757): 1 per
 * day, 2 per week, 4 per month, anything else in total.
 */
extern pc_frequency pc_frequency_of_code(const char *code);

/* ---------------------------------------------------------------------
 * format (pc_rules_format.c): return code 0001
 * ---------------------------------------------------------------------
 */
extern void pc_rule_fmt_bsn(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_categorie(const pc_list_facts *lists, pc_findings *f);
extern void pc_rule_fmt_eenheid(const pc_list_facts *lists, pc_findings *f);
extern void pc_rule_fmt_debetcredit(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_nul_debet(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_periode(const pc_row *row, pc_findings *f);
/* CS100: the period does not begin before 2021-01-01 */
#define PC_CS100_FIRST_DAY 7671		/* 2021-01-01 */
extern void pc_rule_cs100(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_bedrag(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_tarief(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_vorigref(const pc_row *row, pc_findings *f);
extern void pc_rule_fmt_referentie(const pc_row *row, pc_findings *f);
extern void pc_rules_format(const pc_row *row, const pc_list_facts *lists,
							pc_findings *f);

/* ---------------------------------------------------------------------
 * allocation (pc_rules_allocation.c)
 * ---------------------------------------------------------------------
 */
/* the allocation was found and is the header's provider's and domain's */
extern bool pc_allocation_is_the_rows(const pc_allocation *a, const pc_header *h);
extern void pc_rule_tr338(const pc_allocation *a, const pc_header *h, pc_findings *f);
extern void pc_rule_tr304(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr384(const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr339(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr340(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr341(const pc_row *row, const pc_allocation *a,
						  const pc_contract *c, pc_findings *f);
extern void pc_rule_tr307(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr308(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr387(const pc_row *row, const pc_allocation *a, pc_findings *f);
extern void pc_rule_tr388(const pc_row *row, const pc_allocation *a, pc_findings *f);

/*
 * TR338, then (with the row's allocation, pc_allocation_is_the_rows) the
 * others; without it they are moot.  The glue treats an allocation that is
 * not the row's as not found for every later rule.
 */
extern void pc_rules_allocation(const pc_row *row, const pc_header *h,
								const pc_allocation *a, const pc_contract *c,
								pc_findings *f);

/* ---------------------------------------------------------------------
 * declaration (pc_rules_declaration.c)
 * ---------------------------------------------------------------------
 */
extern void pc_rule_tr319(const pc_row *row, const pc_header *h, pc_findings *f);
extern void pc_rule_tr318(const pc_header *h, pc_findings *f);

/*
 * Another declaration of the provider to the same municipality in the same
 * domain, as TR318 sees it.
 */
typedef struct pc_other_declaration
{
	int64_t		declaration_id;
	int32_t		declaration_month;
	int32_t		received_on;
	bool		has_accepted_row;	/* at least one of its rows accepted */
} pc_other_declaration;

/*
 * Does the other declaration count for TR318 of this one (declaration_id,
 * received_on)?  Only one received before (S13: an earlier received_on, or
 * the same and a smaller declaration_id) with an accepted row (S12: one
 * whose rows were all rejected is "niet verzonden", IV087).  The glue's
 * query Q_LAST_MONTH (src/engine_read.c) selects the same, and sets
 * has_last_month and last_month to the greatest month of those.
 */
extern bool pc_tr318_counts(int64_t declaration_id, int32_t received_on,
							const pc_other_declaration *other);
/* the earliest period end TR335 allows: DeclaratieDagtekening - 60 months */
extern int32_t pc_tr335_limit(int32_t submitted_on);
extern void pc_rule_tr335(const pc_row *row, const pc_header *h, pc_findings *f);
extern void pc_rule_tr135(const pc_header *h, pc_findings *f);
extern void pc_rule_tr134(const pc_row *row, const pc_header *h, pc_findings *f);
extern void pc_rule_tr137(const pc_row *row, const pc_header *h, pc_findings *f);
/* reference_used: a row of this provider and domain has the reference */
extern void pc_rule_tr314(bool reference_used, pc_findings *f);
extern void pc_rule_tr333(const pc_header *h, pc_findings *f);
extern void pc_rules_declaration(const pc_row *row, const pc_header *h,
								 bool reference_used, pc_findings *f);

/* ---------------------------------------------------------------------
 * catalogue (pc_rules_catalogue.c)
 * ---------------------------------------------------------------------
 */
extern void pc_rule_tr381(const pc_row *row, const pc_product *p, pc_findings *f);
/* listed: the gemeentecode is in the CBS list on the allocation's start */
extern void pc_rule_tr378(const pc_allocation *a, bool listed, pc_findings *f);
extern void pc_rule_tr418(const pc_row *row, const pc_contract *c, pc_findings *f);
extern void pc_rule_tr346(const pc_row *row, const pc_contract *c, pc_findings *f);
extern void pc_rule_cs339(const pc_row *row, pc_findings *f);
/* the per-minute tariff of an hourly one (IV081): H / 60 rounded half up */
extern int64_t pc_minute_tariff_cents(int64_t hourly_tariff_cents);

/* ---------------------------------------------------------------------
 * cumulative (pc_rules_cumulative.c)
 * ---------------------------------------------------------------------
 */

/*
 * The sums over an allocation's counted debits that TR321, TR322, TR369
 * and TR389 use, in the units of the entries (the rules convert hours to
 * minutes), before this row.
 */
typedef struct pc_allocation_totals
{
	int64_t		month_units;	/* entries starting in the row's month */
	int64_t		month_minutes;
	int64_t		total_units;	/* all entries */
	int64_t		total_minutes;
	int64_t		amount;			/* all entries, cents */
	const pc_ledger_entry *overlap;	/* TR389: first debit of the same
									 * product on an overlapping period */
} pc_allocation_totals;

/* Does a row need the allocation's ledger (a debit with sane figures)? */
extern bool pc_cumulative_needs_ledger(const pc_row *row);

/* Does a row need its credit target (a credit with a previous reference)? */
extern bool pc_cumulative_needs_credit_target(const pc_row *row);

extern void pc_allocation_totals_of(const pc_row *row, const pc_ledger *ledger,
									pc_allocation_totals *t);

/*
 * The weeks a per-week allocation allows in [from, to], its part of a
 * month (IV077, TR321): outputgericht (unit 82 or 83) the Sundays, plus 1
 * when the allocation's last Sunday lies in [from, to] and its end is no
 * Sunday; Wmo category 01 (inspanningsgericht) 6; otherwise the ISO weeks
 * touching [from, to].  0 when from > to.
 */
extern int64_t pc_iv077_weeks(const pc_allocation *a, int32_t from, int32_t to);

extern void pc_rule_tr321(const pc_row *row, const pc_allocation *a,
						  const pc_allocation_totals *t, pc_findings *f);
extern void pc_rule_tr322(const pc_row *row, const pc_allocation *a,
						  const pc_allocation_totals *t, pc_findings *f);
extern void pc_rule_tr369(const pc_row *row, const pc_allocation *a,
						  const pc_allocation_totals *t, pc_findings *f);
extern void pc_rule_tr389(const pc_allocation_totals *t, pc_findings *f);
extern void pc_rule_tr323(const pc_row *row, const pc_credit_target *c, pc_findings *f);
extern void pc_rule_tr390(const pc_credit_target *c, pc_findings *f);

/*
 * All six: for a credit TR323 and TR390 only (credit must be known when
 * pc_cumulative_needs_credit_target; S11: no allocation needed), for a
 * debit the others over the ledger (needed when
 * pc_cumulative_needs_ledger), moot without the row's allocation (TR338).
 */
extern void pc_rules_cumulative(const pc_row *row, const pc_allocation *a,
								const pc_ledger *ledger,
								const pc_credit_target *credit,
								pc_findings *f);

/* ---------------------------------------------------------------------
 * regional (pc_rules_regional.c)
 * ---------------------------------------------------------------------
 */

/* The client's counted debits of the row's calendar year, before this row. */
typedef struct pc_client_totals
{
	int64_t		month_volume;	/* of the row's code, starting in its month */
	int64_t		year_volume;	/* of the row's code */
	bool		companion;		/* a companion product on an overlapping period */
} pc_client_totals;

/* Does the row need the client's ledger (a debit and a limit to count)? */
extern bool pc_regional_needs_ledger(const pc_row *row, const pc_product *p);

/* Does the product need the client's record (home or age)? */
extern bool pc_regional_needs_client(const pc_product *p);

extern void pc_client_totals_of(const pc_row *row, const pc_product *p,
								const pc_ledger *ledger, pc_client_totals *t);

extern void pc_rule_reg_max_week(const pc_row *row, const pc_product *p,
								 const pc_client_totals *t, pc_findings *f);
extern void pc_rule_reg_max_jaar(const pc_row *row, const pc_product *p,
								 const pc_client_totals *t, pc_findings *f);
extern void pc_rule_reg_samen_met(const pc_product *p, const pc_client_totals *t,
								  pc_findings *f);
extern void pc_rule_reg_thuiswonend(const pc_product *p, const pc_client *c,
									pc_findings *f);
extern void pc_rule_reg_leeftijd(const pc_row *row, const pc_allocation *a,
								 const pc_product *p, const pc_client *c,
								 pc_findings *f);

/*
 * All five, for a product the catalogue has (else they are moot) and
 * a BSN that passed FMT_BSN: the volume rules over the client's ledger
 * when pc_regional_needs_ledger, the client rules when
 * pc_regional_needs_client (ledger and client may be NULL otherwise).
 */
extern void pc_rules_regional(const pc_row *row, const pc_allocation *a,
							  const pc_product *p, bool bsn_valid,
							  const pc_ledger *ledger, const pc_client *client,
							  pc_findings *f);

#endif							/* PC_RULES_H */
