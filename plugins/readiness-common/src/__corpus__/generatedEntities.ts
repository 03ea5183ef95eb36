/**
 * Generated part of the corpus: every annotation the default rubric reads,
 * crossed with values of the wrong type, a huge value, and strings that are
 * wrong for that annotation's format (bad dates, unicode look-alikes,
 * injection attempts). Each case is one entity with one bad annotation (plus
 * the good ones its check also needs), and the check must be `invalid`, with
 * a message naming the annotation and what it expected.
 */
import type { MalformedEntityCase } from './corpusTypes';
import { corpusEntity, HUGE, HUGE_SHOWN } from './corpusEntity';

type SlotKind =
  | 'url'
  | 'enum'
  | 'date'
  | 'past-date'
  | 'number'
  | 'user-ref'
  | 'key-value'
  | 'present'
  | 'pattern';

interface Slot {
  check: string;
  key: string;
  kind: SlotKind;
  /** What the message says is expected. */
  expected: string;
  /** Good annotations the check needs besides the broken one. */
  with?: Record<string, string>;
  /** Extra bad strings for this annotation only. */
  bad?: string[];
}

const URL = 'a URL starting with https://';
const NUMBER = 'a number such as 0.95, 95%, >= 99.9% or p99 < 2s';
const PRESENT = 'a non-empty string';

const SLOTS: Slot[] = [
  { check: 'runbook', key: 'readiness/runbook', kind: 'url', expected: URL },
  {
    check: 'fallback',
    key: 'readiness/fallback-plan',
    kind: 'url',
    expected: URL,
  },
  { check: 'alerting', key: 'readiness/alerts', kind: 'url', expected: URL },
  {
    check: 'ai-eval-report',
    key: 'readiness/ai-eval-report',
    kind: 'url',
    expected: URL,
  },
  {
    check: 'ai-rollback',
    key: 'readiness/ai-rollback',
    kind: 'url',
    expected: URL,
  },
  {
    check: 'rollout',
    key: 'readiness/rollout-plan',
    kind: 'url',
    expected: URL,
    with: { 'readiness/rollout-stage': 'ga' },
  },
  {
    check: 'ai-oversight',
    key: 'readiness/ai-oversight-policy',
    kind: 'url',
    expected: URL,
    with: { 'readiness/ai-autonomy': 'suggest' },
  },
  {
    check: 'handover',
    key: 'readiness/handover',
    kind: 'url',
    expected: `${URL}`,
    bad: ['date=2026-01-10', 'date=2099-01-01; url=https://x.example.com'],
  },
  {
    check: 'rollout',
    key: 'readiness/rollout-stage',
    kind: 'enum',
    expected: 'one of pilot, canary, limited, ga',
    with: { 'readiness/rollout-plan': 'https://x.example.com/plan' },
    bad: ['general availability', 'GA!', 'prod'],
  },
  {
    check: 'ai-oversight',
    key: 'readiness/ai-autonomy',
    kind: 'enum',
    expected: 'one of suggest, approve, act',
    with: { 'readiness/ai-oversight-policy': 'https://x.example.com/policy' },
    bad: ['autonomous', 'act!', 'full'],
  },
  {
    check: 'decision',
    key: 'readiness/decision',
    kind: 'enum',
    expected: 'one of ship, kill, extend',
    bad: ['shipped', 'ship it', 'undecided', 'yes'],
  },
  {
    check: 'dependencies',
    key: 'readiness/no-dependencies',
    kind: 'enum',
    expected: 'one of true',
    bad: ['yes', 'false', '1', 'TRUE!'],
  },
  {
    check: 'decision',
    key: 'readiness/decision-due',
    kind: 'date',
    expected: 'a date YYYY-MM-DD',
  },
  {
    check: 'runbook-fresh',
    key: 'readiness/runbook-reviewed',
    kind: 'past-date',
    expected: 'a date YYYY-MM-DD',
  },
  {
    check: 'review',
    key: 'readiness/last-review',
    kind: 'past-date',
    expected: 'a date YYYY-MM-DD',
  },
  {
    check: 'success-metric',
    key: 'readiness/success-threshold',
    kind: 'number',
    expected: NUMBER,
    with: { 'readiness/success-metric': 'checkout conversion' },
  },
  {
    check: 'ai-eval',
    key: 'readiness/ai-eval-threshold',
    kind: 'number',
    expected: NUMBER,
    with: { 'readiness/ai-eval-metric': 'accuracy on the golden set' },
  },
  {
    check: 'operational-owner',
    key: 'readiness/operational-owner',
    kind: 'user-ref',
    expected: 'a user ref such as user:default/jane',
  },
  {
    check: 'slo',
    key: 'readiness/slo',
    kind: 'key-value',
    expected: 'key=value pairs separated by ";"',
  },
  {
    check: 'security-review',
    key: 'readiness/security-review',
    kind: 'key-value',
    expected: '"url=https://...; date=YYYY-MM-DD"',
    bad: ['url=https://x.example.com', 'date=2026-01-10; url='],
  },
  {
    check: 'data-access',
    key: 'readiness/data-access',
    kind: 'key-value',
    expected: '"source=<text>; schedule=<text>; approver=<text>"',
    bad: ['source=warehouse; schedule=hourly', 'approver=; source=x'],
  },
  {
    check: 'ai-drift-review',
    key: 'readiness/ai-drift-review',
    kind: 'key-value',
    expected: '"forum=<text>; cadence=monthly; last=YYYY-MM-DD"',
    bad: ['forum=ml; cadence=monthly', 'cadence=weekly; last=2026-02-20'],
  },
  {
    check: 'cost',
    key: 'readiness/cost-per-transaction',
    kind: 'pattern',
    expected:
      '<amount> <currency> @ <volume>/<period>, such as 0.004 USD @ 50000/day',
    // Long runs of spaces made the old pattern backtrack for seconds.
    bad: [`1 USD @ 1${' '.repeat(50_000)}x`, `1${' '.repeat(50_000)}x`],
  },
  {
    check: 'on-call',
    key: 'pagerduty.com/service-id',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'on-call',
    key: 'readiness/on-call',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'error-tracking',
    key: 'sentry.io/project-slug',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'scanning',
    key: 'snyk.io/org-name',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'dashboard',
    key: 'grafana/overview-dashboard',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'alerting',
    key: 'prometheus.io/alert',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'ai-action-log',
    key: 'readiness/ai-action-log',
    kind: 'present',
    expected: PRESENT,
  },
  {
    check: 'docs',
    key: 'backstage.io/techdocs-ref',
    kind: 'present',
    expected: PRESENT,
  },
];

/** Values no annotation may hold (annotations are strings), as messages show them. */
const WRONG_TYPES: Array<[unknown, string, string]> = [
  [42, '42 (a number)', 'an integer'],
  [-0.5, '-0.5 (a number)', 'a fraction'],
  [true, 'true (a boolean)', 'true'],
  [false, 'false (a boolean)', 'false'],
  [null, 'null', 'null'],
  [NaN, 'NaN (a number)', 'NaN (YAML .nan)'],
  [Infinity, 'Infinity (a number)', 'Infinity (YAML .inf)'],
  [[], 'a list', 'an empty list'],
  [['https://x.example.com'], 'a list', 'a list of one good value'],
  [{}, 'an object', 'an empty object'],
  [{ url: 'https://x.example.com' }, 'an object', 'an object with a url'],
  // What a YAML 1.1 parser makes of an unquoted date.
  [new Date('2026-01-10T00:00:00Z'), 'an object', 'a Date (YAML 1.1 date)'],
];

/** Strings that no format but free text accepts. */
const INJECTIONS = [
  "'; DROP TABLE readiness_results; --",
  '<script>alert(1)</script>',
  '{{name}}',
  '${process.env.SECRET}',
  '../../etc/passwd',
  '=HYPERLINK("https://evil.example.com")',
];

const UNICODE = [
  // Full-width letters and digits look right and are not.
  'ｈｔｔｐｓ://x.example.com',
  '２０２６-０１-１０',
  // A right-to-left override in front of a good-looking value.
  '\u202ehttps://x.example.com',
  // Control characters, a lone surrogate, an emoji.
  'x\u0000\u001b[2J\u0007',
  '\ud800',
  '🚀',
];

const BAD_STRINGS: Record<Exclude<SlotKind, 'present'>, string[]> = {
  url: [
    '',
    'see wiki',
    'www.example.com/runbook',
    'ftp://x.example.com/runbook',
    // eslint-disable-next-line no-script-url
    'javascript:alert(1)',
    'https://',
    'https://exa mple.com',
    'https://x.example.com/\u0000\u001b[2J',
    'https://x.example.com\nhttps://y.example.com',
  ],
  enum: ['', ' '],
  date: [
    '',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '01/03/2026',
    '2026/03/01',
    '20260301',
    '2026-03-01T10:00:00Z',
    'yesterday',
  ],
  'past-date': [
    '',
    '2026-02-30',
    '2025-02-29',
    '2026-3-1',
    '03/01/2026',
    'last spring',
    '2026-03-01 10:00',
  ],
  number: ['', 'high', 'NaN', 'Infinity', '1e999', '>= ', '0x1F', '1,5', '½'],
  'user-ref': [
    '',
    'group:default/jane',
    'a:b:c',
    'user:',
    ':jane',
    'user:default/',
    'jane doe',
    "user:default/x' OR '1'='1",
  ],
  'key-value': ['', 'see wiki', '=x', ';', ' ; ; ', 'a=1; a=2', 'a=1; b'],
  pattern: ['', 'free', '0.004USD', '0.004 USD per day', '1 USD @ lots'],
};

/** Blank values: set, but saying nothing. */
const BLANK = ['', ' ', '\t\n', '\u3000'];

function stringsFor(slot: Slot): string[] {
  if (slot.kind === 'present') {
    return BLANK;
  }
  const own = [...BAD_STRINGS[slot.kind], ...(slot.bad ?? [])];
  if (slot.kind === 'user-ref') {
    // Refs are parsed leniently (a bare word is a user name), so only the
    // injections with spaces or a second slash are not refs.
    return [...own, ...INJECTIONS.filter(s => /\s|\/.*\//.test(s))];
  }
  if (slot.kind === 'key-value') {
    return [...own, ...INJECTIONS.filter(s => !s.includes('='))];
  }
  return [...own, ...INJECTIONS, ...UNICODE];
}

function slotCase(
  slot: Slot,
  value: unknown,
  shown: string | undefined,
  label: string,
): MalformedEntityCase {
  return {
    title: `${slot.check}: ${slot.key} ${label}`,
    entity: corpusEntity({
      annotations: { ...slot.with, [slot.key]: value },
    }),
    expect: [
      {
        check: slot.check,
        status: 'invalid',
        message: shown
          ? [slot.key, shown, `expected ${slot.expected}`]
          : [slot.key, `expected ${slot.expected}`],
      },
    ],
  };
}

function casesFor(slot: Slot): MalformedEntityCase[] {
  const cases: MalformedEntityCase[] = [];
  for (const [value, shown, label] of WRONG_TYPES) {
    cases.push(slotCase(slot, value, shown, `= ${label}`));
  }
  for (const value of stringsFor(slot)) {
    cases.push(
      slotCase(
        slot,
        value,
        undefined,
        `= ${JSON.stringify(value.slice(0, 40))}`,
      ),
    );
  }
  if (slot.kind === 'user-ref') {
    // A bare word is a user name; a huge one is a ref to a huge name, which
    // fails as a missing user. A huge ref of another kind is invalid.
    cases.push(
      slotCase(slot, `group:default/${HUGE}`, undefined, '= a 1 MB group ref'),
    );
  } else if (slot.kind !== 'present') {
    cases.push(slotCase(slot, HUGE, HUGE_SHOWN, '= 1 MB of text'));
  }
  return cases;
}

export const generatedEntityCases: MalformedEntityCase[] =
  SLOTS.flatMap(casesFor);
