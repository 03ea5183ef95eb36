/**
 * Near misses: values one mistake away from valid evidence, generated from a
 * grammar of their own (a valid shape with one part broken), never by
 * filtering random strings through the parser under test. A property over
 * them fails when the parser accepts a mistake.
 */
import fc from 'fast-check';

const join = (parts: readonly string[]) => parts.join('');

// --- URLs: the engine wants http(s)://host[:port][path], no spaces ---

const host = fc.constantFrom(
  'x.example.com',
  'runbooks.internal',
  'localhost',
  '10.0.0.1',
);
const urlPath = fc.constantFrom('', '/a', '/runbooks/payments?x=1#top');
const scheme = fc.constantFrom('https://', 'http://');

export const nearMissUrl: fc.Arbitrary<string> = fc.oneof(
  // The scheme broken.
  fc
    .tuple(
      fc.constantFrom(
        'htps://',
        'https:/',
        'https:',
        'https//',
        'ftp://',
        'file://',
        '//',
        '',
        'https:\\\\',
        'www.',
      ),
      host,
      urlPath,
    )
    .map(join),
  // The host broken.
  fc
    .tuple(
      scheme,
      fc.constantFrom(
        '',
        'x..example.com',
        '.example.com',
        'x.example.com.',
        'x example.com',
        '[::1',
        'x.example.com:123456',
        'x.example.com:port',
      ),
      urlPath,
    )
    .map(join),
  // A space or a control character in the path.
  fc
    .tuple(
      scheme,
      host,
      fc.constantFrom('/a b', '/a\tb', '/a\u0000b', '/a\u007fb'),
    )
    .map(join),
  // Words around a good URL.
  fc.tuple(fc.constantFrom('see ', 'link: '), scheme, host, urlPath).map(join),
  fc
    .tuple(scheme, host, urlPath, fc.constantFrom(' (old)', ' and more'))
    .map(join),
);

// --- Dates: YYYY-MM-DD of a day that exists ---

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const year = fc.integer({ min: 1990, max: 2099 }).map(y => pad(y, 4));
const month = fc.integer({ min: 1, max: 9 }).map(m => pad(m, 2));
const day = fc.integer({ min: 1, max: 28 }).map(d => pad(d, 2));

export const nearMissDate: fc.Arbitrary<string> = fc.oneof(
  // A month or a day that does not exist.
  fc
    .tuple(year, fc.constantFrom('00', '13', '19'), day)
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc
    .tuple(year, month, fc.constantFrom('00', '32', '40'))
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  fc
    .tuple(year, fc.constantFrom('04', '06', '09', '11'))
    .map(([y, m]) => `${y}-${m}-31`),
  year.map(y => `${y}-02-30`),
  // 29 February of a year that is not a leap year (none divisible by 4).
  fc.integer({ min: 497, max: 524 }).map(k => `${4 * k + 1}-02-29`),
  // Another layout of a day that exists.
  fc
    .tuple(year, month, day, fc.nat(5))
    .map(
      ([y, m, d, layout]) =>
        [
          `${y}/${m}/${d}`,
          `${d}.${m}.${y}`,
          `${y}-${Number(m)}-${d}`,
          `${y}${m}${d}`,
          `${y}-${m}-${d}T00:00:00Z`,
          `${y}-${m}`,
        ][layout],
    ),
  fc.constantFrom('last spring', 'yesterday', 'Q3 2026', 'TBD'),
);

// --- Numbers: [comparator] number [unit] ---

const number = fc.constantFrom('0.95', '95', '300', '1.5');

export const nearMissNumber: fc.Arbitrary<string> = fc.oneof(
  // A comparator that is not one (>=, <=, ≥, ≤, "at least" and "at most" are).
  fc
    .tuple(
      fc.constantFrom('=>', '=<', '>>', '~', '=~', 'atleast '),
      number,
    )
    .map(join),
  // A second decimal point, a decimal comma, a second number.
  fc.tuple(number, fc.constantFrom('.5.1', ',5', ' 5')).map(join),
  // A unit that is not one.
  fc.tuple(number, fc.constantFrom('%%', '/s', '-', '_ms', '%s')).map(join),
  // Not a finite number, or no number at all.
  fc.constantFrom(
    '1e999',
    '-1e400',
    '%',
    'ms',
    '.',
    'e5',
    'high',
    'NaN',
    'Infinity',
  ),
);

// --- One of a few words ---

/** A valid word with one letter dropped or doubled, or something added. */
export function nearMissWord(values: readonly string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...values).chain(value =>
    fc.oneof(
      fc.nat(value.length - 1).map(i => value.slice(0, i) + value.slice(i + 1)),
      fc
        .nat(value.length - 1)
        .map(i => value.slice(0, i) + value[i] + value.slice(i)),
      fc.constantFrom('-', '_', ' x', '!', '?').map(extra => value + extra),
      fc.constantFrom('not ', 'no-').map(extra => extra + value),
    ),
  );
}

// --- User refs: user:<namespace>/<name>, or a bare name ---

const userName = fc.constantFrom('jane', 'jane.doe', 'cto');

export const nearMissUserRef: fc.Arbitrary<string> = fc.oneof(
  // Another kind.
  fc
    .tuple(
      fc.constantFrom('group', 'component', 'api', 'system'),
      fc.constantFrom('default', 'fin'),
      userName,
    )
    .map(([kind, namespace, name]) => `${kind}:${namespace}/${name}`),
  // The namespace or the name missing.
  userName.map(name => `user:/${name}`),
  fc.constantFrom('user:default/', 'user:', ':default/jane', 'user:default/ '),
);

// --- key=value lists separated by ";" ---

const pair = fc.tuple(
  fc.constantFrom('url', 'date', 'source', 'forum', 'availability'),
  fc.constantFrom('https://x.example.com', '2026-01-01', '99.9%', 'ml'),
);
const brokenPair = fc.oneof(
  pair.map(([key, value]) => `${key} ${value}`),
  pair.map(([key, value]) => `${key}:${value}`),
  pair.map(([, value]) => `=${value}`),
  fc.constantFrom('just words', 'n/a'),
);

/** A list of good pairs with one segment that is not a key=value pair. */
export const nearMissKeyValueList: fc.Arbitrary<string> = fc
  .tuple(
    fc
      .uniqueArray(pair, { selector: ([key]) => key, maxLength: 3 })
      .map(pairs => pairs.map(([key, value]) => `${key}=${value}`)),
    brokenPair,
    fc.nat(),
  )
  .map(([good, broken, at]) => {
    const segments = [...good];
    segments.splice(at % (good.length + 1), 0, broken);
    return segments.join('; ');
  });

// --- Costs: <amount> <currency> @ <volume>/<period> ---

const amount = fc.constantFrom('0.004', '2', '1.25');
const currency = fc.constantFrom('USD', 'EUR');
const volume = fc.constantFrom('50000', '1.5k', '3 M');
const period = fc.constantFrom('day', 'h', 'month');

export const nearMissCost: fc.Arbitrary<string> = fc.oneof(
  // No "@" between the amount and the volume.
  fc
    .tuple(
      amount,
      currency,
      fc.constantFrom(' per ', ' for ', ' / ', ' ', ' at '),
      volume,
      period,
    )
    .map(([a, c, sep, v, p]) => `${a} ${c}${sep}${v}/${p}`),
  // A currency that is not a three-letter code.
  fc
    .tuple(amount, fc.constantFrom('US', 'dollars', '$', 'U5D'), volume, period)
    .map(([a, c, v, p]) => `${a} ${c} @ ${v}/${p}`),
  // No period, or one that is not.
  fc
    .tuple(
      amount,
      currency,
      volume,
      fc.constantFrom('', '/', '/fortnight', '/daily'),
    )
    .map(([a, c, v, p]) => `${a} ${c} @ ${v}${p}`),
  // No amount.
  fc.tuple(currency, volume, period).map(([c, v, p]) => `${c} @ ${v}/${p}`),
);

// --- Waivers: until=YYYY-MM-DD; approver=user:default/<name>; reason=<text> ---

const GOOD_WAIVER = {
  until: '2026-03-20',
  approver: 'user:default/cto',
  reason: 'migrating to the new pager',
};
type WaiverPart = keyof typeof GOOD_WAIVER;
const waiverText = (parts: Partial<Record<WaiverPart, string>>) =>
  Object.entries(parts)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');

export const nearMissWaiver: fc.Arbitrary<string> = fc.oneof(
  // One of the three keys missing.
  fc.constantFrom<WaiverPart>('until', 'approver', 'reason').map(missing => {
    const { [missing]: _dropped, ...rest } = GOOD_WAIVER;
    return waiverText(rest);
  }),
  // A date that is not one, or an approver who is not a user.
  nearMissDate.map(until => waiverText({ ...GOOD_WAIVER, until })),
  nearMissUserRef.map(approver => waiverText({ ...GOOD_WAIVER, approver })),
  // A segment that is not a key=value pair.
  brokenPair.map(broken => `${waiverText(GOOD_WAIVER)}; ${broken}`),
);

/** The unbroken shapes the near misses come from: these are valid. */
export const validShapes = {
  url: fc.tuple(scheme, host, urlPath).map(join),
  /** Days before 2026: valid where a date must be in the past too. */
  date: fc
    .tuple(fc.integer({ min: 1990, max: 2025 }), month, day)
    .map(([y, m, d]) => `${y}-${m}-${d}`),
  number: fc
    .tuple(
      fc.constantFrom('', '>= ', '<'),
      number,
      fc.constantFrom('', '%', 'ms'),
    )
    .map(join),
  userRef: userName.map(name => `user:default/${name}`),
  keyValueList: fc
    .uniqueArray(pair, { selector: ([key]) => key, minLength: 1, maxLength: 3 })
    .map(pairs => pairs.map(([key, value]) => `${key}=${value}`).join('; ')),
  /** SLO objectives: each a name and a number with a unit or percent. */
  slo: fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom('availability', 'latency-p99', 'error-rate'),
        number,
        fc.constantFrom('%', 'ms', 's'),
      ),
      { selector: ([key]) => key, minLength: 1, maxLength: 3 },
    )
    .map(objectives =>
      objectives.map(([key, value, unit]) => `${key}=${value}${unit}`).join('; '),
    ),
  cost: fc
    .tuple(amount, currency, volume, period)
    .map(([a, c, v, p]) => `${a} ${c} @ ${v}/${p}`),
  waiver: fc.constant(waiverText(GOOD_WAIVER)),
};
