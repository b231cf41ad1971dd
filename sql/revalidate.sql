--
-- What-if checks and re-validation after a fix.  Builds on the data of the
-- earlier files (Rotterdam, 0599, uses the seed 000 handbook for Jeugd).
--
SET search_path = productcodes, public;
SET datestyle = ISO;

-- What-if: allocation 4001 has 10 pieces, 2 of them declared (YJ-EXT in
-- April, ST-OK in May); one more in June (declaration 13) would be accepted ...
SELECT * FROM check_row(13, 'WHAT-IF-1', 4001, '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', 1, '82', 5000, 5000, 'D');
-- ... 9 more would be 11 of 10 (TR322) ...
SELECT * FROM check_row(13, 'WHAT-IF-2', 4001, '001000020', '45', '45Z01', '2025-06-01', '2025-06-30', 9, '82', 5000, 45000, 'D');
-- ... and another one in May would be billing May twice (TR389)
SELECT * FROM check_row(12, 'WHAT-IF-3', 4001, '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', 1, '82', 5000, 5000, 'D');
-- nothing was stored
SELECT count(*) AS stored FROM declaration_rows WHERE referentie_nummer LIKE 'WHAT-IF%';
\x on
SELECT (regress.try($$SELECT * FROM productcodes.check_row(12, NULL, 4001, '001000020', '45', '45Z01', '2025-05-01', '2025-05-31', 1, '82', 5000, 5000, 'D')$$)).*;
\x off

-- Re-validation: a declaration arrives before its allocation is registered,
-- so its rows are rejected (TR338) ...
INSERT INTO declarations (declaration_id, agb, gemeentecode, domain, declaratie_nummer, declaration_month, submitted_on)
VALUES (31, '12345678', '0599', 'JW', 'R202508', '2025-08-01', '2025-09-02');
SELECT * FROM regress.declare(31, 'RV-JUL', 5001, '111222333', '45', '45Z01', '2025-07-01', '2025-07-31', 6, '82', 1000, 6000, 'D');
SELECT * FROM regress.declare(31, 'RV-AUG', 5001, '111222333', '45', '45Z01', '2025-08-01', '2025-08-31', 6, '82', 1000, 6000, 'D');
-- ... then the allocation is registered (10 pieces, without a code): checked
-- again in the order they were stored, July fits and August, 12 of 10, does not
INSERT INTO allocations (gemeentecode, toewijzing_nummer, bsn, agb, domain, category, code,
						 volume, unit, frequency, start_date, end_date)
VALUES ('0599', 5001, '111222333', '12345678', 'JW', '45', NULL, 10, '82', '6', '2025-07-01', '2025-12-31');
SELECT referentie_nummer, old_status, status, errors, warnings FROM revalidate(31);
-- the new outcome is recorded on the rows, and in their findings
SELECT referentie_nummer, status, errors, checked_at IS NOT NULL AS checked FROM declaration_rows
 WHERE declaration_id = 31 ORDER BY row_id;
SELECT r.referentie_nummer, f.rule_id, f.return_code FROM row_findings f JOIN declaration_rows r USING (row_id)
 WHERE r.declaration_id = 31 AND f.severity <> 'undecided';
-- checking again changes nothing (a row does not count against itself: TR314, TR389)
SELECT referentie_nummer, old_status, status, errors FROM revalidate(31);

RESET search_path;
