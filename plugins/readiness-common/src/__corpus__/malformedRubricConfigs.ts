/**
 * Malformed `readiness.rubric` configs: wrong types, unknown and misspelt
 * keys, values out of range, broken references between tiers and checks,
 * hostile keys and sizes. Each names the key path an operator has to fix.
 */
import type { MalformedRubricConfigCase } from './corpusTypes';

const R = 'readiness.rubric';

const newCheck = {
  title: 'Load tested',
  category: 'reliability',
  tier: 'production',
  severity: 'major',
  evidence: { type: 'annotation', keys: ['acme.com/load-test'] },
};

/** The runbook check with other evidence. */
function runbookEvidence(evidence: unknown) {
  return { checks: { runbook: { evidence } } };
}

function nested(
  depth: number,
  wrap: (inner: unknown) => unknown,
  leaf: unknown,
) {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

export const malformedRubricConfigCases: MalformedRubricConfigCase[] = [
  {
    title: 'the rubric is a list',
    config: [],
    path: R,
    message: ['expected object, got array []'],
  },
  {
    title: 'the rubric is a number',
    config: 3,
    path: R,
    message: ['expected object, got number 3'],
  },
  {
    title: 'a misspelt top-level key',
    config: { check: {} },
    path: R,
    message: ['unknown key "check"', 'expected only the keys'],
  },
  {
    title: 'replaceDefault as a word',
    config: { replaceDefault: 'yes' },
    path: `${R}.replaceDefault`,
    message: ['expected boolean, got string "yes"'],
  },
  {
    title: 'checks as a list',
    config: { checks: [newCheck] },
    path: `${R}.checks`,
    message: ['expected object, got array'],
  },
  {
    title: 'a check switched off with a word',
    config: { checks: { runbook: 'off' } },
    path: `${R}.checks.runbook`,
    message: ['expected object, got string "off"'],
  },
  {
    title: 'enabled as a word',
    config: { checks: { runbook: { enabled: 'no' } } },
    path: `${R}.checks.runbook.enabled`,
    message: ['expected boolean, got string "no"'],
  },
  {
    title: 'a check id with SQL in it',
    config: { checks: { "x'; DROP TABLE readiness_results; --": newCheck } },
    path: `${R}.checks.x'; DROP TABLE readiness_results; --`,
    message: [
      'check id "x\'; DROP TABLE',
      'expected lowercase letters, digits and dashes',
    ],
  },
  {
    title: 'a check id named __proto__',
    config: JSON.parse('{"checks": {"__proto__": {"enabled": false}}}'),
    path: `${R}.checks.__proto__`,
    message: [
      'check id "__proto__"',
      'expected lowercase letters, digits and dashes',
    ],
  },
  {
    title: 'a check id of 10,000 characters',
    config: { checks: { ['a'.repeat(10_000)]: newCheck } },
    path: `${R}.checks.${'a'.repeat(80)}...`,
    message: [`check id "${'a'.repeat(80)}..."`, '(at most 50)'],
  },
  {
    title: 'a new check without evidence',
    config: { checks: { 'load-test': { ...newCheck, evidence: undefined } } },
    path: `${R}.checks.load-test.evidence`,
    message: [
      'is required',
      'so it is a new check and needs title, category, tier, severity and evidence',
    ],
  },
  {
    title: 'evidence as a word',
    config: runbookEvidence('annotation'),
    path: `${R}.checks.runbook.evidence`,
    message: ['expected object, got string "annotation"'],
  },
  {
    title: 'evidence keys as one string',
    config: runbookEvidence({ type: 'annotation', keys: 'readiness/runbook' }),
    path: `${R}.checks.runbook.evidence.keys`,
    message: ['expected array, got string "readiness/runbook"'],
  },
  {
    title: 'an empty annotation key',
    config: runbookEvidence({ type: 'annotation', keys: [''] }),
    path: `${R}.checks.runbook.evidence.keys[0]`,
    message: ['expected a non-empty string'],
  },
  {
    title: 'an unknown key inside a rule',
    config: runbookEvidence({
      type: 'link',
      linkTypes: ['runbook'],
      optional: true,
    }),
    path: `${R}.checks.runbook.evidence`,
    message: [
      'unknown key "optional"',
      'expected only the keys type, linkTypes',
    ],
  },
  {
    title: 'an unknown value format',
    config: runbookEvidence({
      type: 'annotation-format',
      keys: ['readiness/runbook'],
      format: 'email',
    }),
    path: `${R}.checks.runbook.evidence.format`,
    message: ['expected one of url, date, past-date', 'got "email"'],
  },
  {
    title: 'an unknown key format inside a key=value list',
    config: runbookEvidence({
      type: 'annotation-format',
      keys: ['readiness/x'],
      format: 'key-value',
      keyFormats: { date: 'datetime' },
    }),
    path: `${R}.checks.runbook.evidence.keyFormats.date`,
    message: ['expected one of url, date', 'got "datetime"'],
  },
  {
    title: 'regex flags that JavaScript does not have',
    config: runbookEvidence({
      type: 'annotation-pattern',
      keys: ['readiness/x'],
      pattern: '^x$',
      flags: 'gx',
    }),
    path: `${R}.checks.runbook.evidence.flags`,
    message: ['expected regex flags among d, i, m, s, u, v', 'got "gx"'],
  },
  {
    title: 'a regex that does not compile',
    config: runbookEvidence({
      type: 'annotation-pattern',
      keys: ['readiness/x'],
      pattern: '[a-',
    }),
    path: `${R}.checks.runbook.evidence.pattern`,
    message: [
      'invalid regular expression "[a-"',
      'expected a valid JavaScript regular expression',
    ],
  },
  {
    title: 'a comparator written the other way round',
    config: runbookEvidence({
      type: 'number-threshold',
      key: 'readiness/x',
      operator: '=>',
      value: 1,
    }),
    path: `${R}.checks.runbook.evidence.operator`,
    message: ['expected one of >, >=, <, <=, ==, !=', 'got "=>"'],
  },
  {
    title: 'a threshold as a word',
    config: runbookEvidence({
      type: 'number-threshold',
      key: 'readiness/x',
      operator: '>=',
      value: 'ten',
    }),
    path: `${R}.checks.runbook.evidence.value`,
    message: ['expected number, got string "ten"'],
  },
  {
    title: 'a freshness window from a factor of zero',
    config: runbookEvidence({
      type: 'freshness',
      key: 'readiness/x',
      field: 'last',
      windowFrom: { field: 'cadence', factor: 0 },
    }),
    path: `${R}.checks.runbook.evidence.windowFrom.factor`,
    message: ['expected a factor > 0', 'got 0'],
  },
  {
    title: 'a freshness warning share above 1',
    config: runbookEvidence({
      type: 'freshness',
      key: 'readiness/x',
      maxAgeDays: 30,
      warnAt: 1.5,
    }),
    path: `${R}.checks.runbook.evidence.warnAt`,
    message: ['expected a share between 0 and 1', 'got 1.5'],
  },
  {
    title: 'windowFrom without the field it reads',
    config: runbookEvidence({
      type: 'freshness',
      key: 'readiness/x',
      windowFrom: { field: 'cadence', factor: 1.5 },
    }),
    path: `${R}.checks.runbook.evidence.windowFrom`,
    message: ['expected field to be set too'],
  },
  {
    title: 'half a member',
    config: runbookEvidence({ type: 'owner-group', minMembers: 1.5 }),
    path: `${R}.checks.runbook.evidence.minMembers`,
    message: ['expected a whole number', 'got 1.5'],
  },
  {
    title: 'a field path with an empty segment',
    config: runbookEvidence({ type: 'field', path: 'spec..system' }),
    path: `${R}.checks.runbook.evidence.path`,
    message: [
      'expected a dotted path such as spec.system',
      'got "spec..system"',
    ],
  },
  {
    title: 'condition equals without a value',
    config: runbookEvidence({
      type: 'field',
      path: 'spec.tier',
      condition: 'equals',
    }),
    path: `${R}.checks.runbook.evidence.value`,
    message: ['expected a value (or a list of values) for condition equals'],
  },
  {
    title: 'an empty list of alternatives',
    config: runbookEvidence({ type: 'any', rules: [] }),
    path: `${R}.checks.runbook.evidence.rules`,
    message: ['expected a non-empty list'],
  },
  {
    title: 'a not without its rule',
    config: runbookEvidence({ type: 'not' }),
    path: `${R}.checks.runbook.evidence.rule`,
    message: ['is required'],
  },
  {
    title: 'a custom rule without an evaluator name',
    config: runbookEvidence({ type: 'custom', evaluator: '' }),
    path: `${R}.checks.runbook.evidence.evaluator`,
    message: ['expected a non-empty string'],
  },
  {
    title: 'evidence nested 1,000 levels deep',
    config: runbookEvidence(
      nested(1000, rule => ({ type: 'not', rule }), {
        type: 'annotation',
        keys: ['a'],
      }),
    ),
    path: `${R}.checks.runbook.evidence${'.rule'.repeat(30)}`,
    message: ['nested more than 32 levels deep'],
  },
  {
    title: 'appliesTo nested 1,000 levels deep',
    config: {
      appliesTo: nested(1000, inner => ({ anyOf: [inner] }), {
        kind: ['Component'],
      }),
    },
    path: `${R}.appliesTo${'.anyOf[0]'.repeat(16)}`,
    message: ['nested more than 32 levels deep'],
  },
  {
    title: 'appliesTo kind as one string',
    config: { appliesTo: { kind: 'Component' } },
    path: `${R}.appliesTo.kind`,
    message: ['expected array, got string "Component"'],
  },
  {
    title: 'a misspelt appliesTo key',
    config: { appliesTo: { kinds: ['Component'] } },
    path: `${R}.appliesTo`,
    message: ['unknown key "kinds"'],
  },
  {
    title: 'an empty type list deep in appliesTo',
    config: { appliesTo: { anyOf: [{ type: [] }] } },
    path: `${R}.appliesTo.anyOf[0].type`,
    message: ['expected a non-empty list'],
  },
  {
    title: 'a check severity nobody knows',
    config: { checks: { runbook: { severity: 'catastrophic' } } },
    path: `${R}.checks.runbook.severity`,
    message: ['expected one of blocker, major, minor', 'got "catastrophic"'],
  },
  {
    title: 'an actor that is neither owner',
    config: { checks: { runbook: { actor: 'team' } } },
    path: `${R}.checks.runbook.actor`,
    message: ['expected one of owner, operational-owner', 'got "team"'],
  },
  {
    title: 'a negative freshness window on a check',
    config: { checks: { review: { freshness: { maxAgeDays: -5 } } } },
    path: `${R}.checks.review.freshness.maxAgeDays`,
    message: ['expected a number of days > 0', 'got -5'],
  },
  {
    title: 'a fix annotation that is a number',
    config: {
      checks: { runbook: { fix: { annotations: { 'readiness/runbook': 1 } } } },
    },
    path: `${R}.checks.runbook.fix.annotations.readiness/runbook`,
    message: ['expected string, got number 1'],
  },
  {
    title: 'a fix link without a URL',
    config: { checks: { runbook: { fix: { links: [{ title: 'Runbook' }] } } } },
    path: `${R}.checks.runbook.fix.links[0].url`,
    message: ['is required'],
  },
  {
    title: 'a new check in a category that does not exist',
    config: { checks: { 'load-test': { ...newCheck, category: 'finance' } } },
    path: `${R}.checks.load-test.category`,
    message: ['unknown category "finance"', 'expected one of ownership'],
  },
  {
    title: 'a tier id in capitals',
    config: { tiers: [{ id: 'Gold', title: 'Gold' }] },
    path: `${R}.tiers[0].id`,
    message: ['expected lowercase letters, digits and dashes'],
  },
  {
    title: 'a tier without a title',
    config: { tiers: [{ id: 'gold' }] },
    path: `${R}.tiers[0].title`,
    message: ['is required'],
  },
  {
    title: 'tiers as one string',
    config: { tiers: 'pilot, beta, production' },
    path: `${R}.tiers`,
    message: ['expected array, got string'],
  },
  {
    title: 'one old tier replaced twice',
    config: {
      tiers: [
        { id: 'bronze', title: 'Bronze', replaces: 'pilot' },
        { id: 'silver', title: 'Silver', replaces: 'pilot' },
        { id: 'gold', title: 'Gold', replaces: 'production' },
      ],
    },
    path: `${R}.tiers[1].replaces`,
    message: [
      'tier "pilot" is already replaced by "bronze"',
      'expected each old tier to be replaced once',
    ],
  },
  {
    title: 'two categories with one id',
    config: {
      categories: [
        { id: 'cost', title: 'Cost' },
        { id: 'cost', title: 'Spend' },
      ],
    },
    path: `${R}.categories[1].id`,
    message: [
      'duplicate category id "cost" (also categories[0])',
      'expected each category once',
    ],
  },
  {
    title: 'a category with an empty title',
    config: { categories: [{ id: 'ai', title: '' }] },
    path: `${R}.categories[0].title`,
    message: ['expected a non-empty string'],
  },
  {
    title: 'a weight as a word',
    config: { weights: { blocker: 'high' } },
    path: `${R}.weights.blocker`,
    message: ['expected number, got string "high"'],
  },
  {
    title: 'an infinite weight (YAML .inf)',
    config: { weights: { blocker: Infinity } },
    path: `${R}.weights.blocker`,
    message: ['expected a number >= 0, got Infinity'],
  },
  {
    title: 'a weight that is not a number (YAML .nan)',
    config: { weights: { major: NaN } },
    path: `${R}.weights.major`,
    message: ['expected a number, got NaN'],
  },
  {
    title: 'a weight for a severity that does not exist',
    config: { weights: { critical: 8 } },
    path: `${R}.weights`,
    message: [
      'unknown key "critical"',
      'expected only the keys blocker, major, minor',
    ],
  },
  {
    title: 'waivers of zero days',
    config: { waivers: { maxDays: 0 } },
    path: `${R}.waivers.maxDays`,
    message: ['expected a whole number of days >= 1', 'got 0'],
  },
  {
    title: 'waivers of infinite length',
    config: { waivers: { maxDays: Infinity } },
    path: `${R}.waivers.maxDays`,
    message: ['expected a whole number of days', 'got Infinity'],
  },
  {
    title: 'a negative expiring window',
    config: { waivers: { expiringDays: -1 } },
    path: `${R}.waivers.expiringDays`,
    message: ['expected a whole number of days >= 0', 'got -1'],
  },
  {
    title: 'the doc base URL as a number',
    config: { docBaseUrl: 42 },
    path: `${R}.docBaseUrl`,
    message: ['expected string, got number 42'],
  },
  {
    title: 'a 1 MB value is cut short in the message',
    config: { docBaseUrl: ['z'.repeat(1 << 20)] },
    path: `${R}.docBaseUrl`,
    message: ['expected string, got array ["zzzz', '...'],
  },
];
