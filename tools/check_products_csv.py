#!/usr/bin/env python3
"""Check the shipped product rows: data/products.csv, data/segments.csv and
data/product_companions.csv (see data/README.md for where they come from).

Usage: python3 tools/check_products_csv.py [DATA_DIR]
Exits 0 when every invariant holds, 1 (with one line per problem) otherwise.
Standard library only.
"""
import csv
import datetime
import io
import os
import re
import sys

PRODUCT_HEADER = [
    'product_id', 'catalogue_id', 'code', 'category', 'domain', 'segment', 'sub_segment',
    'name', 'description', 'description_pending', 'unit', 'frequency', 'variant',
    'valid_from', 'valid_to', 'local_ref', 'max_units_per_week', 'max_units_per_year',
    'min_age_years', 'max_age_years', 'max_age_extended_years', 'until_state_pension_age',
    'home_only', 'example_code', 'staff_qualification',
]
# seed 004: the least education of the staff, per level of individual support
STAFF_QUALIFICATIONS = {'2.03A': 'MBO3', '2.03B': 'MBO4', '2.03C': 'HBO'}
SEGMENT_HEADER = ['catalogue_id', 'domain', 'name']
COMPANION_HEADER = ['product_id', 'companion_product_id']
EXPECTED_PRODUCTS = 31

# National category lists (JZ020 / WMO020, iStandaarden 3.2; see DOMAIN.md section 1).
CATEGORIES = {
    'JW': {'%02d' % n for n in list(range(31, 39)) + list(range(40, 56))},
    'WMO': {'%02d' % n for n in range(1, 19)},
}
UNITS = {'01', '04', '14', '16', '82', '83', '84'}          # WJ756
FREQUENCIES = {'1', '2', '4', '6'}                          # WMO757
COMBINATIONS = {                                            # DOMAIN.md section 2
    'inspanningsgericht': {('01', f) for f in '1246'} | {('04', f) for f in '1246'}
                          | {(u, f) for u in ('14', '16', '84') for f in '246'},
    'outputgericht': {('82', f) for f in '1246'} | {('83', f) for f in '246'},
}
BOOL_COLUMNS = ['description_pending', 'until_state_pension_age', 'home_only', 'example_code']
INT_COLUMNS = ['max_units_per_week', 'max_units_per_year', 'min_age_years', 'max_age_years',
               'max_age_extended_years']
CODE_RE = re.compile(r'^[0-9A-Z]{1,5}$')

errors = []


def fail(msg):
    errors.append(msg)


def read_csv(path, header):
    """Read an RFC 4180 file written as documented (UTF-8, LF, QUOTE_MINIMAL)."""
    try:
        with open(path, 'rb') as f:
            raw = f.read()
    except OSError as e:
        fail('%s: cannot read (%s)' % (path, e))
        return []
    name = os.path.basename(path)
    if raw.startswith(b'\xef\xbb\xbf'):
        fail('%s: starts with a byte order mark' % name)
    if b'\r' in raw:
        fail('%s: contains carriage returns (line terminator must be LF)' % name)
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        fail('%s: not UTF-8 (%s)' % (name, e))
        return []
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if not rows or rows[0] != header:
        fail('%s: header is %r, expected %r' % (name, rows[0] if rows else None, header))
        return []
    # The file must be exactly what csv.writer(QUOTE_MINIMAL, lineterminator="\n") writes.
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator='\n').writerows(rows)
    if out.getvalue() != text:
        fail('%s: not in canonical form (csv.writer QUOTE_MINIMAL, "\\n")' % name)
    result = []
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            fail('%s record %d: %d fields, expected %d' % (name, n, len(r), len(header)))
            continue
        result.append(dict(zip(header, r)))
    return result


def optional_table(path, key_columns):
    """Rows of a companion data file written by someone else, if it is there and has the
    columns we need; None otherwise (the check is then skipped)."""
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    if rows and not all(c in rows[0] for c in key_columns):
        return None
    return rows


def is_date(s):
    try:
        return datetime.date.fromisoformat(s).isoformat() == s
    except ValueError:
        return False


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'data')

    segments = read_csv(os.path.join(data, 'segments.csv'), SEGMENT_HEADER)
    products = read_csv(os.path.join(data, 'products.csv'), PRODUCT_HEADER)
    companions = read_csv(os.path.join(data, 'product_companions.csv'), COMPANION_HEADER)

    # ---- segments
    seg_keys = set()
    for s in segments:
        if s['domain'] not in CATEGORIES:
            fail('segments.csv: %r has unknown domain %r' % (s['name'], s['domain']))
        if not s['catalogue_id'].isdigit():
            fail('segments.csv: %r has catalogue_id %r' % (s['name'], s['catalogue_id']))
        if not s['name'] or s['name'] != s['name'].strip():
            fail('segments.csv: bad name %r' % s['name'])
        k = (s['catalogue_id'], s['name'])
        if k in seg_keys:
            fail('segments.csv: duplicate segment %r' % (k,))
        seg_keys.add(k)
    seg_domain = {(s['catalogue_id'], s['name']): s['domain'] for s in segments}

    # ---- optional cross-checks with the other shipped tables
    catalogues = optional_table(os.path.join(data, 'catalogues.csv'), ['catalogue_id'])
    catalogue_ids = {c['catalogue_id'] for c in catalogues} if catalogues is not None else None
    if catalogue_ids is not None:
        for s in segments:
            if s['catalogue_id'] not in catalogue_ids:
                fail('segments.csv: %r: catalogue %s not in catalogues.csv'
                     % (s['name'], s['catalogue_id']))
    categories = optional_table(os.path.join(data, 'categories.csv'), ['code', 'domain'])
    cat_rows = ({(c['domain'], c['code']) for c in categories}
                if categories is not None else None)

    # ---- products
    if len(products) != EXPECTED_PRODUCTS:
        fail('products.csv: %d rows, expected %d' % (len(products), EXPECTED_PRODUCTS))
    ids, keys = set(), set()
    for p in products:
        pid = p['product_id']
        where = 'products.csv product %s (%s)' % (pid, p['code'])
        if not re.fullmatch(r'[1-9][0-9]*', pid):
            fail('%s: product_id is not a positive integer' % where)
        if p['staff_qualification'] != STAFF_QUALIFICATIONS.get(p['local_ref'], ''):
            fail('%s: staff_qualification %r, expected %r'
                 % (where, p['staff_qualification'], STAFF_QUALIFICATIONS.get(p['local_ref'], '')))
        if pid in ids:
            fail('%s: duplicate product_id' % where)
        ids.add(pid)
        if not re.fullmatch(r'[1-9][0-9]*', p['catalogue_id']):
            fail('%s: catalogue_id %r' % (where, p['catalogue_id']))
        elif catalogue_ids is not None and p['catalogue_id'] not in catalogue_ids:
            fail('%s: catalogue %s not in catalogues.csv' % (where, p['catalogue_id']))
        key = (p['catalogue_id'], p['code'])
        if key in keys:
            fail('%s: duplicate (catalogue_id, code)' % where)
        keys.add(key)

        # code and category
        if not CODE_RE.match(p['code']):
            fail('%s: code does not match %s' % (where, CODE_RE.pattern))
        dom = p['domain']
        if dom not in CATEGORIES:
            fail('%s: unknown domain %r' % (where, dom))
        elif p['category'] not in CATEGORIES[dom]:
            fail('%s: category %r not in the %s list' % (where, p['category'], dom))
        if cat_rows is not None and (dom, p['category']) not in cat_rows:
            fail('%s: category %r/%s not in categories.csv' % (where, p['category'], dom))
        # Both shipped catalogues follow the national pattern: code = category + 3 chars.
        if len(p['code']) != 5 or p['code'][:2] != p['category']:
            fail('%s: category %r is not the code prefix' % (where, p['category']))

        # segment
        sd = seg_domain.get((p['catalogue_id'], p['segment']))
        if sd is None:
            fail('%s: segment %r not in segments.csv for catalogue %s'
                 % (where, p['segment'], p['catalogue_id']))
        elif sd != dom:
            fail('%s: segment %r is %s, product is %s' % (where, p['segment'], sd, dom))
        if not p['name'] or p['name'] != p['name'].strip():
            fail('%s: empty or padded name' % where)

        # booleans, integers, dates
        for c in BOOL_COLUMNS:
            if p[c] not in ('true', 'false'):
                fail('%s: %s is %r, expected true/false' % (where, c, p[c]))
        for c in INT_COLUMNS:
            if p[c] and not re.fullmatch(r'0|[1-9][0-9]*', p[c]):
                fail('%s: %s is %r, expected an integer or empty' % (where, c, p[c]))
        for c in ('valid_from', 'valid_to'):
            if p[c] and not is_date(p[c]):
                fail('%s: %s is %r, expected YYYY-MM-DD' % (where, c, p[c]))
        if p['valid_from'] and p['valid_to'] and p['valid_to'] <= p['valid_from']:
            fail('%s: valid_to not after valid_from' % where)
        if p['until_state_pension_age'] == 'true' and p['max_age_years']:
            fail('%s: both max_age_years and until_state_pension_age' % where)
        if p['max_age_extended_years'] and not p['max_age_years']:
            fail('%s: max_age_extended_years without max_age_years' % where)
        if (p['max_age_extended_years'] and p['max_age_years']
                and int(p['max_age_extended_years']) < int(p['max_age_years'])):
            fail('%s: max_age_extended_years below max_age_years' % where)
        if (p['min_age_years'] and p['max_age_years']
                and int(p['min_age_years']) >= int(p['max_age_years'])):
            fail('%s: min_age_years not below max_age_years' % where)

        # unit, frequency, variant
        if p['unit'] not in UNITS:
            fail('%s: unit %r not in WJ756' % (where, p['unit']))
        if p['frequency'] not in FREQUENCIES:
            fail('%s: frequency %r not in WMO757' % (where, p['frequency']))
        want = 'outputgericht' if p['unit'] in ('82', '83') else 'inspanningsgericht'
        if p['variant'] != want:
            fail('%s: variant %r, expected %r for unit %s' % (where, p['variant'], want, p['unit']))
        elif (p['unit'], p['frequency']) not in COMBINATIONS[want]:
            fail('%s: unit %s with frequency %s not allowed for %s'
                 % (where, p['unit'], p['frequency'], want))

        # description
        desc, pending = p['description'], p['description_pending'] == 'true'
        if pending != (desc == ''):
            fail('%s: description empty=%s but description_pending=%s'
                 % (where, desc == '', p['description_pending']))
        for bad, what in (('<', 'HTML tag'), ('&', 'HTML entity'), ('\t', 'tab'),
                          ('\r', 'carriage return'), ('\xa0', 'no-break space'),
                          ('\n\n\n', 'more than one blank line')):
            if bad in desc:
                fail('%s: description contains %s %r' % (where, what, bad))
        if desc != desc.strip():
            fail('%s: description has leading/trailing white space' % where)
        for line in desc.split('\n'):
            if line != line.rstrip():
                fail('%s: description line with trailing blanks: %r' % (where, line[:40]))
            if line.lstrip().startswith(('•', '* ')):
                fail('%s: list item not written as "- ": %r' % (where, line[:40]))

    # ---- companions
    pairs = set()
    by_id = {p['product_id']: p for p in products}
    for c in companions:
        a, b = c['product_id'], c['companion_product_id']
        where = 'product_companions.csv (%s, %s)' % (a, b)
        for x in (a, b):
            if x not in by_id:
                fail('%s: product %r does not exist' % (where, x))
        if a == b:
            fail('%s: a product cannot be its own companion' % where)
        if (a, b) in pairs:
            fail('%s: duplicate pair' % where)
        pairs.add((a, b))
        if a in by_id and b in by_id and by_id[a]['catalogue_id'] != by_id[b]['catalogue_id']:
            fail('%s: companion from another catalogue' % where)

    if errors:
        for e in errors:
            print('check_products_csv: ' + e, file=sys.stderr)
        print('check_products_csv: %d problem(s)' % len(errors), file=sys.stderr)
        return 1
    print('check_products_csv: OK (%d products, %d segments, %d companion rows)'
          % (len(products), len(segments), len(companions)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
