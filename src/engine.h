/*
 * engine.h
 *		Private declarations of the engine's server glue: the trigger that
 *		checks declaration rows and its data access.
 *
 * The rules themselves are in the PostgreSQL-free core (pc_rules.h,
 * src/pc_rules_<kind>.c).  The glue gathers their facts and applies them:
 *
 *	engine.c			the trigger, check_row() and revalidate(): settings
 *						of the rules, evaluating a row, writing its outcome
 *	engine_facts.c		gathering a row's facts (under the locks) and
 *						applying the core's rules in rule order
 *	engine_locks.c		the locks that serialise checks of rows sharing an
 *						allocation, client or reference, and the snapshot
 *						check of REPEATABLE READ and SERIALIZABLE
 *	engine_columns.c	the fields and the columns of the guarded table;
 *						reading a row
 *	engine_read.c		reading the header, allocation, client and ledgers:
 *						the SQL queries (SPI) and the choice of the direct path
 *	engine_direct.c		reading the extension's tables and the guarded table
 *						on their indexes, without SPI
 *	engine_memo.c		what a statement remembers from row to row: the
 *						allocations, clients and ledgers, and interned strings
 *	engine_figures.c	the outcome's undecided rules and the figures of
 *						each finding (declaration_rows.undecided, .figures)
 *
 * Functions shared between these files start with eng_.
 */
#ifndef ENGINE_H
#define ENGINE_H

#include "pc_pg.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/date.h"
#include "utils/hsearch.h"
#include "utils/palloc.h"
#include "utils/relcache.h"
#include "utils/snapshot.h"

#include "pc_rules.h"
#include "catalogue_cache.h"

/* ---------------------------------------------------------------------
 * The rules' settings (engine.c): severity, or a municipality's own.
 * ---------------------------------------------------------------------
 */
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
	F_UNDECIDED,
	F_FIGURES,
	N_FIELDS
} field_id;

typedef enum field_kind
{
	K_TEXT,
	K_INT,
	K_DATE,
	K_CODE,
	K_TEXT_ARRAY,
	K_TIMESTAMPTZ,
	K_JSONB
} field_kind;

typedef struct field_def
{
	const char *name;
	field_kind	kind;
	bool		required;		/* the table must have a column for it */
} field_def;

extern const field_def eng_field_defs[N_FIELDS];

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
	Q_LAST_MONTH,
	Q_LAST_MONTH_10,
	N_TABLE_QUERIES
} table_query;

/* ---------------------------------------------------------------------
 * The memo of a statement (engine_memo.c, which says why and how large).
 * ---------------------------------------------------------------------
 */

/* The counted debits of an allocation or of a client. */
typedef struct ledger
{
	bool		loaded;
	int			n_entries;
	int			max_entries;
	pc_ledger_entry **entries;		/* an entry may be in an allocation's and a client's */
} ledger;

typedef struct allocation_key
{
	char		gemeentecode[8];
	int64		toewijzing;
} allocation_key;

typedef struct allocation_slot
{
	allocation_key key;			/* the hash key comes first */
	pc_allocation a;
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
	MemoryContext cxt;			/* everything of it, the struct too */
	Oid			relid;
	Oid			user;			/* the role it was made for */
	bool		takes_locks;	/* the trigger and revalidate(), not check_row() */
	Oid			code_type;		/* OID of productcodes.productcode */
	bool		rules_loaded;
	int			attnum[N_FIELDS];	/* 0: the table has no such column */
	rule_state	rules[PC_N_RULES];
	catalogue_cache *cache;		/* the catalogue this statement uses */
	/* the last declaration header seen: rows of one message come together */
	int64		header_id;
	bool		header_valid;
	char	   *agb;
	char	   *gemeentecode;
	char	   *domain;
	char	   *declaratie_nummer;
	DateADT		declaration_month;
	DateADT		submitted_on;	/* DeclaratieDagtekening */
	DateADT		received_on;
	bool		header_duplicate;	/* TR333 */
	bool		has_last_month;	/* TR318: the greatest declaration_month of */
	DateADT		last_month;		/* the provider's earlier declarations */
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
	HTAB	   *strings;		/* eng_memo_intern */
	MemoryContext row_cxt;		/* reset for every row */
	allocation_slot *row_slot;	/* the current row's allocation, if found */
	bool		credit_target_found;	/* the current credit's debit: */
	allocation_key credit_target;	/* its pc_allocation */
	char		credit_target_bsn[CLIENT_KEY_SIZE];	/* its client */
	const char *current_referentie; /* the row being checked, for errors */
} statement_state;

/* engine_columns.c */
extern void eng_map_columns(statement_state *st, Relation rel, Trigger *trigger);
extern char *eng_get_text(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull);
extern int64 eng_get_int(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull);
extern void eng_read_row(const int *attnum, const char *relname, TupleDesc desc,
						 HeapTuple tuple, pc_row *in, int64 *declaration_id);

/* engine_read.c */
extern const char *const eng_table_query_sql[N_TABLE_QUERIES];
extern void eng_forget_backend_plans(Oid code_type);
extern void eng_probe_forget(void);
extern void eng_probe_begin(void);
extern void eng_probe_end(void);
extern void eng_read_header(statement_state *st, int64 declaration_id, MemoryContext mcxt);
extern void eng_read_allocation(statement_state *st, const pc_row *in, pc_allocation *a);
extern client_slot *eng_client_of(statement_state *st, const char *bsn);
extern header_slot *eng_header_of(statement_state *st, int64 declaration_id);
extern bool eng_reference_used(statement_state *st, const char *referentie);
extern void eng_read_credit_target(statement_state *st, const pc_row *in,
								   pc_credit_target *c);
extern void eng_allocation_ledger(statement_state *st, allocation_slot *slot);
extern void eng_client_ledger(statement_state *st, client_slot *slot, const char *bsn);

/* engine_direct.c */
extern bool eng_direct_reads_allowed(Oid relid);
extern void eng_direct_index_setup(direct_index *d, const char *table, const char *index);
extern void eng_read_allocation_direct(statement_state *st, const pc_row *in,
									   pc_allocation *m);
extern HeapTuple eng_direct_fetch(const direct_index *d, const Datum *values,
								  TupleDesc *desc);
extern Datum eng_direct_column(HeapTuple tup, TupleDesc desc, const char *name,
							   bool *isnull);
extern char *eng_direct_text(const statement_state *st, HeapTuple tup, TupleDesc desc,
							 const char *name);
extern void eng_find_indexes(statement_state *st, Relation rel);
extern bool eng_reference_used_direct(statement_state *st, const char *referentie);
extern void eng_load_ledger_direct(statement_state *st, ledger *l, Oid index, int attnum,
								   RegProcedure eq, Oid collation, Datum key_value,
								   const char *gemeentecode, const char *agb,
								   const char *domain, const char *what);

/* engine_memo.c */
extern void eng_memo_forget(statement_state *st);
extern void eng_memo_prepare_row(statement_state *st, MemoryContext parent);
extern void eng_allocation_key_of(allocation_key *key, const char *gemeentecode,
								  int64 toewijzing);
extern char *eng_memo_strdup(const statement_state *st, const char *s);
extern char *eng_memo_intern(statement_state *st, const char *s);
extern void eng_ledger_append(const statement_state *st, ledger *l, pc_ledger_entry *e);
extern pc_ledger_entry *eng_copy_entry(const statement_state *st, const pc_ledger_entry *e);
extern void eng_memo_record_outcome(statement_state *st, const pc_row *in, bool accepted);

/* engine_locks.c */
typedef enum eng_lock_space
{
	ENG_LOCK_ALLOCATION,		/* gemeentecode/ToewijzingNummer */
	ENG_LOCK_CLIENT,			/* BSN */
	ENG_LOCK_REFERENCE,			/* agb/domain/ReferentieNummer (TR314, credits) */
	ENG_LOCK_IMPORT				/* a message's sender and identification */
} eng_lock_space;

extern void eng_lock_key(statement_state *st, eng_lock_space space, const char *key);
extern void eng_check_snapshot(const statement_state *st, TransactionId xmin,
							   const char *what, const char *other);
extern Snapshot eng_read_snapshot(void);

/* engine_facts.c */
extern void eng_apply_rules(statement_state *st, const pc_row *in, pc_findings *f,
							pc_allocation *a_out);

/* engine_figures.c */
extern Datum eng_undecided_array(const pc_findings *f);
extern Datum eng_figures_jsonb(const statement_state *st, const pc_row *in,
							   const pc_allocation *a, const pc_findings *f,
							   const bool *listed);

#endif							/* ENGINE_H */
