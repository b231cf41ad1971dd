/* ====================================================================
 * Look-ups for analysts.
 * ==================================================================== */

CREATE FUNCTION productcodes.catalogue_for(
	gemeente text, domain text, on_date date DEFAULT CURRENT_DATE)
RETURNS SETOF productcodes.catalogues
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT c.*
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues c ON c.catalogue_id = cm.catalogue_id
	 WHERE cm.gemeentecode = catalogue_for.gemeente
	   AND cm.domain = catalogue_for.domain
	   AND cm.validity @> catalogue_for.on_date
	   AND c.validity @> catalogue_for.on_date;
END;
COMMENT ON FUNCTION productcodes.catalogue_for(text, text, date) IS
'the catalogue a municipality uses for a domain on a date (no row: none registered)';

CREATE FUNCTION productcodes.product_for(
	code productcodes.productcode, gemeente text,
	on_date date DEFAULT CURRENT_DATE, domain text DEFAULT NULL)
RETURNS SETOF productcodes.products
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT p.*
	  FROM productcodes.catalogue_municipalities cm
	  JOIN productcodes.catalogues c ON c.catalogue_id = cm.catalogue_id
	  JOIN productcodes.products p ON p.catalogue_id = cm.catalogue_id
								 AND p.domain = cm.domain
	 WHERE cm.gemeentecode = product_for.gemeente
	   AND (product_for.domain IS NULL OR cm.domain = product_for.domain)
	   AND cm.validity @> product_for.on_date
	   AND c.validity @> product_for.on_date
	   AND p.code = product_for.code
	   AND p.validity @> product_for.on_date
	 ORDER BY p.domain;
END;
COMMENT ON FUNCTION productcodes.product_for(productcodes.productcode, text, date, text) IS
'the product a code means for a municipality on a date, from the catalogue it uses; one row per domain where the code is defined';

CREATE FUNCTION productcodes.municipality_is_valid(gemeente text, on_date date)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT EXISTS (SELECT 1 FROM productcodes.municipalities m
					WHERE m.gemeentecode = municipality_is_valid.gemeente
					  AND m.validity @> municipality_is_valid.on_date);
END;
COMMENT ON FUNCTION productcodes.municipality_is_valid(text, date) IS
'true when the gemeentecode is in the CBS list on that date (rule TR378)';

CREATE FUNCTION productcodes.state_pension_age(on_date date DEFAULT CURRENT_DATE)
RETURNS interval
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.make_interval(years => a.years, months => a.months)
	  FROM productcodes.state_pension_ages a
	 WHERE a.validity @> state_pension_age.on_date;
END;
COMMENT ON FUNCTION productcodes.state_pension_age(date) IS
'AOW-leeftijd on a date; NULL when the table has no period for it';

-- A readable catalogue for psql: names next to the codes.
CREATE VIEW productcodes.catalogue_overview AS
SELECT c.name AS catalogue,
	   p.domain,
	   d.name AS domain_name,
	   p.category,
	   cat.name AS category_name,
	   p.segment,
	   p.sub_segment,
	   p.code,
	   p.name,
	   p.unit,
	   u.name AS unit_name,
	   p.frequency,
	   f.name AS frequency_name,
	   p.variant,
	   p.validity,
	   p.local_ref,
	   p.max_units_per_week,
	   p.max_units_per_year,
	   p.min_age_years,
	   p.max_age_years,
	   p.max_age_extended_years,
	   p.until_state_pension_age,
	   p.home_only,
	   p.description_pending,
	   p.example_code,
	   p.product_id,
	   p.catalogue_id,
	   p.staff_qualification
  FROM productcodes.products p
  JOIN productcodes.catalogues c ON c.catalogue_id = p.catalogue_id
  JOIN productcodes.domains d ON d.code = p.domain
  JOIN productcodes.categories cat ON cat.code = p.category
  JOIN productcodes.units u ON u.code = p.unit
  JOIN productcodes.frequencies f ON f.code = p.frequency;
COMMENT ON VIEW productcodes.catalogue_overview IS
'leesbare catalogus: elk product met de namen van domein, categorie, eenheid en frequentie';

