--
-- The shipped catalogue holds both source documents completely.  Expected
-- figures are written out from the seeds and the national lists, not
-- copied from the output.
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- national lists: JZ020 has 31-38 and 40-55 (24), WMO020 01-18 (18)
SELECT domain, count(*), min(code), max(code), count(*) FILTER (WHERE legacy) AS legacy
  FROM categories GROUP BY domain ORDER BY domain;
SELECT count(*) FILTER (WHERE code = '39') AS has_39, count(*) FILTER (WHERE code = '56') AS has_56
  FROM categories;
SELECT code, name, minutes FROM units ORDER BY code;
SELECT code, name, period FROM frequencies ORDER BY code;
-- allowed combinations: effort 01/04 x 1,2,4,6 and 14/16/84 x 2,4,6; output 82 x 1,2,4,6 and 83 x 2,4,6
SELECT variant, unit, string_agg(frequency, ',' ORDER BY frequency) AS frequencies
  FROM unit_frequency_combinations GROUP BY variant, unit ORDER BY variant, unit;

-- municipalities: the 342 CBS codes of 1 January 2026
SELECT count(*) AS municipalities, count(DISTINCT gemeentecode) AS codes,
	   count(*) FILTER (WHERE validity @> date '2026-01-01') AS valid_2026
  FROM municipalities;
SELECT gemeentecode, name, province, youth_region FROM municipalities
 WHERE gemeentecode IN ('0363', '0014', '1680', '0632', '1961') ORDER BY 1;

-- catalogues
SELECT catalogue_id, name, issuer, version_date, validity FROM catalogues ORDER BY 1;
SELECT cm.catalogue_id, string_agg(m.name, ', ' ORDER BY m.name) AS municipalities, cm.domain
  FROM catalogue_municipalities cm JOIN municipalities m USING (gemeentecode)
 GROUP BY cm.catalogue_id, cm.domain;

-- products: 21 from seed 000, 10 from seed 004
SELECT catalogue_id, domain, count(*) FROM products GROUP BY 1, 2 ORDER BY 1, 2;
-- every code of seed 000 is there exactly once, with its segment
SELECT s.code, p.segment, p.category, p.sub_segment
  FROM (VALUES ('43Z03'), ('43Z04'), ('43Z02'), ('43Z01'), ('46Z01'), ('54Z01'),
			   ('54Z02'), ('54Z03'), ('45Z01'), ('40Z01'), ('42Z01'), ('15Z04'),
			   ('15Z03'), ('15Z02'), ('15Z01'), ('02Z01'), ('15Z05'), ('03Z01'),
			   ('08Z01'), ('04A01'), ('04A03')) AS s(code)
  LEFT JOIN products p ON p.code = s.code::productcode AND p.catalogue_id = 1
 ORDER BY p.segment, s.code;
-- seed 000: all stuks output, total within the allocation, from the version date
SELECT unit, frequency, variant, validity, count(*) FROM products WHERE catalogue_id = 1
 GROUP BY 1, 2, 3, 4;
-- names reconciled between tables and descriptions, the two pending descriptions
SELECT code, name, description_pending, description IS NULL AS no_description
  FROM products WHERE code IN ('43Z02', '54Z02', '54Z03', '15Z05', '04A01', '04A03')
 ORDER BY code;
-- descriptions are plain text: no HTML tags or entities left
SELECT count(*) AS html_leftovers FROM products
 WHERE description ~ '<[a-zA-Z/]' OR description ~ '&[a-z]+;';
SELECT code, left(description, 60) AS starts FROM products
 WHERE code IN ('43Z03', '42Z01', '04A03') ORDER BY code;

-- seed 004: ten products with the region's references and example codes
SELECT local_ref, code, name, category, unit, frequency, variant, example_code
  FROM products WHERE catalogue_id = 2 ORDER BY local_ref;
-- its limits: 18 to state pension age; 3 etmalen a week, 156 a year; transport at home only
SELECT local_ref, min_age_years, until_state_pension_age, max_units_per_week,
	   max_units_per_year, home_only
  FROM products
 WHERE catalogue_id = 2
   AND (min_age_years IS NOT NULL OR until_state_pension_age OR max_units_per_week IS NOT NULL
		OR home_only)
 ORDER BY local_ref;
-- transport only with a same-day day programme, group support or short stay
SELECT p.local_ref, string_agg(c.local_ref, ' ' ORDER BY c.local_ref) AS companions
  FROM product_companions pc
  JOIN products p ON p.product_id = pc.product_id
  JOIN products c ON c.product_id = pc.companion_product_id
 GROUP BY p.local_ref ORDER BY 1;
-- youth care: under 18, continued care up to 23
SELECT max_age_years, max_age_extended_years, count(*) FROM products WHERE domain = 'JW'
 GROUP BY 1, 2;
-- the state pension age is dated data
SELECT validity, years, months FROM state_pension_ages ORDER BY validity;

-- everything above is shipped; nothing is a user row yet
SELECT 'products' AS t, count(*) FILTER (WHERE shipped) AS shipped, count(*) FILTER (WHERE NOT shipped) AS own FROM products
UNION ALL SELECT 'municipalities', count(*) FILTER (WHERE shipped), count(*) FILTER (WHERE NOT shipped) FROM municipalities
UNION ALL SELECT 'categories', count(*) FILTER (WHERE shipped), count(*) FILTER (WHERE NOT shipped) FROM categories
UNION ALL SELECT 'tariffs', count(*) FILTER (WHERE shipped), count(*) FILTER (WHERE NOT shipped) FROM tariffs;

-- The tables are the database's own, not members of the extension:
-- pg_dump dumps them whole (shipped rows too), and nothing is registered
-- with pg_extension_config_dump.  The members are the types' objects.
SELECT e.extconfig IS NULL AS nothing_registered,
	   (SELECT count(*) FROM pg_depend d
		 WHERE d.refobjid = e.oid AND d.deptype = 'e' AND d.classid = 'pg_class'::regclass) AS member_relations,
	   (SELECT string_agg(DISTINCT d.classid::regclass::text, ' ' ORDER BY d.classid::regclass::text)
		  FROM pg_depend d WHERE d.refobjid = e.oid AND d.deptype = 'e') AS member_kinds
  FROM pg_extension e WHERE e.extname = 'productcodes';
-- ... and the installing superuser's (an owner could add triggers to
-- them; sql/setup.sql noted what install() made)
SELECT CASE WHEN c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) THEN 'the installer'
			ELSE pg_get_userbyid(c.relowner)::text END AS owner, c.relkind, count(*)
  FROM pg_class c JOIN regress.installed i ON i.classid = 'pg_class'::regclass AND i.objid = c.oid
 WHERE c.relkind IN ('r', 'v', 'm', 'S')
 GROUP BY 1, 2 ORDER BY 1, 2;

RESET search_path;
