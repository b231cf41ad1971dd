--
-- \d+ and \df+ explain every object of productcodes: each table, view and
-- materialized view, each of their columns, each function (aggregates too)
-- and each type has a comment (src/sql/95_comments.sql,
-- src/sql/26_type_comments.sql and the parts that make the objects).  Every
-- query below lists what lacks one, so its expected output is no rows.
-- Only productcodes' own objects count: the extension's members (pg_depend,
-- deptype 'e') and what productcodes.install() made (regress.installed,
-- noted by sql/setup.sql right after it).  What earlier tests leave behind
-- does not, and neither do the array and row types PostgreSQL makes by
-- itself.  Run last.
--
CREATE TEMP VIEW members AS
SELECT d.classid, d.objid
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid
 WHERE d.refclassid = 'pg_extension'::regclass AND e.extname = 'productcodes' AND d.deptype = 'e'
UNION
SELECT classid, objid FROM regress.installed;

-- tables, views and materialized views without a comment
SELECT c.oid::regclass AS relation, c.relkind
  FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND obj_description(c.oid, 'pg_class') IS NULL
 ORDER BY c.oid::regclass::text;

-- their columns without a comment
SELECT c.oid::regclass AS relation, a.attname AS column_without_comment
  FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND col_description(c.oid, a.attnum) IS NULL
 ORDER BY c.oid::regclass::text, a.attnum;

-- functions, aggregates and procedures without a comment (the type support
-- functions and the aggregates in pg_catalog too)
SELECT p.oid::regprocedure AS function_without_comment, p.prokind
  FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
 WHERE obj_description(p.oid, 'pg_proc') IS NULL
 ORDER BY p.oid::regprocedure::text;

-- types without a comment (productcode, bsn and the composite message_prestatie);
-- not the array types and the row types of tables and views, which PostgreSQL
-- makes itself (from 17 on they are recorded as members too)
SELECT t.oid::regtype AS type_without_comment, t.typtype
  FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
 WHERE obj_description(t.oid, 'pg_type') IS NULL
   AND t.typcategory <> 'A'
   AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind IN ('r', 'v', 'm'))
 ORDER BY t.oid::regtype::text;

-- the queries above looked at something: every kind is there
SELECT kind, count(*) > 0 AS checked
  FROM (SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view'
						  WHEN 'm' THEN 'materialized view' END AS kind
		  FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
		 WHERE c.relkind IN ('r', 'v', 'm')
		UNION ALL
		SELECT 'column' FROM pg_class c
		  JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
		  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
		 WHERE c.relkind IN ('r', 'v', 'm')
		UNION ALL
		SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'function' END
		  FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid
		UNION ALL
		SELECT 'type ' || t.typname
		  FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
		 WHERE t.typtype = 'b' AND t.typcategory <> 'A') k
 GROUP BY kind
 ORDER BY kind;

-- A materialized view (name_mv) is a copy of its view (name), and
-- allocations_near_exhaustion has the columns of allocation_exhaustion: a
-- column of a copy says what the same column of the original says, and the
-- original has every column of the copy (but as_of, the date of the
-- refresh).  catalogue_overview shows columns of products: those say the
-- same as there.  Listed: what breaks that.
CREATE TEMP VIEW copies AS
SELECT c.oid::regclass AS copy, o.oid::regclass AS original, true AS whole
  FROM pg_class c JOIN members m ON m.classid = 'pg_class'::regclass AND m.objid = c.oid
  LEFT JOIN pg_class o ON o.relnamespace = c.relnamespace AND o.relkind = 'v'
					  AND o.relname = regexp_replace(c.relname, '_mv$', '')
 WHERE c.relkind = 'm'
UNION ALL
SELECT 'productcodes.allocations_near_exhaustion'::regclass, 'productcodes.allocation_exhaustion'::regclass, true
UNION ALL
SELECT 'productcodes.catalogue_overview'::regclass, 'productcodes.products'::regclass, false;

SELECT copy, original, whole,
	   (SELECT count(*) FROM pg_attribute a JOIN pg_attribute o ON o.attname = a.attname
		 WHERE a.attrelid = copy AND a.attnum > 0 AND NOT a.attisdropped AND o.attrelid = original) > 0
	   AS compared
  FROM copies ORDER BY copy::text;

SELECT k.copy, a.attname, col_description(k.copy, a.attnum) AS says,
	   col_description(k.original, o.attnum) AS original_says
  FROM copies k
  JOIN pg_attribute a ON a.attrelid = k.copy AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attribute o ON o.attrelid = k.original AND o.attname = a.attname AND NOT o.attisdropped
 WHERE (k.copy, a.attname) IS DISTINCT FROM ('productcodes.allocation_exhaustion_mv'::regclass, 'as_of')
   AND CASE WHEN o.attnum IS NULL THEN k.whole
			ELSE col_description(k.copy, a.attnum) IS DISTINCT FROM col_description(k.original, o.attnum) END
 ORDER BY k.copy::text, a.attnum;

DROP VIEW copies;
DROP VIEW members;
