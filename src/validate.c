/*
 * validate.c
 *		The trigger that checks a declaration row when it is inserted.
 *
 * check_declaration_row() is a BEFORE INSERT row trigger.  It reads the
 * row's message fields, looks up the declaration header, the allocation and
 * the catalogue, applies every rule in rule order and writes the outcome
 * onto the row itself: status, the rules that reject it (errors) and the
 * rules that only warn (warnings).  A rejected row is stored, never lost;
 * with productcodes.strict = on it raises an error instead.
 *
 * The header's own format (AGB, gemeentecode, DeclaratieNummer, month) is
 * enforced by the CHECK constraints of productcodes.declarations, so a
 * header that breaks it is refused before any row refers to it.
 *
 * The rule logic works on plain C values (struct row_input and friends).
 * The catalogue, tariffs and rules come from the session's cached copy
 * (catalogue_cache.c), taken once per statement (the trigger's fn_extra
 * lives as long as the statement), so all rows of one INSERT or COPY are
 * checked against one catalogue.  The header, the allocation, the client
 * and the running totals are read per row with SPI plans kept for the
 * session or the statement; each is an index probe.
 *
 * Besides the trigger, check_row() (what-if, nothing stored) and
 * revalidate() (check stored rows again) share the same evaluation.
 *
 * Trigger arguments map the engine's field names to other column names
 * ("bsn=burgerservicenummer"), so the same trigger can guard a table whose
 * columns carry the same meaning under other names.
 */
#include "pc_pg.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_opfamily.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/acl.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "pc_core.h"
#include "outcome_guard.h"	/* issue 12: revalidate() may write outcomes */
#include "pc_period.h"
#include "catalogue_cache.h"

PG_FUNCTION_INFO_V1(check_declaration_row);
PG_FUNCTION_INFO_V1(check_declaration_row_what_if);
PG_FUNCTION_INFO_V1(revalidate_declaration_rows);

#define MAX_AMOUNT	99999999	/* LDT_Bedrag and LDT_Volume upper bound */
#define UNIT_MINUTE "01"
#define UNIT_HOUR	"04"
#define UNIT_EURO	"83"

/* ---------------------------------------------------------------------
 * Rules.  The order here is the order findings are reported in; every
 * name must have a row in productcodes.rules (checked when loading).
 * ---------------------------------------------------------------------
 */
typedef enum rule_id
{
	R_FMT_BSN,
	R_FMT_CATEGORIE,
	R_FMT_EENHEID,
	R_FMT_DEBETCREDIT,
	R_FMT_NUL_DEBET,
	R_FMT_PERIODE,
	R_FMT_BEDRAG,
	R_FMT_TARIEF,
	R_FMT_VORIGREF,
	R_FMT_REFERENTIE,
	R_TR338,
	R_TR304,
	R_TR384,
	R_TR339,
	R_TR340,
	R_TR341,
	R_TR307,
	R_TR308,
	R_TR387,
	R_TR388,
	R_TR319,
	R_TR135,
	R_TR314,
	R_TR333,
	R_TR381,
	R_TR378,
	R_TR418,
	R_TR346,
	R_TR321,
	R_TR322,
	R_TR369,
	R_TR389,
	R_TR323,
	R_TR390,
	R_REG_MAX_WEEK,
	R_REG_MAX_JAAR,
	R_REG_SAMEN_MET,
	R_REG_THUISWONEND,
	R_REG_LEEFTIJD,
	N_RULES
} rule_id;

static const char *const rule_names[N_RULES] = {
	"FMT_BSN", "FMT_CATEGORIE", "FMT_EENHEID",
	"FMT_DEBETCREDIT", "FMT_NUL_DEBET", "FMT_PERIODE", "FMT_BEDRAG",
	"FMT_TARIEF", "FMT_VORIGREF", "FMT_REFERENTIE",
	"TR338", "TR304", "TR384", "TR339", "TR340", "TR341", "TR307", "TR308",
	"TR387", "TR388", "TR319", "TR135", "TR314", "TR333", "TR381", "TR378",
	"TR418", "TR346", "TR321", "TR322", "TR369", "TR389", "TR323", "TR390",
	"REG_MAX_WEEK", "REG_MAX_JAAR", "REG_SAMEN_MET", "REG_THUISWONEND", "REG_LEEFTIJD"
};

typedef enum setting
{
	S_ERROR,
	S_WARNING,
	S_DISABLED
} setting;

/* A municipality's own setting of one rule. */
typedef struct rule_override
{
	char		gemeentecode[5];
	setting		value;
} rule_override;

typedef struct rule_state
{
	char		return_code[5];
	const char *text_nl;		/* in the catalogue cache the statement holds */
	const char *text_en;
	setting		general;		/* the rule's severity, or the setting for all */
	int			noverrides;
	rule_override *overrides;
} rule_state;

/* ---------------------------------------------------------------------
 * Fields the engine reads and writes, and the columns they live in.
 * ---------------------------------------------------------------------
 */
typedef enum field_id
{
	F_DECLARATION_ID,
	F_REFERENTIE,
	F_VORIG_REFERENTIE,
	F_TOEWIJZING,
	F_BSN,
	F_CATEGORY,
	F_CODE,
	F_PERIOD_START,
	F_PERIOD_END,
	F_VOLUME,
	F_UNIT,
	F_TARIFF,
	F_AMOUNT,
	F_DC,
	/* outcome */
	F_STATUS,
	F_ERRORS,
	F_WARNINGS,
	F_CHECKED_AT,
	F_RULESET,
	N_FIELDS
} field_id;

typedef enum field_kind
{
	K_TEXT,
	K_INT,
	K_DATE,
	K_CODE,
	K_TEXT_ARRAY,
	K_TIMESTAMPTZ
} field_kind;

typedef struct field_def
{
	const char *name;
	field_kind	kind;
	bool		required;		/* the table must have a column for it */
} field_def;

static const field_def field_defs[N_FIELDS] = {
	{"declaration_id", K_INT, true},
	{"referentie_nummer", K_TEXT, true},
	{"vorig_referentie_nummer", K_TEXT, true},
	{"toewijzing_nummer", K_INT, true},
	{"bsn", K_TEXT, true},
	{"category", K_TEXT, true},
	{"code", K_CODE, true},
	{"period_start", K_DATE, true},
	{"period_end", K_DATE, true},
	{"volume", K_INT, true},
	{"unit", K_TEXT, true},
	{"tariff_cents", K_INT, true},
	{"amount_cents", K_INT, true},
	{"dc", K_TEXT, true},
	{"status", K_TEXT, true},
	{"errors", K_TEXT_ARRAY, true},
	{"warnings", K_TEXT_ARRAY, false},
	{"checked_at", K_TIMESTAMPTZ, false},
	{"ruleset", K_TEXT, false},
};

/*
 * Queries of the guarded table.  They are written with {R} for the table
 * and {field} for a field's column, and expanded per statement, so they
 * work on a mapped table too.  "Counted" rows are accepted debits that no
 * accepted credit of the same provider and domain has cancelled: a credit
 * releases the volume and amount of the debit it points to.
 */
typedef enum table_query
{
	Q_REFERENCE,
	Q_ALLOCATION_LEDGER,
	Q_CREDIT_TARGET,
	Q_CLIENT_LEDGER,
	N_TABLE_QUERIES
} table_query;

/*
 * Each query starts from the guarded table's own index (allocation number,
 * reference or BSN, which find a handful of rows) and only then fetches
 * those rows' headers by primary key.  The order is forced: the rows sit
 * in an OFFSET 0 fence, and the header is a LATERAL subquery on them
 * (fenced too, so it is not pulled up and reordered).  Left to itself, a
 * planner without statistics may drive from the headers instead and read
 * every declaration of a provider or municipality for each row.
 *
 * ROWS_OF(cond) is that pair: r with the fields the queries use, under
 * their own names, and d with its header.
 */
#define ROWS_OF(cond) \
	"(SELECT r.{declaration_id} AS declaration_id, r.{referentie_nummer} AS referentie_nummer," \
	"        r.{toewijzing_nummer} AS toewijzing_nummer, r.{bsn} AS bsn," \
	"        r.{volume} AS volume, r.{unit} AS unit, r.{amount_cents} AS amount_cents," \
	"        r.{code} AS code, r.{category} AS category, r.{period_start} AS period_start," \
	"        r.{period_end} AS period_end" \
	"   FROM {R} r WHERE " cond " OFFSET 0) r" \
	" CROSS JOIN LATERAL (SELECT h.agb, h.domain, h.gemeentecode FROM productcodes.declarations h" \
	"                      WHERE h.declaration_id OPERATOR(pg_catalog.=) r.declaration_id OFFSET 0) d"

#define ACCEPTED_DEBITS \
	"r.{status} OPERATOR(pg_catalog.=) 'accepted' AND r.{dc} OPERATOR(pg_catalog.=) 'D'"

/* no accepted credit of the same provider and domain cancels the debit r */
#define NOT_CREDITED \
	" NOT EXISTS (SELECT 1 FROM (SELECT c.{declaration_id} AS declaration_id FROM {R} c" \
	"                             WHERE c.{vorig_referentie_nummer} OPERATOR(pg_catalog.=) r.referentie_nummer" \
	"                               AND c.{status} OPERATOR(pg_catalog.=) 'accepted'" \
	"                               AND c.{dc} OPERATOR(pg_catalog.=) 'C' OFFSET 0) c" \
	"             CROSS JOIN LATERAL (SELECT 1 FROM productcodes.declarations cd" \
	"                                  WHERE cd.declaration_id OPERATOR(pg_catalog.=) c.declaration_id" \
	"                                    AND cd.agb OPERATOR(pg_catalog.=) d.agb" \
	"                                    AND cd.domain OPERATOR(pg_catalog.=) d.domain OFFSET 0) cd)"

/* what a ledger keeps of a counted debit (load_ledger) */
#define LEDGER_COLUMNS \
	"r.referentie_nummer, r.period_start, r.period_end, r.volume," \
	" r.unit OPERATOR(pg_catalog.=) '01', r.amount_cents, r.code, r.category, d.agb, d.domain"

static const char *const table_query_sql[N_TABLE_QUERIES] = {
	/*
	 * Q_REFERENCE (TR314): $1 reference, $2 agb, $3 domain.  Rows set aside
	 * as unchecked (by revalidate, the row itself among them) do not count.
	 */
	"SELECT 1 FROM " ROWS_OF("r.{referentie_nummer} OPERATOR(pg_catalog.=) $1"
							 " AND r.{status} OPERATOR(pg_catalog.<>) 'unchecked'")
	" WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3 LIMIT 1",

	/*
	 * Q_ALLOCATION_LEDGER (TR321, TR322, TR369, TR389): $1 gemeentecode, $2
	 * toewijzing: the allocation's counted debits, which the running totals
	 * add up (allocation_ledger_totals).
	 */
	"SELECT " LEDGER_COLUMNS
	"  FROM " ROWS_OF("r.{toewijzing_nummer} OPERATOR(pg_catalog.=) $2 AND " ACCEPTED_DEBITS)
	" WHERE d.gemeentecode OPERATOR(pg_catalog.=) $1 AND" NOT_CREDITED,

	/*
	 * Q_CREDIT_TARGET (TR323, TR390): $1 the debit's reference, $2 agb, $3
	 * domain: the debit's municipality and allocation number (NULL: no
	 * accepted debit), and whether an accepted credit cancels it already
	 */
	"SELECT t.gemeentecode, t.toewijzing_nummer, t.bsn,"
	"       EXISTS (SELECT 1 FROM " ROWS_OF("r.{vorig_referentie_nummer} OPERATOR(pg_catalog.=) $1"
											" AND r.{status} OPERATOR(pg_catalog.=) 'accepted'"
											" AND r.{dc} OPERATOR(pg_catalog.=) 'C'")
	"                WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3)"
	"  FROM (SELECT 1) one LEFT JOIN LATERAL"
	"       (SELECT d.gemeentecode, r.toewijzing_nummer, r.bsn"
	"          FROM " ROWS_OF("r.{referentie_nummer} OPERATOR(pg_catalog.=) $1 AND " ACCEPTED_DEBITS)
	"         WHERE d.agb OPERATOR(pg_catalog.=) $2 AND d.domain OPERATOR(pg_catalog.=) $3 LIMIT 1) t ON true",

	/*
	 * Q_CLIENT_LEDGER (regional rules): $1 BSN: the client's counted debits,
	 * with all providers and municipalities of this table
	 */
	"SELECT " LEDGER_COLUMNS
	"  FROM " ROWS_OF("r.{bsn} OPERATOR(pg_catalog.=) $1 AND " ACCEPTED_DEBITS)
	" WHERE" NOT_CREDITED
};

/* One row's input, as plain values. */
typedef struct row_input
{
	char	   *referentie;
	char	   *vorig_referentie;	/* NULL when absent */
	int64		toewijzing;
	char	   *bsn;
	char	   *category;
	int32		code;
	DateADT		period_start;
	DateADT		period_end;
	int64		volume;
	char	   *unit;
	bool		has_tariff;
	int64		tariff;
	int64		amount;
	char	   *dc;
} row_input;

typedef struct allocation
{
	bool		found;
	char	   *bsn;
	char	   *category;
	bool		has_code;
	int32		code;
	char	   *unit;			/* NULL: budget allocation */
	DateADT		start_date;
	bool		has_end;
	DateADT		end_date;
	bool		deleted;
	bool		has_volume;
	int64		volume;
	char	   *frequency;
	bool		has_budget;
	int64		budget;
} allocation;

/* The catalogue's product for the row, with the limits regional rules use. */
typedef struct product_info
{
	bool		has_catalogue;	/* the municipality uses a catalogue then */
	bool		found;
	char	   *category;
	int32		product_id;
	bool		has_max_week;
	int64		max_week;
	bool		has_max_year;
	int64		max_year;
	bool		has_min_age;
	int			min_age;
	bool		has_max_age;
	int			max_age;
	bool		has_max_age_extended;
	int			max_age_extended;
	bool		until_pension;
	bool		home_only;
	bool		has_companions;
	int			n_companions;
	const int32 *companion_codes;
} product_info;

typedef struct client_info
{
	bool		found;
	bool		has_birth_date;
	DateADT		birth_date;
	bool		lives_at_home;
	bool		has_pension_age;	/* state pension age known for the date */
	int			pension_years;
	int			pension_months;
} client_info;

/*
 * What a statement remembers of allocations, their counted debits and
 * clients.
 *
 * A load checks many rows of one allocation, and asking the tables again
 * for every row (an SPI query each: the executor's start-up and shutdown
 * cost more than the index probe itself) was most of the time a row took.
 * So the trigger reads an allocation once per statement, and its counted
 * debits (the ledger) once, after taking the allocation's advisory lock:
 * from then on no other transaction can add rows to that allocation until
 * this one ends, and the statement keeps the ledger current itself with
 * the rows it accepts (an accepted debit is added, an accepted credit
 * takes out the debit it cancels).  Allocations and clients are read as
 * they were when the statement first needed them, as the catalogue is.
 *
 * The memory is bounded by productcodes.memo_limit (256 MB by default;
 * about 230 bytes a row while a statement holds it all, so a COPY of a
 * region's year, a million rows, fits): past it all is forgotten and read
 * again when needed.  Only the trigger keeps the memo from row to row;
 * check_row() and revalidate() read afresh for each row.
 */
#define MEMO_LIMIT	((Size) pc_memo_limit_kb * 1024)

typedef struct ledger_entry
{
	char	   *referentie;
	char	   *agb;
	char	   *domain;
	char	   *category;		/* NULL when the column is NULL */
	bool		has_code;
	int32		code;
	bool		has_start;
	DateADT		period_start;
	bool		has_end;
	DateADT		period_end;
	int			unit_kind;		/* LEDGER_UNITS, LEDGER_MINUTES or LEDGER_NO_UNIT */
	int64		volume;			/* 0 for NULL, which sums ignore */
	int64		amount;
} ledger_entry;

#define INTERNED_SIZE	32		/* memo_intern */

#define LEDGER_UNITS	0
#define LEDGER_MINUTES	1
#define LEDGER_NO_UNIT	2

/* The counted debits of an allocation or of a client. */
typedef struct ledger
{
	bool		loaded;
	int			n_entries;
	int			max_entries;
	ledger_entry **entries;		/* an entry may be in an allocation's and a client's */
} ledger;

typedef struct allocation_key
{
	char		gemeentecode[8];
	int64		toewijzing;
} allocation_key;

typedef struct allocation_slot
{
	allocation_key key;			/* the hash key comes first */
	allocation	a;
	ledger		debits;
} allocation_slot;

#define CLIENT_KEY_SIZE 16

typedef struct client_slot
{
	char		bsn[CLIENT_KEY_SIZE];	/* the hash key comes first */
	bool		found;
	bool		has_birth_date;
	DateADT		birth_date;
	bool		lives_at_home;
	ledger		debits;
} client_slot;

/*
 * A unique index of one of the extension's own tables (allocations,
 * clients), read directly where an SQL query would see the same: no
 * row-level security on the table, and the right to read it.
 */
typedef struct direct_index
{
	bool		ready;			/* looked up for this statement */
	Oid			relid;			/* InvalidOid: use the SQL query */
	Oid			indexid;
	int			nkeys;
	AttrNumber	heap_att[2];
	RegProcedure eq[2];
	Oid			collation[2];
} direct_index;

/* A declaration's provider and domain, for rows found by reference. */
typedef struct header_slot
{
	int64		declaration_id;	/* the hash key comes first */
	char		agb[16];
	char		domain[16];
	char		gemeentecode[16];
} header_slot;

/* Per-statement state, kept in the trigger's fn_extra. */
typedef struct statement_state
{
	Oid			relid;
	Oid			code_type;		/* OID of productcodes.productcode */
	bool		rules_loaded;
	int			attnum[N_FIELDS];	/* 0: the table has no such column */
	rule_state	rules[N_RULES];
	catalogue_cache *cache;		/* the catalogue this statement uses */
	/* the last declaration header seen: rows of one message come together */
	int64		header_id;
	bool		header_valid;
	char	   *agb;
	char	   *gemeentecode;
	char	   *domain;
	char	   *declaratie_nummer;
	DateADT		declaration_month;
	DateADT		submitted_on;
	bool		header_duplicate;	/* TR333 */
	/* queries of the guarded table itself, built from its column names */
	char	   *table;			/* quoted, schema-qualified */
	char	   *column[N_FIELDS];	/* quoted column names */
	char	   *sql[N_TABLE_QUERIES];
	SPIPlanPtr	plan[N_TABLE_QUERIES];
	/*
	 * The table's btree indexes that let the engine read rows without SPI
	 * (find_index): on the reference (TR314), the previous reference
	 * (credits), the allocation number and the BSN (ledgers).
	 */
	Oid			reference_index;
	Oid			reference_collation;
	Oid			credit_index;
	Oid			credit_collation;
	Oid			allocation_index;
	Oid			client_index;
	Oid			client_collation;
	direct_index allocations_key;	/* (gemeentecode, toewijzing_nummer) */
	direct_index clients_key;	/* bsn */
	direct_index declarations_key;	/* declaration_id */
	/* the memo of allocations, ledgers and clients (see MEMO_LIMIT) */
	bool		keep_memo;		/* from row to row: the trigger only */
	MemoryContext memo_cxt;
	HTAB	   *allocations;	/* allocation_slot by allocation_key */
	HTAB	   *clients;		/* client_slot by BSN */
	HTAB	   *headers;		/* header_slot by declaration_id */
	HTAB	   *strings;		/* memo_intern */
	MemoryContext row_cxt;		/* reset for every row */
	allocation_slot *row_slot;	/* the current row's allocation, if found */
	bool		credit_target_found;	/* the current credit's debit: */
	allocation_key credit_target;	/* its allocation */
	char		credit_target_bsn[CLIENT_KEY_SIZE];	/* its client */
} statement_state;

/*
 * Prepared once per backend; the plan cache replans them when tables change.
 * Parameter types are fixed when a plan is prepared, though, and a plan
 * with a productcode parameter must not outlive the type (DROP and CREATE
 * EXTENSION in one session): plans_code_type says which type they are for.
 */
static Oid	plans_code_type = InvalidOid;
static SPIPlanPtr plan_header;
static SPIPlanPtr plan_header_duplicate;
static SPIPlanPtr plan_allocation;
static SPIPlanPtr plan_client;
static SPIPlanPtr plan_header_owner;

static void
forget_backend_plans(Oid code_type)
{
	SPIPlanPtr *plans[] = {&plan_header, &plan_header_duplicate, &plan_allocation,
	&plan_client, &plan_header_owner};
	int			i;

	if (plans_code_type == code_type)
		return;
	for (i = 0; i < (int) lengthof(plans); i++)
	{
		if (*plans[i])
			SPI_freeplan(*plans[i]);
		*plans[i] = NULL;
	}
	plans_code_type = code_type;
}

/*
 * The SQL side of a row: SPI, and the planner settings its queries need
 * (see evaluate).  Set up at the row's first query only: a row that the
 * memo and the indexes answer needs neither.
 */
static bool probe_ready = false;
static int	probe_nest;

static void
probe_begin(void)
{
	if (probe_ready)
		return;
	probe_nest = NewGUCNestLevel();
	(void) set_config_option("enable_seqscan", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	(void) set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	probe_ready = true;
}

static void
probe_end(void)
{
	if (!probe_ready)
		return;
	SPI_finish();
	AtEOXact_GUC(true, probe_nest);
	probe_ready = false;
}

static SPIPlanPtr
prepare(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	probe_begin();
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed for \"%s\": %s",
				 sql, SPI_result_code_string(SPI_result));
		SPI_keepplan(p);
		*plan = p;
	}
	return *plan;
}

/*
 * Run one of the engine's queries, with the planner settings evaluate()
 * set for the row.
 */
static int
run_probe(SPIPlanPtr plan, Datum *args, const char *nulls)
{
	return SPI_execute_plan(plan, args, nulls, false, 1);
}

static Oid
productcode_type_oid(void)
{
	Oid			nsp = get_namespace_oid("productcodes", false);

	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
						   CStringGetDatum("productcode"), ObjectIdGetDatum(nsp));
}

/* ---------------------------------------------------------------- setup */

/* Replace {R} by the table and {field} by the field's column. */
static char *
expand_query(const statement_state *st, const char *template)
{
	StringInfoData out;
	const char *p = template;

	initStringInfo(&out);
	while (*p)
	{
		const char *close;
		int			f;

		if (*p != '{' || (close = strchr(p, '}')) == NULL)
		{
			appendStringInfoChar(&out, *p++);
			continue;
		}
		if (close - p == 2 && p[1] == 'R')
			appendStringInfoString(&out, st->table);
		else
		{
			for (f = 0; f < N_FIELDS; f++)
				if (strlen(field_defs[f].name) == (size_t) (close - p - 1) &&
					strncmp(field_defs[f].name, p + 1, close - p - 1) == 0)
					break;
			if (f == N_FIELDS)
				elog(ERROR, "unknown field in query template: %.*s", (int) (close - p + 1), p);
			appendStringInfoString(&out, st->column[f]);
		}
		p = close + 1;
	}
	return out.data;
}

/*
 * Which column holds each field: by default the column of the field's own
 * name; a trigger argument "field=column" names another.
 */
static void
map_columns(statement_state *st, Relation rel, Trigger *trigger)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	const char *column[N_FIELDS];
	Oid			code_type = st->code_type;
	int			i,
				f;

	for (f = 0; f < N_FIELDS; f++)
		column[f] = field_defs[f].name;

	for (i = 0; trigger != NULL && i < trigger->tgnargs; i++)
	{
		const char *arg = trigger->tgargs[i];
		const char *eq = strchr(arg, '=');
		bool		known = false;

		if (eq == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid argument \"%s\" for trigger \"%s\"", arg, trigger->tgname),
					 errhint("Arguments have the form field=column, such as bsn=burgerservicenummer.")));
		for (f = 0; f < N_FIELDS; f++)
		{
			if (strlen(field_defs[f].name) == (size_t) (eq - arg) &&
				strncmp(field_defs[f].name, arg, eq - arg) == 0)
			{
				column[f] = eq + 1;
				known = true;
			}
		}
		if (!known)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown field \"%.*s\" in argument \"%s\" of trigger \"%s\"",
							(int) (eq - arg), arg, arg, trigger->tgname),
					 errhint("The fields are the column names of productcodes.declaration_rows.")));
	}

	for (f = 0; f < N_FIELDS; f++)
	{
		int			attnum = SPI_fnumber(tupdesc, column[f]);
		Oid			type;
		bool		ok;

		if (attnum <= 0)
		{
			if (field_defs[f].required)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("table \"%s\" has no column \"%s\" for field \"%s\"",
								RelationGetRelationName(rel), column[f], field_defs[f].name),
						 errhint("Map the field to a column with a trigger argument %s=column.",
								 field_defs[f].name)));
			st->attnum[f] = 0;
			continue;
		}
		type = TupleDescAttr(tupdesc, attnum - 1)->atttypid;
		switch (field_defs[f].kind)
		{
			case K_TEXT:
				ok = (type == TEXTOID || type == VARCHAROID || type == BPCHAROID);
				break;
			case K_INT:
				ok = (type == INT8OID || type == INT4OID || type == INT2OID);
				break;
			case K_DATE:
				ok = (type == DATEOID);
				break;
			case K_CODE:
				ok = (type == code_type);
				break;
			case K_TEXT_ARRAY:
				ok = (type == TEXTARRAYOID);
				break;
			case K_TIMESTAMPTZ:
				ok = (type == TIMESTAMPTZOID);
				break;
			default:
				ok = false;
		}
		if (!ok)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of table \"%s\" has type %s, which does not fit field \"%s\"",
							column[f], RelationGetRelationName(rel),
							format_type_be(type), field_defs[f].name),
					 errhint("Field \"%s\" needs a column of the type it has in productcodes.declaration_rows.",
							 field_defs[f].name)));
		st->attnum[f] = attnum;
	}

	st->table = pstrdup(quote_qualified_identifier(get_namespace_name(RelationGetNamespace(rel)),
												   RelationGetRelationName(rel)));
	for (f = 0; f < N_FIELDS; f++)
		st->column[f] = pstrdup(quote_identifier(column[f]));
	for (i = 0; i < N_TABLE_QUERIES; i++)
		st->sql[i] = expand_query(st, table_query_sql[i]);
}

/* The per-statement plans and catalogue copy go when the statement's memory does. */
static void
free_statement_plans(void *arg)
{
	statement_state *st = (statement_state *) arg;
	int			i;

	for (i = 0; i < N_TABLE_QUERIES; i++)
	{
		if (st->plan[i])
			SPI_freeplan(st->plan[i]);
		st->plan[i] = NULL;
	}
	if (st->cache)
		cc_release(st->cache);
	st->cache = NULL;
}

static setting
parse_setting(const char *s)
{
	if (strcmp(s, "warning") == 0)
		return S_WARNING;
	if (strcmp(s, "disabled") == 0)
		return S_DISABLED;
	return S_ERROR;
}

/*
 * The rules with their settings, from the statement's catalogue copy, in
 * memory that lives as long as the statement.
 */
static void
load_rules(statement_state *st, MemoryContext mcxt)
{
	const cc_rule *rules;
	const cc_setting *settings;
	int			nrules = cc_rules(st->cache, &rules);
	int			nsettings = cc_settings(st->cache, &settings);
	int			r,
				i;

	for (r = 0; r < N_RULES; r++)
	{
		rule_state *rs = &st->rules[r];

		for (i = 0; i < nrules; i++)
			if (strcmp(rules[i].rule_id, rule_names[r]) == 0)
				break;
		if (i == nrules)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("rule %s is missing from table productcodes.rules", rule_names[r]),
					 errhint("Reinstall the extension: ALTER EXTENSION productcodes UPDATE, or drop and create it.")));
		strlcpy(rs->return_code, rules[i].return_code, sizeof(rs->return_code));
		rs->text_nl = rules[i].text_nl;
		rs->text_en = rules[i].text_en;
		rs->general = parse_setting(rules[i].severity);
		rs->noverrides = 0;
		rs->overrides = MemoryContextAllocZero(mcxt, sizeof(rule_override) * Max(nsettings, 1));
		for (i = 0; i < nsettings; i++)
		{
			if (strcmp(settings[i].rule_id, rule_names[r]) != 0)
				continue;
			if (settings[i].gemeentecode[0] == '\0')
				rs->general = parse_setting(settings[i].setting);
			else
			{
				rule_override *o = &rs->overrides[rs->noverrides++];

				strlcpy(o->gemeentecode, settings[i].gemeentecode, sizeof(o->gemeentecode));
				o->value = parse_setting(settings[i].setting);
			}
		}
	}
}

static setting
effective_setting(const statement_state *st, rule_id r, const char *gemeentecode)
{
	const rule_state *rs = &st->rules[r];
	int			i;

	for (i = 0; i < rs->noverrides; i++)
		if (gemeentecode && strcmp(rs->overrides[i].gemeentecode, gemeentecode) == 0)
			return rs->overrides[i].value;
	return rs->general;
}

/* ------------------------------------------------------------ reading */

static char *
get_text(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);
	char	   *s;

	if (*isnull)
		return NULL;
	s = TextDatumGetCString(d);
	/* char(n) pads with blanks that SQL does not count: neither do we */
	if (TupleDescAttr(desc, attnum - 1)->atttypid == BPCHAROID)
	{
		size_t		n = strlen(s);

		while (n > 0 && s[n - 1] == ' ')
			s[--n] = '\0';
	}
	return s;
}

static int64
get_int(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);

	if (*isnull)
		return 0;
	switch (TupleDescAttr(desc, attnum - 1)->atttypid)
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

/* A required input field is NULL: the row cannot be checked at all. */
static void
null_field(const char *relname, field_id f)
{
	ereport(ERROR,
			(errcode(ERRCODE_NOT_NULL_VIOLATION),
			 errmsg("field \"%s\" of a declaration row in \"%s\" is null",
					field_defs[f].name, relname),
			 errhint("Load rows whose fields may be missing or malformed through the staging table productcodes.staged_rows.")));
}

static void
read_row(const int *attnum, const char *relname, TupleDesc desc, HeapTuple tuple,
		 row_input *in, int64 *declaration_id)
{
	bool		isnull;

#define REQUIRED(f) do { if (isnull) null_field(relname, (f)); } while (0)
	*declaration_id = get_int(tuple, desc, attnum[F_DECLARATION_ID], &isnull);
	REQUIRED(F_DECLARATION_ID);
	in->referentie = get_text(tuple, desc, attnum[F_REFERENTIE], &isnull);
	REQUIRED(F_REFERENTIE);
	in->vorig_referentie = get_text(tuple, desc, attnum[F_VORIG_REFERENTIE], &isnull);
	in->toewijzing = get_int(tuple, desc, attnum[F_TOEWIJZING], &isnull);
	REQUIRED(F_TOEWIJZING);
	in->bsn = get_text(tuple, desc, attnum[F_BSN], &isnull);
	REQUIRED(F_BSN);
	in->category = get_text(tuple, desc, attnum[F_CATEGORY], &isnull);
	REQUIRED(F_CATEGORY);
	in->code = DatumGetInt32(heap_getattr(tuple, attnum[F_CODE], desc, &isnull));
	REQUIRED(F_CODE);
	in->period_start = DatumGetDateADT(heap_getattr(tuple, attnum[F_PERIOD_START], desc, &isnull));
	REQUIRED(F_PERIOD_START);
	in->period_end = DatumGetDateADT(heap_getattr(tuple, attnum[F_PERIOD_END], desc, &isnull));
	REQUIRED(F_PERIOD_END);
	in->volume = get_int(tuple, desc, attnum[F_VOLUME], &isnull);
	REQUIRED(F_VOLUME);
	in->unit = get_text(tuple, desc, attnum[F_UNIT], &isnull);
	REQUIRED(F_UNIT);
	in->tariff = get_int(tuple, desc, attnum[F_TARIFF], &isnull);
	in->has_tariff = !isnull;
	in->amount = get_int(tuple, desc, attnum[F_AMOUNT], &isnull);
	REQUIRED(F_AMOUNT);
	in->dc = get_text(tuple, desc, attnum[F_DC], &isnull);
	REQUIRED(F_DC);
#undef REQUIRED
	if (DATE_NOT_FINITE(in->period_start) || DATE_NOT_FINITE(in->period_end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("the product period of declaration row \"%s\" is not a finite date range",
						in->referentie)));
}

/* The declaration header of the row, cached while rows of one declaration follow. */
static void
read_header(statement_state *st, int64 declaration_id, MemoryContext mcxt)
{
	Oid			argtypes[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};
	Datum		args[4];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;

	if (st->header_valid && st->header_id == declaration_id)
		return;

	args[0] = Int64GetDatum(declaration_id);
	if (run_probe(prepare(&plan_header,
								 "SELECT agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on"
								 "  FROM productcodes.declarations WHERE declaration_id OPERATOR(pg_catalog.=) $1",
								 1, argtypes), args, NULL) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declarations");
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				 errmsg("declaration %lld does not exist", (long long) declaration_id),
				 errhint("Insert the declaration header into productcodes.declarations first.")));
	tup = SPI_tuptable->vals[0];
	desc = SPI_tuptable->tupdesc;
	/* a load reads thousands of headers: free the last one's strings */
	if (st->header_valid)
	{
		pfree(st->agb);
		pfree(st->gemeentecode);
		pfree(st->domain);
		pfree(st->declaratie_nummer);
		st->header_valid = false;
	}
	st->agb = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 1));
	st->gemeentecode = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 2));
	st->domain = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 3));
	st->declaratie_nummer = MemoryContextStrdup(mcxt, SPI_getvalue(tup, desc, 4));
	st->declaration_month = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
	st->submitted_on = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));

	/* TR333: an earlier declaration of this provider and domain has this number */
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	args[3] = CStringGetTextDatum(st->declaratie_nummer);
	{
		Oid			dup_types[4] = {INT8OID, TEXTOID, TEXTOID, TEXTOID};

		if (run_probe(prepare(&plan_header_duplicate,
									 "SELECT 1 FROM productcodes.declarations"
									 " WHERE agb OPERATOR(pg_catalog.=) $2 AND domain OPERATOR(pg_catalog.=) $3"
									 "   AND declaratie_nummer OPERATOR(pg_catalog.=) $4"
									 "   AND declaration_id OPERATOR(pg_catalog.<) $1 LIMIT 1",
									 4, dup_types), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
	}
	st->header_duplicate = (SPI_processed > 0);
	st->header_id = declaration_id;
	st->header_valid = true;
}

/* ---------------------------------------------------------------- memo */

static bool is_unit(const char *unit, const char *code);

static void
memo_forget(statement_state *st)
{
	if (st->memo_cxt)
		MemoryContextReset(st->memo_cxt);
	st->allocations = NULL;
	st->clients = NULL;
	st->headers = NULL;
	st->strings = NULL;
	st->row_slot = NULL;
}

static HTAB *
memo_table(const char *name, MemoryContext cxt, Size keysize, Size entrysize, int keykind)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = keysize;
	ctl.entrysize = entrysize;
	ctl.hcxt = cxt;
	return hash_create(name, 256, &ctl, HASH_ELEM | keykind | HASH_CONTEXT);
}

/* Before each row: a memo to use, forgotten when not kept or too large. */
static void
memo_prepare_row(statement_state *st, MemoryContext parent)
{
	if (st->memo_cxt == NULL)
		st->memo_cxt = AllocSetContextCreate(parent, "productcodes statement memo",
											 ALLOCSET_DEFAULT_SIZES);
	else if (!st->keep_memo)
		memo_forget(st);
	else if (MemoryContextMemAllocated(st->memo_cxt, true) > MEMO_LIMIT)
	{
		elog(DEBUG1, "productcodes: the statement's memo passed productcodes.memo_limit and is forgotten");
		memo_forget(st);
	}
	st->row_slot = NULL;
	st->credit_target_found = false;
	if (st->allocations == NULL)
	{
		st->allocations = memo_table("productcodes allocations", st->memo_cxt,
									 sizeof(allocation_key), sizeof(allocation_slot), HASH_BLOBS);
		st->clients = memo_table("productcodes clients", st->memo_cxt,
								 CLIENT_KEY_SIZE, sizeof(client_slot), HASH_STRINGS);
		st->headers = memo_table("productcodes headers", st->memo_cxt,
								 sizeof(int64), sizeof(header_slot), HASH_BLOBS);
		st->strings = memo_table("productcodes strings", st->memo_cxt,
								 INTERNED_SIZE, INTERNED_SIZE, HASH_STRINGS);
	}
}

static void
allocation_key_of(allocation_key *key, const char *gemeentecode, int64 toewijzing)
{
	memset(key, 0, sizeof(*key));	/* the key is hashed as bytes */
	strlcpy(key->gemeentecode, gemeentecode, sizeof(key->gemeentecode));
	key->toewijzing = toewijzing;
}

static char *
memo_strdup(const statement_state *st, const char *s)
{
	return s ? MemoryContextStrdup(st->memo_cxt, s) : NULL;
}

/*
 * May the engine read this table's indexes itself?  Reading them directly
 * bypasses what an SQL query would apply: row-level security
 * (municipalities apart) and the privilege to read the table.  Where
 * either matters, the SQL queries stay.
 */
static bool
direct_reads_allowed(Oid relid)
{
	return check_enable_rls(relid, InvalidOid, true) != RLS_ENABLED &&
		pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) == ACLCHECK_OK;
}

static void
direct_index_setup(direct_index *d, const char *table, const char *index)
{
	Oid			nsp = get_namespace_oid("productcodes", false);
	Relation	idx;
	int			i;

	d->ready = true;
	d->relid = get_relname_relid(table, nsp);
	d->indexid = get_relname_relid(index, nsp);
	if (!OidIsValid(d->relid) || !OidIsValid(d->indexid) || !direct_reads_allowed(d->relid))
	{
		d->relid = InvalidOid;
		return;
	}
	idx = index_open(d->indexid, AccessShareLock);
	d->nkeys = Min(idx->rd_index->indnkeyatts, 2);
	for (i = 0; i < d->nkeys; i++)
	{
		Oid			type = idx->rd_opcintype[i];
		Oid			op = get_opfamily_member(idx->rd_opfamily[i], type, type, BTEqualStrategyNumber);

		d->heap_att[i] = idx->rd_index->indkey.values[i];
		d->eq[i] = get_opcode(op);
		d->collation[i] = idx->rd_indcollation[i];
		if (!OidIsValid(op) || d->heap_att[i] == 0)
			d->relid = InvalidOid;	/* not what we expect: the SQL query */
	}
	index_close(idx, AccessShareLock);
}

/*
 * The row of a direct_index with these key values, copied into the
 * current memory context (NULL when there is none), with the table's
 * descriptor.  SnapshotSelf: what others committed and this transaction's
 * own rows, as the SQL query's fresh snapshot would see.
 */
static HeapTuple
direct_fetch(const direct_index *d, const Datum *values, TupleDesc *desc)
{
	Relation	rel = table_open(d->relid, AccessShareLock);
	ScanKeyData keys[2];
	SysScanDesc scan;
	HeapTuple	tup;
	int			i;

	for (i = 0; i < d->nkeys; i++)
		ScanKeyEntryInitialize(&keys[i], 0, d->heap_att[i], BTEqualStrategyNumber, InvalidOid,
							   d->collation[i], d->eq[i], values[i]);
	scan = systable_beginscan(rel, d->indexid, true, SnapshotSelf, d->nkeys, keys);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		tup = heap_copytuple(tup);
	systable_endscan(scan);
	*desc = CreateTupleDescCopy(RelationGetDescr(rel));
	table_close(rel, AccessShareLock);
	return tup;
}

/* a column of a row from direct_fetch, by name */
static Datum
direct_column(HeapTuple tup, TupleDesc desc, const char *name, bool *isnull)
{
	int			i;

	for (i = 0; i < desc->natts; i++)
		if (!TupleDescAttr(desc, i)->attisdropped &&
			strcmp(NameStr(TupleDescAttr(desc, i)->attname), name) == 0)
			return heap_getattr(tup, i + 1, desc, isnull);
	elog(ERROR, "productcodes: column %s not found", name);
	return (Datum) 0;			/* keep the compiler quiet */
}

static char *
direct_text(const statement_state *st, HeapTuple tup, TupleDesc desc, const char *name)
{
	bool		isnull;
	Datum		d = direct_column(tup, desc, name, &isnull);

	return isnull ? NULL : memo_strdup(st, TextDatumGetCString(d));
}

/* The allocation from the table's unique index, without SPI. */
static void
read_allocation_direct(statement_state *st, const row_input *in, allocation *m)
{
	Datum		key[2];
	TupleDesc	desc;
	HeapTuple	tup;
	bool		isnull;
	Datum		v;

	key[0] = CStringGetTextDatum(st->gemeentecode);
	key[1] = Int64GetDatum(in->toewijzing);
	tup = direct_fetch(&st->allocations_key, key, &desc);
	if (tup == NULL)
		return;
	m->found = true;
	v = direct_column(tup, desc, "bsn", &isnull);
	if (!isnull)
	{
		char		bsn[PC_BSN_DIGITS + 1];

		pc_bsn_format(DatumGetInt32(v), bsn);
		m->bsn = memo_strdup(st, bsn);
	}
	m->category = direct_text(st, tup, desc, "category");
	v = direct_column(tup, desc, "code", &isnull);
	m->has_code = !isnull;
	m->code = isnull ? 0 : DatumGetInt32(v);
	m->unit = direct_text(st, tup, desc, "unit");
	m->start_date = DatumGetDateADT(direct_column(tup, desc, "start_date", &isnull));
	v = direct_column(tup, desc, "end_date", &isnull);
	m->has_end = !isnull;
	m->end_date = isnull ? 0 : DatumGetDateADT(v);
	m->deleted = DatumGetBool(direct_column(tup, desc, "deleted", &isnull));
	v = direct_column(tup, desc, "volume", &isnull);
	m->has_volume = !isnull;
	m->volume = isnull ? 0 : DatumGetInt64(v);
	m->frequency = direct_text(st, tup, desc, "frequency");
	v = direct_column(tup, desc, "budget_cents", &isnull);
	m->has_budget = !isnull;
	m->budget = isnull ? 0 : DatumGetInt64(v);
}

/* The row's allocation, read once per statement (the memo). */
static void
read_allocation(statement_state *st, const row_input *in, allocation *a)
{
	Oid			argtypes[2] = {TEXTOID, INT8OID};
	Datum		args[2];
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	bool		known;
	allocation_key key;
	allocation_slot *slot;

	allocation_key_of(&key, st->gemeentecode, in->toewijzing);
	slot = hash_search(st->allocations, &key, HASH_ENTER, &known);
	if (!known)
	{
		memset(&slot->a, 0, sizeof(slot->a));
		memset(&slot->debits, 0, sizeof(slot->debits));

		if (!st->allocations_key.ready)
			direct_index_setup(&st->allocations_key, "allocations",
							   "allocations_number_per_municipality");
		if (OidIsValid(st->allocations_key.relid))
		{
			read_allocation_direct(st, in, &slot->a);
			goto done;
		}
		args[0] = CStringGetTextDatum(st->gemeentecode);
		args[1] = Int64GetDatum(in->toewijzing);
		if (run_probe(prepare(&plan_allocation,
							  "SELECT bsn::text, category, code, unit, start_date, end_date, deleted,"
							  "       volume, frequency, budget_cents"
							  "  FROM productcodes.allocations"
							  " WHERE gemeentecode OPERATOR(pg_catalog.=) $1"
							  "   AND toewijzing_nummer OPERATOR(pg_catalog.=) $2",
							  2, argtypes), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.allocations");
		if (SPI_processed > 0)
		{
			allocation *m = &slot->a;

			tup = SPI_tuptable->vals[0];
			desc = SPI_tuptable->tupdesc;
			m->found = true;
			m->bsn = memo_strdup(st, SPI_getvalue(tup, desc, 1));
			m->category = memo_strdup(st, SPI_getvalue(tup, desc, 2));
			m->code = DatumGetInt32(SPI_getbinval(tup, desc, 3, &isnull));
			m->has_code = !isnull;
			m->unit = memo_strdup(st, SPI_getvalue(tup, desc, 4));
			m->start_date = DatumGetDateADT(SPI_getbinval(tup, desc, 5, &isnull));
			m->end_date = DatumGetDateADT(SPI_getbinval(tup, desc, 6, &isnull));
			m->has_end = !isnull;
			m->deleted = DatumGetBool(SPI_getbinval(tup, desc, 7, &isnull));
			m->volume = DatumGetInt64(SPI_getbinval(tup, desc, 8, &isnull));
			m->has_volume = !isnull;
			m->frequency = memo_strdup(st, SPI_getvalue(tup, desc, 9));
			m->budget = DatumGetInt64(SPI_getbinval(tup, desc, 10, &isnull));
			m->has_budget = !isnull;
		}
	}
done:
	*a = slot->a;
	st->row_slot = a->found ? slot : NULL;
}

static void
ledger_append(const statement_state *st, ledger *l, ledger_entry *e)
{
	if (l->n_entries == l->max_entries)
	{
		l->max_entries = Max(4, l->max_entries * 2);
		l->entries = l->entries == NULL
			? MemoryContextAlloc(st->memo_cxt, sizeof(ledger_entry *) * l->max_entries)
			: repalloc(l->entries, sizeof(ledger_entry *) * l->max_entries);
	}
	l->entries[l->n_entries++] = e;
}

static ledger_entry *
copy_entry(const statement_state *st, const ledger_entry *e)
{
	ledger_entry *copy = MemoryContextAlloc(st->memo_cxt, sizeof(ledger_entry));

	*copy = *e;
	return copy;
}

/*
 * Provider, domain and category repeat across thousands of entries: one
 * copy each (a value too long for the table is copied as it is).
 */

static char *
memo_intern(statement_state *st, const char *s)
{
	char	   *copy;

	if (s == NULL)
		return NULL;
	if (strlen(s) >= INTERNED_SIZE)
		return memo_strdup(st, s);
	copy = hash_search(st->strings, s, HASH_ENTER, NULL);
	return copy;				/* the entry is its key */
}

/* Take out the debit an accepted credit cancels. */
static void
ledger_remove(ledger *l, const char *referentie, const char *agb, const char *domain)
{
	int			i;

	if (!l->loaded)
		return;
	for (i = l->n_entries - 1; i >= 0; i--)
	{
		ledger_entry *e = l->entries[i];

		if (strcmp(e->referentie, referentie) == 0 &&
			strcmp(e->agb, agb) == 0 && strcmp(e->domain, domain) == 0)
			l->entries[i] = l->entries[--l->n_entries];
	}
}

/*
 * Read a ledger (query q, LEDGER_COLUMNS), once per
 * statement, after the advisory lock that keeps others' rows out is taken.
 */
static void
load_ledger(statement_state *st, ledger *l, table_query q, int nargs, Oid *argtypes, Datum *args)
{
	uint64		i;

	if (SPI_execute_plan(prepare(&st->plan[q], st->sql[q], nargs, argtypes),
						 args, NULL, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", st->table);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		ledger_entry e;
		bool		isnull;
		Datum		v;

		e.referentie = memo_strdup(st, SPI_getvalue(tup, desc, 1));
		v = SPI_getbinval(tup, desc, 2, &isnull);
		e.has_start = !isnull;
		e.period_start = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 3, &isnull);
		e.has_end = !isnull;
		e.period_end = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 4, &isnull);
		e.volume = isnull ? 0 : DatumGetInt64(v);
		v = SPI_getbinval(tup, desc, 5, &isnull);
		e.unit_kind = isnull ? LEDGER_NO_UNIT : DatumGetBool(v) ? LEDGER_MINUTES : LEDGER_UNITS;
		v = SPI_getbinval(tup, desc, 6, &isnull);
		e.amount = isnull ? 0 : DatumGetInt64(v);
		v = SPI_getbinval(tup, desc, 7, &isnull);
		e.has_code = !isnull;
		e.code = isnull ? 0 : DatumGetInt32(v);
		e.category = memo_intern(st, SPI_getvalue(tup, desc, 8));
		e.agb = memo_intern(st, SPI_getvalue(tup, desc, 9));
		e.domain = memo_intern(st, SPI_getvalue(tup, desc, 10));
		ledger_append(st, l, copy_entry(st, &e));
	}
	l->loaded = true;
}

/*
 * After the row's outcome: keep the ledgers this statement holds as the
 * table now is.  An accepted debit is counted on its allocation; an
 * accepted credit takes out the debit it cancels (the same reference,
 * provider and domain).
 */
static void
memo_record_outcome(statement_state *st, const row_input *in, bool accepted)
{
	client_slot *client = NULL;

	if (!accepted || st->allocations == NULL)
		return;
	if (strcmp(in->dc, "D") == 0)
	{
		ledger_entry e;
		ledger_entry *shared;

		e.referentie = memo_strdup(st, in->referentie);
		e.agb = memo_intern(st, st->agb);
		e.domain = memo_intern(st, st->domain);
		e.category = memo_intern(st, in->category);
		e.has_code = true;
		e.code = in->code;
		e.has_start = e.has_end = true;
		e.period_start = in->period_start;
		e.period_end = in->period_end;
		e.unit_kind = is_unit(in->unit, UNIT_MINUTE) ? LEDGER_MINUTES : LEDGER_UNITS;
		e.volume = in->volume;
		e.amount = in->amount;
		shared = copy_entry(st, &e);
		if (st->row_slot != NULL && st->row_slot->debits.loaded)
			ledger_append(st, &st->row_slot->debits, shared);
		if (strlen(in->bsn) < CLIENT_KEY_SIZE)
			client = hash_search(st->clients, in->bsn, HASH_FIND, NULL);
		if (client != NULL && client->debits.loaded)
			ledger_append(st, &client->debits, shared);
	}
	else if (strcmp(in->dc, "C") == 0 && st->credit_target_found && in->vorig_referentie)
	{
		allocation_slot *slot = hash_search(st->allocations, &st->credit_target, HASH_FIND, NULL);

		if (slot != NULL)
			ledger_remove(&slot->debits, in->vorig_referentie, st->agb, st->domain);
		if (st->credit_target_bsn[0] != '\0')
			client = hash_search(st->clients, st->credit_target_bsn, HASH_FIND, NULL);
		if (client != NULL)
			ledger_remove(&client->debits, in->vorig_referentie, st->agb, st->domain);
	}
}

/* The product the catalogue in use gives the code, and its limits. */
static void
read_product(const statement_state *st, const row_input *in, product_info *p)
{
	int32		catalogue_id = cc_catalogue_for(st->cache, st->gemeentecode, st->domain,
												in->period_start);
	const cc_product *cp;

	memset(p, 0, sizeof(*p));
	p->has_catalogue = catalogue_id != 0;
	if (!p->has_catalogue)
		return;
	cp = cc_product_for(st->cache, catalogue_id, st->domain, in->code, in->period_start);
	if (cp == NULL)
		return;
	p->found = true;
	p->category = (char *) cp->category;
	p->product_id = cp->product_id;
	p->has_max_week = cp->has_max_week;
	p->max_week = cp->max_week;
	p->has_max_year = cp->has_max_year;
	p->max_year = cp->max_year;
	p->has_min_age = cp->has_min_age;
	p->min_age = cp->min_age;
	p->has_max_age = cp->has_max_age;
	p->max_age = cp->max_age;
	p->has_max_age_extended = cp->has_max_age_extended;
	p->max_age_extended = cp->max_age_extended;
	p->until_pension = cp->until_pension;
	p->home_only = cp->home_only;
	p->has_companions = cp->has_companions;
	p->n_companions = cp->n_companions;
	p->companion_codes = cp->companion_codes;
}

/* The client (by a BSN that passed the elfproef) and the pension age on a date. */
/* The client, read once per statement (the memo). */
static client_slot *
client_of(statement_state *st, const char *bsn)
{
	Oid			argtype = TEXTOID;
	Datum		arg;
	HeapTuple	tup;
	TupleDesc	desc;
	bool		isnull;
	bool		known;
	client_slot *slot;

	if (strlen(bsn) >= CLIENT_KEY_SIZE)
		elog(ERROR, "BSN \"%s\" passed its format check", bsn);	/* cannot happen */
	slot = hash_search(st->clients, bsn, HASH_ENTER, &known);
	if (!known)
	{
		slot->found = slot->has_birth_date = slot->lives_at_home = false;
		slot->birth_date = 0;
		memset(&slot->debits, 0, sizeof(slot->debits));
		if (!st->clients_key.ready)
			direct_index_setup(&st->clients_key, "clients", "clients_pkey");
		if (OidIsValid(st->clients_key.relid))
		{
			int32		value;
			TupleDesc	tdesc;

			/* the BSN passed its format check (FMT_BSN) before it gets here */
			if (pc_bsn_parse(bsn, strlen(bsn), &value) != PC_BSN_OK)
				elog(ERROR, "BSN \"%s\" passed its format check", bsn);
			arg = Int32GetDatum(value);
			tup = direct_fetch(&st->clients_key, &arg, &tdesc);
			if (tup != NULL)
			{
				Datum		v = direct_column(tup, tdesc, "birth_date", &isnull);

				slot->found = true;
				slot->has_birth_date = !isnull;
				slot->birth_date = isnull ? 0 : DatumGetDateADT(v);
				slot->lives_at_home = DatumGetBool(direct_column(tup, tdesc, "lives_at_home", &isnull));
			}
			return slot;
		}
		arg = CStringGetTextDatum(bsn);
		if (run_probe(prepare(&plan_client,
							  "SELECT birth_date, lives_at_home FROM productcodes.clients"
							  " WHERE bsn OPERATOR(productcodes.=) productcodes.bsn($1)",
							  1, &argtype), &arg, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.clients");
		if (SPI_processed == 1)
		{
			tup = SPI_tuptable->vals[0];
			desc = SPI_tuptable->tupdesc;
			slot->found = true;
			slot->birth_date = DatumGetDateADT(SPI_getbinval(tup, desc, 1, &isnull));
			slot->has_birth_date = !isnull;
			slot->lives_at_home = DatumGetBool(SPI_getbinval(tup, desc, 2, &isnull));
		}
	}
	return slot;
}

static void
read_client(statement_state *st, const char *bsn, DateADT on, client_info *c)
{
	client_slot *slot = client_of(st, bsn);

	memset(c, 0, sizeof(*c));
	c->found = slot->found;
	c->has_birth_date = slot->has_birth_date;
	c->birth_date = slot->birth_date;
	c->lives_at_home = slot->lives_at_home;
	c->has_pension_age = cc_pension_age(st->cache, on, &c->pension_years, &c->pension_months);
}

/*
 * Serialise the checks of rows that share an allocation, a client or a
 * ReferentieNummer, so a running total (or TR314's "used before") always
 * includes what a concurrent load committed: a
 * transaction-scoped advisory lock, taken before the totals are read.  The
 * key is one of LOCK_BUCKETS buckets of a hash of the allocation, the BSN
 * or the reference, so a load holds at most 3 x LOCK_BUCKETS lock-table
 * entries however
 * many rows it has (one key per allocation ran out of shared memory at
 * about 8,000 allocations in one transaction).  A bucket shared by two
 * allocations or clients only makes a concurrent load wait, never count
 * wrongly.  (Locking the allocation's row instead would need UPDATE
 * privilege on allocations for every loading role.)
 *
 * Under READ COMMITTED each query after the wait takes a new snapshot, so a
 * row committed by the transaction we waited for is counted.  A REPEATABLE
 * READ snapshot would not show it, so that level is refused; SERIALIZABLE
 * is safe (its conflict detection aborts one of two overlapping loads).
 */
#define LOCK_ALLOCATION		0x50430001	/* advisory key spaces: "PC" 1, 2, 3 */
#define LOCK_CLIENT			0x50430002
#define LOCK_REFERENCE		0x50430003	/* a provider's ReferentieNummer (TR314) */
#define LOCK_BUCKETS		1024

static void
refuse_repeatable_read(void)
{
	if (XactIsoLevel == XACT_REPEATABLE_READ)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("declaration rows cannot be checked in a REPEATABLE READ transaction"),
				 errdetail("Running totals of an allocation or a client must see rows that other transactions committed while this one waited."),
				 errhint("Load declaration rows in READ COMMITTED (the default) or SERIALIZABLE.")));
}

static void
lock_bucket(int32 space, const char *key)
{
	uint32		hash = hash_bytes((const unsigned char *) key, (int) strlen(key));

	DirectFunctionCall2(pg_advisory_xact_lock_int4, Int32GetDatum(space),
						Int32GetDatum((int32) (hash % LOCK_BUCKETS)));
}

/* --------------------------------------------------------------- rules */

static bool
in_amount_range(int64 v)
{
	return v >= 0 && v <= MAX_AMOUNT;
}

static bool
is_unit(const char *unit, const char *code)
{
	return unit != NULL && strcmp(unit, code) == 0;
}

static pc_frequency
frequency_of(const char *code)
{
	switch (code[0])
	{
		case '1':
			return PC_FREQ_DAY;
		case '2':
			return PC_FREQ_WEEK;
		case '4':
			return PC_FREQ_MONTH;
		default:
			return PC_FREQ_TOTAL;	/* 6: within the allocation's validity */
	}
}

/* Format checks: return code 0001. */
static void
check_format(const statement_state *st, const row_input *in, bool *failed)
{
	int32		bsn_value;
	bool		is_credit = strcmp(in->dc, "C") == 0;

	failed[R_FMT_BSN] = pc_bsn_parse(in->bsn, strlen(in->bsn), &bsn_value) != PC_BSN_OK;
	failed[R_FMT_CATEGORIE] = !cc_has_category(st->cache, in->category, st->domain);
	failed[R_FMT_EENHEID] = !cc_has_unit(st->cache, in->unit);
	failed[R_FMT_DEBETCREDIT] = !(strcmp(in->dc, "D") == 0 || is_credit);
	failed[R_FMT_NUL_DEBET] = in->amount == 0 && strcmp(in->dc, "D") != 0;
	failed[R_FMT_PERIODE] = !pc_period_in_one_month(in->period_start, in->period_end);
	failed[R_FMT_BEDRAG] = !in_amount_range(in->volume) || !in_amount_range(in->amount) ||
		(in->has_tariff && !in_amount_range(in->tariff));
	failed[R_FMT_TARIEF] = is_unit(in->unit, UNIT_EURO) == in->has_tariff;
	failed[R_FMT_VORIGREF] = is_credit ?
		(in->vorig_referentie == NULL || in->vorig_referentie[0] == '\0') :
		in->vorig_referentie != NULL;
	failed[R_FMT_REFERENTIE] = in->referentie[0] == '\0' || strlen(in->referentie) > 20;
}

/* Rules about the declaration: TR319, TR135, TR333, TR314. */
/*
 * Does the index hold every row an equality search on its first column can
 * find?  Yes without a predicate, and with "column IS NOT NULL" (as the
 * credit index has): equality never finds a NULL.
 */
static bool
index_covers_equality(Relation idx, int attnum)
{
	List	   *pred;
	NullTest   *test;

	if (heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL))
		return true;
	pred = RelationGetIndexPredicate(idx);
	if (list_length(pred) != 1 || !IsA(linitial(pred), NullTest))
		return false;
	test = (NullTest *) linitial(pred);
	return test->nulltesttype == IS_NOT_NULL && !test->argisrow &&
		IsA(test->arg, Var) && ((Var *) test->arg)->varattno == attnum;
}

/*
 * A valid btree index of rel whose first column is attnum, that holds all
 * rows such a column can match, with the standard operators of opfamily
 * and, for text, a deterministic collation: an index scan for equality
 * then finds exactly the rows "=" would.  InvalidOid when there is none;
 * the engine then asks with SPI.
 */
static Oid
find_index(Relation rel, int attnum, Oid opfamily, Oid *collation)
{
	List	   *indexes = RelationGetIndexList(rel);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);
		Form_pg_index form = idx->rd_index;

		if (!OidIsValid(found) &&
			idx->rd_rel->relam == BTREE_AM_OID && form->indisvalid &&
			form->indkey.values[0] == attnum &&
			index_covers_equality(idx, attnum) &&
			idx->rd_opfamily[0] == opfamily &&
			(opfamily != TEXT_BTREE_FAM_OID ||
			 (OidIsValid(idx->rd_indcollation[0]) &&
			  get_collation_isdeterministic(idx->rd_indcollation[0]))))
		{
			found = RelationGetRelid(idx);
			*collation = idx->rd_indcollation[0];
		}
		index_close(idx, AccessShareLock);
	}
	list_free(indexes);
	return found;
}

static Oid
find_text_index(Relation rel, int attnum, Oid *collation)
{
	Oid			type = TupleDescAttr(RelationGetDescr(rel), attnum - 1)->atttypid;

	if (type != TEXTOID && type != VARCHAROID)
		return InvalidOid;
	return find_index(rel, attnum, TEXT_BTREE_FAM_OID, collation);
}

static void
find_indexes(statement_state *st, Relation rel)
{
	Oid			unused;

	st->reference_index = st->credit_index = st->client_index = st->allocation_index = InvalidOid;
	if (!direct_reads_allowed(RelationGetRelid(rel)))
		return;

	st->reference_index = find_text_index(rel, st->attnum[F_REFERENTIE], &st->reference_collation);
	st->credit_index = find_text_index(rel, st->attnum[F_VORIG_REFERENTIE], &st->credit_collation);
	st->client_index = find_text_index(rel, st->attnum[F_BSN], &st->client_collation);
	st->allocation_index = InvalidOid;
	if (TupleDescAttr(RelationGetDescr(rel), st->attnum[F_TOEWIJZING] - 1)->atttypid == INT8OID)
		st->allocation_index = find_index(rel, st->attnum[F_TOEWIJZING], INTEGER_BTREE_FAM_OID, &unused);
}

/* The provider and domain of a declaration, read once per statement. */
static header_slot *
header_of(statement_state *st, int64 declaration_id)
{
	bool		known;
	header_slot *slot = hash_search(st->headers, &declaration_id, HASH_ENTER, &known);

	if (!known)
	{
		Oid			argtype = INT8OID;
		Datum		arg = Int64GetDatum(declaration_id);
		char	   *s;

		slot->agb[0] = slot->domain[0] = slot->gemeentecode[0] = '\0';
		if (!st->declarations_key.ready)
			direct_index_setup(&st->declarations_key, "declarations", "declarations_pkey");
		if (OidIsValid(st->declarations_key.relid))
		{
			TupleDesc	desc;
			HeapTuple	tup = direct_fetch(&st->declarations_key, &arg, &desc);
			char	   *v;

			if (tup != NULL)
			{
				v = direct_text(st, tup, desc, "agb");
				strlcpy(slot->agb, v ? v : "", sizeof(slot->agb));
				v = direct_text(st, tup, desc, "domain");
				strlcpy(slot->domain, v ? v : "", sizeof(slot->domain));
				v = direct_text(st, tup, desc, "gemeentecode");
				strlcpy(slot->gemeentecode, v ? v : "", sizeof(slot->gemeentecode));
			}
			return slot;
		}
		if (run_probe(prepare(&plan_header_owner,
							  "SELECT agb, domain, gemeentecode FROM productcodes.declarations"
							  " WHERE declaration_id OPERATOR(pg_catalog.=) $1",
							  1, &argtype), &arg, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read productcodes.declarations");
		if (SPI_processed == 1)
		{
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			strlcpy(slot->agb, s ? s : "", sizeof(slot->agb));
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
			strlcpy(slot->domain, s ? s : "", sizeof(slot->domain));
			s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
			strlcpy(slot->gemeentecode, s ? s : "", sizeof(slot->gemeentecode));
		}
	}
	return slot;
}

/*
 * TR314 on the reference index, without SPI: is there a row with this
 * reference, of this provider and domain, not set aside as unchecked?  It
 * reads with SnapshotSelf, which sees what others committed and all this
 * transaction's rows, this statement's too; the reference's advisory lock
 * is held, so no other transaction can be adding one meanwhile.  This is
 * what Q_REFERENCE asks, at a fraction of an executor start-up.
 */
static bool
reference_used(statement_state *st, const char *referentie)
{
	Relation	rel = table_open(st->relid, AccessShareLock);
	TupleDesc	desc = RelationGetDescr(rel);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		used = false;

	ScanKeyEntryInitialize(&key, 0, st->attnum[F_REFERENTIE], BTEqualStrategyNumber,
						   InvalidOid, st->reference_collation, F_TEXTEQ,
						   PointerGetDatum(cstring_to_text(referentie)));
	scan = systable_beginscan(rel, st->reference_index, true, SnapshotSelf, 1, &key);
	while (!used && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = get_text(tup, desc, st->attnum[F_STATUS], &isnull);
		int64		declaration_id;
		header_slot *h;

		if (isnull || strcmp(status, "unchecked") == 0)
			continue;
		declaration_id = get_int(tup, desc, st->attnum[F_DECLARATION_ID], &isnull);
		if (isnull)
			continue;
		h = header_of(st, declaration_id);
		used = strcmp(h->agb, st->agb) == 0 && strcmp(h->domain, st->domain) == 0;
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return used;
}

/*
 * Is the debit with this reference (of this provider and domain) cancelled
 * by an accepted credit?  NOT_CREDITED, on the credit index.
 */
static bool
credited(statement_state *st, Relation rel, const char *referentie, const char *agb,
		 const char *domain)
{
	TupleDesc	desc = RelationGetDescr(rel);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	ScanKeyEntryInitialize(&key, 0, st->attnum[F_VORIG_REFERENTIE], BTEqualStrategyNumber,
						   InvalidOid, st->credit_collation, F_TEXTEQ,
						   PointerGetDatum(cstring_to_text(referentie)));
	scan = systable_beginscan(rel, st->credit_index, true, SnapshotSelf, 1, &key);
	while (!found && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = get_text(tup, desc, st->attnum[F_STATUS], &isnull);
		char	   *dc = isnull ? NULL : get_text(tup, desc, st->attnum[F_DC], &isnull);
		int64		declaration_id = isnull ? 0 : get_int(tup, desc, st->attnum[F_DECLARATION_ID], &isnull);
		header_slot *h;

		if (isnull || strcmp(status, "accepted") != 0 || strcmp(dc, "C") != 0)
			continue;
		h = header_of(st, declaration_id);
		found = strcmp(h->agb, agb) == 0 && strcmp(h->domain, domain) == 0;
	}
	systable_endscan(scan);
	return found;
}

/*
 * Read a ledger on the table's own indexes, without SPI: the rows whose
 * column attnum equals key (allocation number or BSN), as Q_ALLOCATION_LEDGER
 * and Q_CLIENT_LEDGER select them: accepted debits, not credited, and for
 * an allocation of the right municipality.  SnapshotSelf, as in
 * reference_used: the advisory lock is held.
 */
static void
load_ledger_direct(statement_state *st, ledger *l, Oid index, int attnum, RegProcedure eq,
				   Oid collation, Datum key_value, const char *gemeentecode)
{
	Relation	rel = table_open(st->relid, AccessShareLock);
	TupleDesc	desc = RelationGetDescr(rel);
	const int  *att = st->attnum;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;

	ScanKeyEntryInitialize(&key, 0, attnum, BTEqualStrategyNumber, InvalidOid, collation, eq,
						   key_value);
	scan = systable_beginscan(rel, index, true, SnapshotSelf, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		char	   *status = get_text(tup, desc, att[F_STATUS], &isnull);
		char	   *dc = isnull ? NULL : get_text(tup, desc, att[F_DC], &isnull);
		int64		declaration_id;
		char	   *referentie;
		char	   *unit;
		header_slot *h;
		ledger_entry e;
		Datum		v;

		if (isnull || strcmp(status, "accepted") != 0 || strcmp(dc, "D") != 0)
			continue;
		declaration_id = get_int(tup, desc, att[F_DECLARATION_ID], &isnull);
		if (isnull)
			continue;
		h = header_of(st, declaration_id);
		if (gemeentecode != NULL && strcmp(h->gemeentecode, gemeentecode) != 0)
			continue;
		referentie = get_text(tup, desc, att[F_REFERENTIE], &isnull);
		if (isnull || credited(st, rel, referentie, h->agb, h->domain))
			continue;

		e.referentie = memo_strdup(st, referentie);
		e.agb = memo_intern(st, h->agb);
		e.domain = memo_intern(st, h->domain);
		e.category = memo_intern(st, get_text(tup, desc, att[F_CATEGORY], &isnull));
		v = heap_getattr(tup, att[F_PERIOD_START], desc, &isnull);
		e.has_start = !isnull;
		e.period_start = isnull ? 0 : DatumGetDateADT(v);
		v = heap_getattr(tup, att[F_PERIOD_END], desc, &isnull);
		e.has_end = !isnull;
		e.period_end = isnull ? 0 : DatumGetDateADT(v);
		e.volume = get_int(tup, desc, att[F_VOLUME], &isnull);
		unit = get_text(tup, desc, att[F_UNIT], &isnull);
		e.unit_kind = unit == NULL ? LEDGER_NO_UNIT :
			strcmp(unit, UNIT_MINUTE) == 0 ? LEDGER_MINUTES : LEDGER_UNITS;
		e.amount = get_int(tup, desc, att[F_AMOUNT], &isnull);
		v = heap_getattr(tup, att[F_CODE], desc, &isnull);
		e.has_code = !isnull;
		e.code = isnull ? 0 : DatumGetInt32(v);
		ledger_append(st, l, copy_entry(st, &e));
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	l->loaded = true;
}

static void
check_declaration(statement_state *st, const row_input *in, bool *failed)
{
	DateADT		today = GetSQLCurrentDate();
	Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
	Datum		args[3];

	failed[R_TR319] = in->period_end > pc_month_last_day(st->declaration_month);
	failed[R_TR135] = in->period_start > today || in->period_end > today ||
		st->declaration_month > today;
	failed[R_TR333] = st->header_duplicate;

	{
		char	   *key = psprintf("%s/%s/%s", st->agb, st->domain, in->referentie);

		lock_bucket(LOCK_REFERENCE, key);
		pfree(key);
	}
	if (OidIsValid(st->reference_index))
	{
		failed[R_TR314] = reference_used(st, in->referentie);
		return;
	}
	args[0] = CStringGetTextDatum(in->referentie);
	args[1] = CStringGetTextDatum(st->agb);
	args[2] = CStringGetTextDatum(st->domain);
	if (run_probe(prepare(&st->plan[Q_REFERENCE], st->sql[Q_REFERENCE], 3, argtypes), args, NULL) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", st->table);
	failed[R_TR314] = SPI_processed > 0;
}

/* Rules comparing the row with its allocation. */
static void
check_allocation(const statement_state *st, const row_input *in, const allocation *a,
				 bool *failed)
{
	DateADT		month_first = pc_month_first_day(in->period_start);
	DateADT		month_last = pc_month_last_day(in->period_start);
	bool		period_ok = pc_period_in_one_month(in->period_start, in->period_end);

	failed[R_TR304] = strcmp(a->bsn, in->bsn) != 0;
	failed[R_TR384] = a->deleted;
	failed[R_TR339] = strcmp(a->category, in->category) != 0;
	failed[R_TR340] = a->has_code && a->code != in->code;
	failed[R_TR341] = a->unit != NULL && strcmp(a->unit, in->unit) != 0 &&
		!(is_unit(a->unit, UNIT_HOUR) && is_unit(in->unit, UNIT_MINUTE));
	failed[R_TR307] = in->period_start < a->start_date;
	failed[R_TR308] = a->has_end && in->period_end > a->end_date;
	failed[R_TR387] = period_ok && in->period_start != month_first &&
		!(a->start_date > month_first && a->start_date <= month_last);
	failed[R_TR388] = period_ok && in->period_end != month_last &&
		!(a->has_end && a->end_date >= month_first && a->end_date < month_last);

	/* TR378: the gemeentecode is in the CBS list on the allocation's start */
	failed[R_TR378] = !cc_municipality_valid(st->cache, st->gemeentecode, a->start_date);
}

/*
 * TR418 against the contract tariff for this municipality, provider (or
 * any provider), code and unit on the period's start, and TR346: amount =
 * volume x tariff; unit 83: amount = volume; minutes on an hourly tariff:
 * tariff x minutes / 60, rounded to whole cents.  Without a contract saying
 * which, a minutes row passes either reading.
 */
static void
check_tariff(const statement_state *st, const row_input *in, bool *failed)
{
	int32		contract_tariff;
	bool		contract_hourly = false;
	bool		contract_found = cc_tariff_for(st->cache, st->gemeentecode, st->agb, in->code,
											   in->unit, in->period_start,
											   &contract_tariff, &contract_hourly);

	if (contract_found)
		failed[R_TR418] = in->has_tariff && in->tariff != contract_tariff;

	if (is_unit(in->unit, UNIT_EURO))
		failed[R_TR346] = in->amount != in->volume;
	else if (in->has_tariff && in_amount_range(in->tariff) && in_amount_range(in->volume))
	{
		bool		per_unit = in->amount == in->volume * in->tariff;
		bool		per_hour = is_unit(in->unit, UNIT_MINUTE) &&
			in->amount == pc_minutes_amount_cents(in->tariff, in->volume);

		if (contract_found)
			failed[R_TR346] = contract_hourly ? !per_hour : !per_unit;
		else
			failed[R_TR346] = !(per_unit || per_hour);
	}
}

/*
 * The allocation's running totals: TR321 (the month), TR322 (the whole
 * allocation), TR369 (the budget), TR389 (double billing) for a debit;
 * TR323 and TR390 for a credit.  Called with the allocation locked.
 */
static void
check_running_totals(statement_state *st, const row_input *in, const allocation *a,
					 bool *failed)
{
	bool		isnull;
	HeapTuple	tup;
	TupleDesc	desc;

	if (strcmp(in->dc, "C") == 0)
	{
		Oid			argtypes[3] = {TEXTOID, TEXTOID, TEXTOID};
		Datum		args[3];

		if (in->vorig_referentie == NULL)
			return;				/* FMT_VORIGREF has it */
		args[0] = CStringGetTextDatum(in->vorig_referentie);
		args[1] = CStringGetTextDatum(st->agb);
		args[2] = CStringGetTextDatum(st->domain);
		if (run_probe(prepare(&st->plan[Q_CREDIT_TARGET], st->sql[Q_CREDIT_TARGET], 3, argtypes), args, NULL) != SPI_OK_SELECT)
			elog(ERROR, "could not read %s", st->table);
		tup = SPI_tuptable->vals[0];
		desc = SPI_tuptable->tupdesc;
		{
			char	   *gemeentecode = SPI_getvalue(tup, desc, 1);
			int64		toewijzing = DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));

			failed[R_TR323] = gemeentecode == NULL;
			if (gemeentecode != NULL && !isnull)
			{
				/* the ledger the debit is in, should this credit be accepted */
				st->credit_target_found = true;
				allocation_key_of(&st->credit_target, gemeentecode, toewijzing);
			}
		}
		{
			char	   *bsn = SPI_getvalue(tup, desc, 3);

			strlcpy(st->credit_target_bsn, bsn && strlen(bsn) < CLIENT_KEY_SIZE ? bsn : "",
					CLIENT_KEY_SIZE);
		}
		failed[R_TR390] = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
		return;
	}
	if (strcmp(in->dc, "D") != 0 || !in_amount_range(in->volume) || !in_amount_range(in->amount))
		return;
	{
		DateADT		month_first = pc_month_first_day(in->period_start);
		DateADT		month_last = pc_month_last_day(in->period_start);
		int64		month_units,
					month_minutes,
					total_units,
					total_minutes,
					amount_total;
		bool		in_minutes = is_unit(in->unit, UNIT_MINUTE);
		int64		factor = is_unit(a->unit, UNIT_HOUR) ? 60 : 1;
		allocation_slot *slot = st->row_slot;
		int			i;

		if (!slot->debits.loaded && OidIsValid(st->allocation_index) &&
			OidIsValid(st->credit_index))
			load_ledger_direct(st, &slot->debits, st->allocation_index, st->attnum[F_TOEWIJZING],
							   F_INT8EQ, InvalidOid, Int64GetDatum(slot->key.toewijzing),
							   slot->key.gemeentecode);
		if (!slot->debits.loaded)
		{
			Oid			argtypes[2] = {TEXTOID, INT8OID};
			Datum		args[2];

			args[0] = CStringGetTextDatum(slot->key.gemeentecode);
			args[1] = Int64GetDatum(slot->key.toewijzing);
			load_ledger(st, &slot->debits, Q_ALLOCATION_LEDGER, 2, argtypes, args);
		}
		month_units = month_minutes = total_units = total_minutes = amount_total = 0;
		for (i = 0; i < slot->debits.n_entries; i++)
		{
			const ledger_entry *e = slot->debits.entries[i];
			bool		in_month = e->has_start &&
				e->period_start >= month_first && e->period_start <= month_last;

			if (e->unit_kind == LEDGER_MINUTES)
			{
				total_minutes += e->volume;
				if (in_month)
					month_minutes += e->volume;
			}
			else if (e->unit_kind == LEDGER_UNITS)
			{
				total_units += e->volume;
				if (in_month)
					month_units += e->volume;
			}
			amount_total += e->amount;
			/* TR389: the same product on an overlapping period */
			if (e->has_code && e->code == in->code && e->category &&
				strcmp(e->category, in->category) == 0 &&
				e->has_start && e->has_end &&
				e->period_start <= in->period_end && e->period_end >= in->period_start)
				failed[R_TR389] = true;
		}

		/* add this row; an hours allocation counts in minutes */
		if (in_minutes)
		{
			month_minutes += in->volume;
			total_minutes += in->volume;
		}
		else
		{
			month_units += in->volume;
			total_units += in->volume;
		}
		if (factor == 1)
		{
			month_units += month_minutes;
			total_units += total_minutes;
		}
		else
		{
			month_units = month_units * factor + month_minutes;
			total_units = total_units * factor + total_minutes;
		}

		if (a->has_volume && a->frequency != NULL)
		{
			pc_frequency freq = frequency_of(a->frequency);
			DateADT		from = Max(month_first, a->start_date);
			DateADT		to = a->has_end ? Min(month_last, a->end_date) : month_last;

			if (freq != PC_FREQ_TOTAL)
				failed[R_TR321] = month_units >
					(from <= to ? pc_allowed_volume(a->volume, freq, from, to) * factor : 0);
			if (freq == PC_FREQ_TOTAL)
				failed[R_TR322] = total_units > a->volume * factor;
			else if (a->has_end)
				failed[R_TR322] = total_units >
					pc_allowed_volume(a->volume, freq, a->start_date, a->end_date) * factor;
		}
		if (a->has_budget)
			failed[R_TR369] = amount_total + in->amount > a->budget;
	}
}

/*
 * The seeds' regional rules, driven by the product's limits in the
 * catalogue: maximum per ISO week (counted over the weeks touching the
 * month) and per calendar year for the client, companion products on an
 * overlapping period, living at home, and the age range.
 */
static void
check_regional(statement_state *st, const row_input *in, const allocation *a,
			   const product_info *p, bool bsn_valid, bool *failed)
{
	client_info c;

	if (!bsn_valid)
		return;

	if (strcmp(in->dc, "D") == 0 && in_amount_range(in->volume) &&
		(p->has_max_week || p->has_max_year || p->has_companions))
	{
		DateADT		month_first = pc_month_first_day(in->period_start);
		DateADT		month_last = pc_month_last_day(in->period_start);
		DateADT		year_first,
					year_last;
		int			y,
					m,
					d,
					i,
					k;
		int64		month_volume = 0,
					year_volume = 0;
		bool		companion = false;
		client_slot *slot;

		lock_bucket(LOCK_CLIENT, in->bsn);
		slot = client_of(st, in->bsn);
		if (!slot->debits.loaded && OidIsValid(st->client_index) && OidIsValid(st->credit_index))
			load_ledger_direct(st, &slot->debits, st->client_index, st->attnum[F_BSN], F_TEXTEQ,
							   st->client_collation, PointerGetDatum(cstring_to_text(in->bsn)),
							   NULL);
		if (!slot->debits.loaded)
		{
			Oid			argtype = TEXTOID;
			Datum		arg = CStringGetTextDatum(in->bsn);

			load_ledger(st, &slot->debits, Q_CLIENT_LEDGER, 1, &argtype, &arg);
		}
		pc_date_to_ymd(in->period_start, &y, &m, &d);
		year_first = pc_date_from_ymd(y, 1, 1);
		year_last = pc_date_from_ymd(y, 12, 31);
		for (i = 0; i < slot->debits.n_entries; i++)
		{
			const ledger_entry *e = slot->debits.entries[i];

			/* the client's rows of this calendar year */
			if (!e->has_start || e->period_start < year_first || e->period_start > year_last)
				continue;
			if (e->has_code && e->code == in->code)
			{
				year_volume += e->volume;
				if (e->period_start >= month_first && e->period_start <= month_last)
					month_volume += e->volume;
			}
			/* a companion product on an overlapping period */
			if (e->has_code && e->has_end &&
				e->period_start <= in->period_end && e->period_end >= in->period_start)
				for (k = 0; k < p->n_companions; k++)
					if (e->code == p->companion_codes[k])
						companion = true;
		}
		if (p->has_max_week)
			failed[R_REG_MAX_WEEK] = month_volume + in->volume >
				p->max_week * pc_iso_weeks_touching(month_first, month_last);
		if (p->has_max_year)
			failed[R_REG_MAX_JAAR] = year_volume + in->volume > p->max_year;
		if (p->has_companions)
			failed[R_REG_SAMEN_MET] = !companion;
	}

	if (!(p->home_only || p->has_min_age || p->has_max_age || p->until_pension))
		return;
	read_client(st, in->bsn, in->period_start, &c);
	failed[R_REG_THUISWONEND] = p->home_only && c.found && !c.lives_at_home;
	if (c.has_birth_date)
	{
		int			age = pc_age_years(c.birth_date, in->period_start);
		bool		too_old = false;

		if (p->has_max_age && age >= p->max_age)
		{
			/*
			 * verlengde jeugdhulp: care that started before the limit may go
			 * on; without the allocation its start is unknown, so only an
			 * age beyond the extension decides
			 */
			if (p->has_max_age_extended && age < p->max_age_extended)
				too_old = a->found &&
					pc_age_years(c.birth_date, a->start_date) >= p->max_age;
			else
				too_old = true;
		}
		if (p->until_pension && c.has_pension_age &&
			in->period_start >= pc_add_years_months(c.birth_date, c.pension_years,
													c.pension_months))
			too_old = true;
		failed[R_REG_LEEFTIJD] = too_old || (p->has_min_age && age < p->min_age);
	}
}

/*
 * Apply every rule; set failed[r] for each rule the row breaks.  Rules that
 * need data the row does not lead to (no allocation, no catalogue in use,
 * no contract tariff, no client record) are not applied: they cannot be
 * decided.
 */
static void
apply_rules(statement_state *st, const row_input *in, bool *failed)
{
	allocation	a;
	product_info p;

	refuse_repeatable_read();
	check_format(st, in, failed);
	check_declaration(st, in, failed);

	read_allocation(st, in, &a);
	failed[R_TR338] = !a.found;
	if (a.found)
	{
		char		key[32];

		check_allocation(st, in, &a, failed);
		snprintf(key, sizeof(key), "%s/" INT64_FORMAT, st->gemeentecode, in->toewijzing);
		lock_bucket(LOCK_ALLOCATION, key);
		check_running_totals(st, in, &a, failed);
	}

	/* TR381: the catalogue in use puts this code in this category */
	read_product(st, in, &p);
	failed[R_TR381] = p.has_catalogue &&
		(!p.found || strcmp(p.category, in->category) != 0);
	if (p.found)
		check_regional(st, in, &a, &p, !failed[R_FMT_BSN], failed);

	check_tariff(st, in, failed);
}

/* ------------------------------------------------------------- outcome */

static Datum
text_array(List *items)
{
	int			n = list_length(items);
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));
	ListCell   *lc;
	int			i = 0;

	foreach(lc, items)
		elems[i++] = CStringGetTextDatum((const char *) lfirst(lc));
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * productcodes.strict: raise instead of storing a rejected row, with every
 * rule broken, its return code and its text (a sentence of its own, with
 * its full stop), in productcodes.language.
 */
static void
raise_strict(const statement_state *st, const row_input *in, List *errors)
{
	bool		dutch = pc_language == PC_LANGUAGE_NL;
	StringInfoData detail;
	ListCell   *lc;

	initStringInfo(&detail);
	foreach(lc, errors)
	{
		const char *name = lfirst(lc);
		int			r;

		for (r = 0; r < N_RULES; r++)
			if (strcmp(rule_names[r], name) == 0)
				break;
		appendStringInfo(&detail, dutch ? "%s%s (retourcode %s): %s" : "%s%s (return code %s): %s",
						 detail.len > 0 ? " " : "", name, st->rules[r].return_code,
						 dutch ? st->rules[r].text_nl : st->rules[r].text_en);
	}
	if (dutch)
		ereport(ERROR,
				(errcode(ERRCODE_CHECK_VIOLATION),
				 errmsg("prestatie \"%s\" is afgekeurd", in->referentie),
				 errdetail("Overtreden regels: %s", detail.data),
				 errhint("Met productcodes.strict = off wordt de prestatie als afgekeurd opgeslagen; de bevindingen staan in productcodes.row_findings.")));
	ereport(ERROR,
			(errcode(ERRCODE_CHECK_VIOLATION),
			 errmsg("declaration row \"%s\" is rejected", in->referentie),
			 errdetail("Rules broken: %s", detail.data),
			 errhint("With productcodes.strict = off the row is stored as rejected; its rules and texts are in productcodes.row_findings.")));
}

/*
 * The state for checking rows of rel in this statement (or query), kept in
 * fn_extra; trigger is NULL for the table's own column names.
 */
static statement_state *
get_state(FunctionCallInfo fcinfo, Relation rel, Trigger *trigger)
{
	statement_state *st = (statement_state *) fcinfo->flinfo->fn_extra;
	MemoryContextCallback *cb;
	MemoryContext oldcxt;

	if (st != NULL && st->relid == RelationGetRelid(rel))
		return st;
	st = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(statement_state));
	st->relid = RelationGetRelid(rel);
	st->code_type = productcode_type_oid();
	forget_backend_plans(st->code_type);
	oldcxt = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	map_columns(st, rel, trigger);
	find_indexes(st, rel);
	MemoryContextSwitchTo(oldcxt);
	cb = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(MemoryContextCallback));
	cb->func = free_statement_plans;
	cb->arg = st;
	MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt, cb);
	fcinfo->flinfo->fn_extra = st;
	return st;
}

/*
 * Check one row: apply every rule and sort the broken ones by their setting
 * for the row's municipality into errors and warnings (lists of rule names).
 */
static void
evaluate(FunctionCallInfo fcinfo, statement_state *st, const row_input *in,
		 int64 declaration_id, List **errors, List **warnings)
{
	MemoryContext callerctx = CurrentMemoryContext;
	bool		failed[N_RULES] = {false};
	int			r;

	/*
	 * Each of the engine's queries is written for an index; but a plan made
	 * while a table is still empty or has no statistics (a large first load
	 * runs in one transaction, before any ANALYZE) would read the whole
	 * table for every row, and a load would slow down as it grows.  With
	 * sequential scans switched off every query stays an index probe
	 * whatever the statistics say.  A table without the indexes (a mapped
	 * one) then looks so costly that JIT would compile every probe (50-150
	 * ms for a few rows), so JIT is off too.  Both are set before the
	 * row's first query (probe_begin) and undone after the row.  An error
	 * in an earlier row left them to the (sub)transaction's clean-up.
	 */
	probe_ready = false;

	/* the row's own garbage goes with it (revalidate() checks many rows) */
	if (st->row_cxt == NULL)
		st->row_cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "productcodes row",
											ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(st->row_cxt);
	MemoryContextSwitchTo(st->row_cxt);

	if (st->cache == NULL || !st->rules_loaded)
		probe_begin();			/* the catalogue cache is read with SPI */
	if (st->cache == NULL)
	{
		/*
		 * A statement takes the catalogue as committed when it starts: read
		 * the invalidations other sessions sent meanwhile (a transaction that
		 * already holds its locks would not otherwise look), then keep that
		 * copy for all its rows.
		 */
		AcceptInvalidationMessages();
		st->cache = cc_acquire();
	}
	if (!st->rules_loaded)
	{
		load_rules(st, fcinfo->flinfo->fn_mcxt);
		st->rules_loaded = true;
	}
	read_header(st, declaration_id, fcinfo->flinfo->fn_mcxt);
	memo_prepare_row(st, fcinfo->flinfo->fn_mcxt);
	apply_rules(st, in, failed);
	probe_end();
	MemoryContextSwitchTo(callerctx);

	*errors = NIL;
	*warnings = NIL;
	for (r = 0; r < N_RULES; r++)
	{
		if (!failed[r])
			continue;
		switch (effective_setting(st, r, st->gemeentecode))
		{
			case S_ERROR:
				*errors = lappend(*errors, (void *) rule_names[r]);
				break;
			case S_WARNING:
				*warnings = lappend(*warnings, (void *) rule_names[r]);
				break;
			case S_DISABLED:
				break;
		}
	}
}

static const char *
status_of(List *errors)
{
	return errors == NIL ? "accepted" : "rejected";
}

Datum
check_declaration_row(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	statement_state *st;
	Relation	rel;
	HeapTuple	tuple;
	row_input	in;
	int64		declaration_id;
	List	   *errors;
	List	   *warnings;
	int			cols[5];
	Datum		values[5];
	bool		nulls[5] = {false};
	int			ncols = 0;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s was not called by the trigger manager", "check_declaration_row()")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) || !TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s must be fired BEFORE INSERT FOR EACH ROW", "check_declaration_row()")));

	rel = trigdata->tg_relation;
	tuple = trigdata->tg_trigtuple;
	st = get_state(fcinfo, rel, trigdata->tg_trigger);

	/*
	 * A superuser's row that already carries an outcome keeps it: that is
	 * how pg_restore brings checked rows back, and re-checking them on
	 * another day could change what was decided.  Everyone else's rows are
	 * always checked, so an outcome cannot be forged.
	 */
	if (superuser())
	{
		bool		isnull;
		Datum		status = heap_getattr(tuple, st->attnum[F_STATUS],
										  RelationGetDescr(rel), &isnull);

		if (!isnull)
		{
			char	   *s = TextDatumGetCString(status);

			if (strcmp(s, "accepted") == 0 || strcmp(s, "rejected") == 0)
			{
				/* the memo's ledgers would not know the row: forget them */
				memo_forget(st);
				return PointerGetDatum(tuple);
			}
		}
	}

	read_row(st->attnum, RelationGetRelationName(rel), RelationGetDescr(rel), tuple,
			 &in, &declaration_id);
	st->keep_memo = true;
	evaluate(fcinfo, st, &in, declaration_id, &errors, &warnings);

	if (errors != NIL && pc_strict_mode)
		raise_strict(st, &in, errors);
	memo_record_outcome(st, &in, errors == NIL);

	cols[ncols] = st->attnum[F_STATUS];
	values[ncols++] = CStringGetTextDatum(status_of(errors));
	cols[ncols] = st->attnum[F_ERRORS];
	values[ncols++] = text_array(errors);
	if (st->attnum[F_WARNINGS])
	{
		cols[ncols] = st->attnum[F_WARNINGS];
		values[ncols++] = text_array(warnings);
	}
	if (st->attnum[F_CHECKED_AT])
	{
		cols[ncols] = st->attnum[F_CHECKED_AT];
		values[ncols++] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	}
	if (st->attnum[F_RULESET])
	{
		cols[ncols] = st->attnum[F_RULESET];
		values[ncols++] = CStringGetTextDatum("productcodes " PC_EXTENSION_VERSION);
	}

	return PointerGetDatum(heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel),
													 ncols, cols, values, nulls));
}

static Relation
open_declaration_rows(void)
{
	return table_openrv(makeRangeVar("productcodes", "declaration_rows", -1), AccessShareLock);
}

/*
 * check_row(...): what a declaration row would get, without storing it.
 * The same rules, settings and running totals as an insert now.
 */
Datum
check_declaration_row_what_if(PG_FUNCTION_ARGS)
{
	Relation	rel = open_declaration_rows();
	statement_state *st = get_state(fcinfo, rel, NULL);
	row_input	in;
	List	   *errors;
	List	   *warnings;
	TupleDesc	result_desc;
	Datum		result[3];
	bool		result_null[3] = {false, false, false};
	int			i;

	for (i = 0; i < 13; i++)
		if (PG_ARGISNULL(i) && i != 10)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("argument %d of check_row is null", i + 1),
					 errhint("Only tariff_cents and vorig_referentie_nummer may be null.")));
	in.referentie = text_to_cstring(PG_GETARG_TEXT_PP(1));
	in.toewijzing = PG_GETARG_INT64(2);
	in.bsn = text_to_cstring(PG_GETARG_TEXT_PP(3));
	in.category = text_to_cstring(PG_GETARG_TEXT_PP(4));
	in.code = PG_GETARG_INT32(5);
	in.period_start = PG_GETARG_DATEADT(6);
	in.period_end = PG_GETARG_DATEADT(7);
	in.volume = PG_GETARG_INT64(8);
	in.unit = text_to_cstring(PG_GETARG_TEXT_PP(9));
	in.has_tariff = !PG_ARGISNULL(10);
	in.tariff = in.has_tariff ? PG_GETARG_INT64(10) : 0;
	in.amount = PG_GETARG_INT64(11);
	in.dc = text_to_cstring(PG_GETARG_TEXT_PP(12));
	in.vorig_referentie = PG_ARGISNULL(13) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(13));
	if (DATE_NOT_FINITE(in.period_start) || DATE_NOT_FINITE(in.period_end))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				 errmsg("the product period must be a finite date range")));

	evaluate(fcinfo, st, &in, PG_GETARG_INT64(0), &errors, &warnings);
	table_close(rel, AccessShareLock);

	if (get_call_result_type(fcinfo, NULL, &result_desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "check_row must return a composite type");
	result[0] = CStringGetTextDatum(status_of(errors));
	result[1] = text_array(errors);
	result[2] = text_array(warnings);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(result_desc),
													  result, result_null)));
}

/*
 * revalidate(declaration_id): check stored rows again, after a catalogue,
 * tariff, allocation or setting was fixed, and record the new outcome.
 * The rows (of one declaration, or all when NULL) are set aside as
 * unchecked and then checked in the order they were stored, so each sees
 * the rows before it as an insert did; other rows count as they stand.
 */
Datum
revalidate_declaration_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Relation	rel = open_declaration_rows();
	statement_state *st = get_state(fcinfo, rel, NULL);
	Oid			argtypes[5] = {INT8OID, TEXTOID, TEXTARRAYOID, TEXTARRAYOID, TEXTOID};
	Datum		args[5];
	char		nulls[5] = {' ', ' ', ' ', ' ', ' '};
	SPITupleTable *rows;
	uint64		nrows;
	int			attnum[N_FIELDS];
	int			status_col;
	uint64		i;
	int			f;
	const char *select_sql =
		"SELECT * FROM productcodes.declaration_rows"
		" WHERE $1 IS NULL OR declaration_id OPERATOR(pg_catalog.=) $1 ORDER BY row_id";
	const char *reset_sql =
		"UPDATE productcodes.declaration_rows SET status = 'unchecked'"
		" WHERE $1 IS NULL OR declaration_id OPERATOR(pg_catalog.=) $1";
	const char *update_sql =
		"UPDATE productcodes.declaration_rows"
		"   SET status = $2, errors = $3, warnings = $4, ruleset = $5,"
		"       checked_at = pg_catalog.now()"
		" WHERE row_id OPERATOR(pg_catalog.=) $1";

	InitMaterializedSRF(fcinfo, 0);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	pc_outcome_guard_allow();	/* issue 12 (outcome_guard.c): until SPI_finish */
	args[0] = PG_ARGISNULL(0) ? (Datum) 0 : PG_GETARG_DATUM(0);
	nulls[0] = PG_ARGISNULL(0) ? 'n' : ' ';
	if (SPI_execute_with_args(select_sql, 1, argtypes, args, nulls, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not read productcodes.declaration_rows");
	rows = SPI_tuptable;
	nrows = SPI_processed;
	for (f = 0; f < N_FIELDS; f++)
		attnum[f] = SPI_fnumber(rows->tupdesc, field_defs[f].name);
	status_col = attnum[F_STATUS];
	if (SPI_execute_with_args(reset_sql, 1, argtypes, args, nulls, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "could not update productcodes.declaration_rows");

	for (i = 0; i < nrows; i++)
	{
		HeapTuple	tuple = rows->vals[i];
		row_input	in;
		int64		declaration_id;
		List	   *errors;
		List	   *warnings;
		bool		isnull;
		Datum		out[6];
		bool		outnull[6] = {false, false, false, false, false, false};

		read_row(attnum, "declaration_rows", rows->tupdesc, tuple, &in, &declaration_id);
		evaluate(fcinfo, st, &in, declaration_id, &errors, &warnings);

		args[0] = SPI_getbinval(tuple, rows->tupdesc, SPI_fnumber(rows->tupdesc, "row_id"), &isnull);
		args[1] = CStringGetTextDatum(status_of(errors));
		args[2] = text_array(errors);
		args[3] = text_array(warnings);
		args[4] = CStringGetTextDatum("productcodes " PC_EXTENSION_VERSION);
		nulls[0] = ' ';
		if (SPI_execute_with_args(update_sql, 5, argtypes, args, nulls, false, 0) != SPI_OK_UPDATE)
			elog(ERROR, "could not update productcodes.declaration_rows");

		out[0] = args[0];
		out[1] = CStringGetTextDatum(in.referentie);
		out[2] = SPI_getbinval(tuple, rows->tupdesc, status_col, &isnull);
		out[3] = args[1];
		out[4] = args[2];
		out[5] = args[3];
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, out, outnull);
	}
	SPI_finish();
	table_close(rel, AccessShareLock);
	return (Datum) 0;
}
