/**
 * Hand-written part of the corpus: entities broken the ways real catalogs,
 * hand-edited catalog-info.yaml files and hostile input break them, each
 * with the result and the words the engine should answer with.
 */
import type { MalformedEntityCase } from './corpusTypes';
import {
  catalogEntity,
  corpusEntity,
  CORPUS_OWNER,
  HUGE,
} from './corpusEntity';

const WAIVER_FORMAT =
  'expected "until=YYYY-MM-DD; approver=user:default/<name>; reason=<text>"';
const OUT_OF_SCOPE = 'not scored: the rubric applies only where';

/** A waiver for the runbook check, which the corpus entity always fails. */
function runbookWaiver(value: unknown): unknown {
  return corpusEntity({ annotations: { 'readiness/waiver.runbook': value } });
}

/** Not an entity at all: every check is out of scope, nothing throws. */
const notEntities: MalformedEntityCase[] = [
  null,
  undefined,
  42,
  'component:default/x',
  [],
  [corpusEntity()],
  true,
  {},
].map(entity => ({
  title: `the entity is ${JSON.stringify(entity) ?? String(entity)}`.slice(
    0,
    80,
  ),
  entity,
  expect: [
    { check: 'owner-group', status: 'not-applicable', message: [OUT_OF_SCOPE] },
    { check: 'runbook', status: 'not-applicable', message: [OUT_OF_SCOPE] },
  ],
  entityRef: 'unknown:default/unknown',
}));

const structure: MalformedEntityCase[] = [
  {
    title: 'kind is a number',
    entity: { ...(corpusEntity() as object), kind: 7 },
    expect: [
      {
        check: 'owner-group',
        status: 'not-applicable',
        message: [OUT_OF_SCOPE],
      },
    ],
  },
  {
    title: 'metadata is a string',
    entity: { kind: 'Component', metadata: 'corpus-svc', spec: {} },
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: ['spec.owner is not set'],
      },
      {
        check: 'runbook',
        status: 'fail',
        message: ['no runbook or playbook link', 'readiness/runbook is not set'],
      },
    ],
    entityRef: 'component:default/unknown',
  },
  {
    title: 'metadata.name is a number',
    entity: corpusEntity({ metadata: { name: 42 } }),
    expect: [],
    entityRef: 'component:default/unknown',
  },
  {
    title: 'metadata.namespace cannot sit in a ref',
    entity: corpusEntity({ metadata: { namespace: 'a/b:c d' } }),
    expect: [
      {
        check: 'owner-group',
        status: 'pass',
        message: [`owned by ${CORPUS_OWNER}`],
      },
    ],
  },
  {
    title: 'annotations are a list of key=value strings',
    entity: corpusEntity({
      annotations: ['readiness/runbook=https://x.example.com/rb'],
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
  },
  {
    title: 'annotations are one string',
    entity: corpusEntity({
      annotations: 'readiness/runbook: https://x.example.com/rb',
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
  },
  {
    title: 'spec is a string',
    entity: { ...(corpusEntity() as object), spec: 'owner: payments' },
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: ['spec.owner is not set'],
      },
      {
        check: 'system',
        status: 'fail',
        message: ['spec.system is not set', 'spec.lifecycle is not set'],
      },
    ],
  },
  {
    title: 'spec.system is an empty object, spec.lifecycle a blank string',
    entity: corpusEntity({ spec: { system: {}, lifecycle: '  ' } }),
    expect: [
      {
        check: 'system',
        status: 'fail',
        message: ['spec.system is empty', 'spec.lifecycle is empty'],
      },
    ],
  },
  {
    title: 'spec.dependsOn is an empty list',
    entity: corpusEntity({ spec: { dependsOn: [] } }),
    expect: [
      {
        check: 'dependencies',
        status: 'fail',
        message: [
          'spec.dependsOn is empty',
          'readiness/no-dependencies is not set',
        ],
      },
    ],
  },
  {
    title: 'tags are one string instead of a list',
    entity: corpusEntity({
      spec: { type: 'service' },
      metadata: { tags: 'ai' },
    }),
    expect: [
      {
        check: 'ai-eval',
        status: 'not-applicable',
        message: ['does not apply'],
      },
    ],
  },
  {
    title: 'tags mix types; an upper-case AI tag still counts',
    entity: corpusEntity({
      spec: { type: 'service' },
      metadata: { tags: [42, null, { a: 1 }, 'AI'] },
    }),
    expect: [
      {
        check: 'ai-eval',
        status: 'fail',
        message: ['readiness/ai-eval-metric is not set'],
      },
    ],
  },
  {
    title: 'an annotation key in Cyrillic look-alike letters is not the key',
    entity: corpusEntity({
      annotations: { 'readiness/runbооk': 'https://x.example.com/rb' },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
  },
  {
    title: 'prototype keys in the annotations change nothing',
    entity: corpusEntity({
      annotations: JSON.parse(
        '{"__proto__": {"readiness/runbook": "https://x.example.com/rb"}, "constructor": "x", "hasOwnProperty": "y", "toString": 1}',
      ),
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
  },
  {
    title: 'annotations without a prototype',
    entity: corpusEntity({
      annotations: Object.assign(Object.create(null), {
        'readiness/runbook': 'https://x.example.com/rb',
      }),
    }),
    expect: [
      {
        check: 'runbook',
        status: 'pass',
        message: ['readiness/runbook is set'],
      },
    ],
  },
  {
    title: 'a frozen entity is only read',
    entity: Object.freeze(
      corpusEntity({
        annotations: Object.freeze({ 'readiness/runbook': 'see wiki' }),
      }) as object,
    ),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: ['readiness/runbook is "see wiki"', 'expected a URL'],
      },
    ],
  },
  {
    title: '100,000 unrelated annotations',
    entity: corpusEntity({
      annotations: Object.fromEntries(
        Array.from({ length: 100_000 }, (_, i) => [`acme.com/a${i}`, `${i}`]),
      ),
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
  },
];

const owners: MalformedEntityCase[] = [
  {
    title: 'spec.owner is a number',
    entity: corpusEntity({ spec: { owner: 42 } }),
    expect: [
      {
        check: 'owner-group',
        status: 'invalid',
        message: [
          'spec.owner is 42 (a number)',
          'expected a group ref such as group:default/payments',
        ],
      },
    ],
  },
  {
    title: 'spec.owner is a list',
    entity: corpusEntity({ spec: { owner: [CORPUS_OWNER] } }),
    expect: [
      {
        check: 'owner-group',
        status: 'invalid',
        message: ['spec.owner is a list', 'expected a group ref'],
      },
    ],
  },
  {
    title: 'spec.owner has two kinds',
    entity: corpusEntity({ spec: { owner: 'group:user:payments' } }),
    expect: [
      {
        check: 'owner-group',
        status: 'invalid',
        message: [
          'spec.owner is "group:user:payments"',
          'expected a group ref',
        ],
      },
    ],
  },
  {
    title: 'spec.owner carries SQL',
    entity: corpusEntity({
      spec: { owner: "payments'; DROP TABLE final_entities; --" },
    }),
    expect: [
      {
        check: 'owner-group',
        status: 'invalid',
        message: [
          'spec.owner is "payments\'; DROP TABLE',
          'expected a group ref',
        ],
      },
    ],
  },
  {
    title: 'spec.owner is a person',
    entity: corpusEntity({ spec: { owner: 'user:default/jane' } }),
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: [
          'spec.owner is user:default/jane',
          'expected a Group (a team owns it, not a person)',
        ],
      },
    ],
  },
  {
    title: 'spec.owner is an empty string',
    entity: corpusEntity({ spec: { owner: '' } }),
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: ['spec.owner is not set'],
      },
    ],
  },
  {
    title: 'spec.owner names a group the catalog does not have',
    entity: corpusEntity(),
    related: {},
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: [`owner ${CORPUS_OWNER} does not exist in the catalog`],
      },
    ],
  },
  {
    title: 'the owner group has no members',
    entity: corpusEntity(),
    related: {
      ownerGroup: catalogEntity('Group', 'payments'),
      ownerGroupMembers: [],
    },
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: [`owner ${CORPUS_OWNER} has 0 members, expected at least 1`],
      },
    ],
  },
  {
    title: 'the catalog answered garbage for the owner group',
    entity: corpusEntity(),
    related: {
      ownerGroup: 'group:default/payments' as never,
      ownerGroupMembers: 'everyone' as never,
    },
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: [`owner ${CORPUS_OWNER} does not exist in the catalog`],
      },
    ],
  },
  {
    title: 'a 1 MB owner ref is cut short in the message',
    entity: corpusEntity({ spec: { owner: `user:default/${HUGE}` } }),
    expect: [
      {
        check: 'owner-group',
        status: 'fail',
        message: [`spec.owner is user:default/zzzz`, '...', 'expected a Group'],
      },
    ],
  },
  {
    title: 'control characters in the owner ref are escaped',
    entity: corpusEntity({
      spec: { owner: 'group:default/pay\u001b[2Jments' },
    }),
    expect: [
      {
        check: 'owner-group',
        status: 'pass',
        message: ['owned by group:default/pay\\u001b[2jments'],
      },
    ],
  },
  {
    title: 'the operational owner is not in the catalog',
    entity: corpusEntity({
      annotations: { 'readiness/operational-owner': 'user:default/ghost' },
    }),
    related: {
      ownerGroup: catalogEntity('Group', 'payments'),
      ownerGroupMembers: [catalogEntity('User', 'jane')],
    },
    expect: [
      {
        check: 'operational-owner',
        status: 'fail',
        message: [
          'readiness/operational-owner names user:default/ghost, which does not exist in the catalog',
        ],
      },
    ],
  },
  {
    title: 'offline, the operational owner cannot be verified',
    entity: corpusEntity({
      annotations: { 'readiness/operational-owner': 'jane' },
    }),
    related: 'offline',
    expect: [
      {
        check: 'operational-owner',
        status: 'fail',
        message: [
          'readiness/operational-owner names user:default/jane: not verifiable offline',
        ],
      },
    ],
  },
];

const links: MalformedEntityCase[] = [
  {
    title: 'links is an object',
    entity: corpusEntity({
      metadata: { links: { runbook: 'https://x.example.com/rb' } },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['no runbook or playbook link in metadata.links'],
      },
    ],
  },
  {
    title: 'links hold nulls, numbers and strings',
    entity: corpusEntity({ metadata: { links: [null, 42, 'runbook', []] } }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['no runbook or playbook link in metadata.links'],
      },
    ],
  },
  {
    title: 'a runbook link to javascript:',
    entity: corpusEntity({
      metadata: {
        // eslint-disable-next-line no-script-url
        links: [{ type: 'runbook', url: 'javascript:alert(1)' }],
      },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          'the runbook link metadata.links[0].url is "javascript:alert(1)"',
          'expected a URL starting with https://',
        ],
      },
    ],
  },
  {
    title: 'a dashboard link whose url is a number',
    entity: corpusEntity({
      metadata: { links: [{ type: 'DASHBOARD', url: 42 }] },
    }),
    expect: [
      {
        check: 'dashboard',
        status: 'invalid',
        message: [
          'the DASHBOARD link metadata.links[0].url is 42 (a number)',
          'expected a URL starting with https://',
        ],
      },
    ],
  },
  {
    title: 'an slo link with a data: URL',
    entity: corpusEntity({
      metadata: {
        links: [
          { type: 'slo', url: 'data:text/html,<script>alert(1)</script>' },
        ],
      },
    }),
    expect: [
      {
        check: 'slo',
        status: 'invalid',
        message: [
          'the slo link metadata.links[0].url is "data:text/html',
          'expected a URL',
        ],
      },
    ],
  },
  {
    title: 'a 1 MB runbook URL passes, with a short message',
    entity: corpusEntity({
      metadata: {
        links: [{ type: 'runbook', url: `https://x.example.com/${HUGE}` }],
      },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'pass',
        message: ['link of type runbook to https://x.example.com/zzz', '...'],
      },
    ],
  },
  {
    title: '10,000 links of other types',
    entity: corpusEntity({
      metadata: {
        links: Array.from({ length: 10_000 }, (_, i) => ({
          type: `t${i}`,
          url: 'https://x.example.com',
        })),
      },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['no runbook or playbook link in metadata.links'],
      },
    ],
  },
];

const dates: MalformedEntityCase[] = [
  {
    title: 'a review date in the future',
    entity: corpusEntity({
      annotations: { 'readiness/last-review': '2099-01-01' },
    }),
    expect: [
      {
        check: 'review',
        status: 'invalid',
        message: [
          'readiness/last-review is "2099-01-01" (a date in the future)',
          'expected a date not after tomorrow (2026-03-02)',
        ],
      },
    ],
  },
  {
    title: 'a runbook review in year 9999',
    entity: corpusEntity({
      annotations: { 'readiness/runbook-reviewed': '9999-12-31' },
    }),
    expect: [
      {
        check: 'runbook-fresh',
        status: 'invalid',
        message: [
          '(a date in the future)',
          'expected a date not after tomorrow',
        ],
      },
    ],
  },
  {
    title: 'a review in year 0000 is just very old',
    entity: corpusEntity({
      annotations: { 'readiness/last-review': '0000-01-01' },
    }),
    expect: [
      {
        check: 'review',
        status: 'fail',
        message: [
          'readiness/last-review is 0000-01-01',
          'expected within 365 days',
        ],
      },
    ],
  },
  {
    title: 'a decision overdue since 1970',
    entity: corpusEntity({
      annotations: { 'readiness/decision-due': '1970-01-01' },
    }),
    expect: [
      {
        check: 'decision',
        status: 'fail',
        message: ['decision overdue since 1970-01-01'],
      },
    ],
  },
  {
    title: 'a decision due on 29 February of a common year',
    entity: corpusEntity({
      annotations: { 'readiness/decision-due': '2027-02-29' },
    }),
    expect: [
      {
        check: 'decision',
        status: 'invalid',
        message: [
          'readiness/decision-due is "2027-02-29"',
          'expected a date YYYY-MM-DD',
        ],
      },
    ],
  },
  {
    title: 'a security review with a javascript: URL',
    entity: corpusEntity({
      annotations: {
        'readiness/security-review': 'url=javascript:alert(1); date=2026-01-10',
      },
    }),
    expect: [
      {
        check: 'security-review',
        status: 'invalid',
        message: [
          'readiness/security-review has url="javascript:alert(1)"',
          'expected a URL starting with https://',
        ],
      },
    ],
  },
  {
    title: 'a security review on 30 February',
    entity: corpusEntity({
      annotations: {
        'readiness/security-review':
          'url=https://x.example.com; date=2026-02-30',
      },
    }),
    expect: [
      {
        check: 'security-review',
        status: 'invalid',
        message: [
          'readiness/security-review has date="2026-02-30"',
          'expected a date YYYY-MM-DD',
        ],
      },
    ],
  },
  {
    title: 'a security review in the future',
    entity: corpusEntity({
      annotations: {
        'readiness/security-review':
          'url=https://x.example.com; date=2030-01-01',
      },
    }),
    expect: [
      {
        check: 'security-review',
        status: 'invalid',
        message: [
          'readiness/security-review date is "2030-01-01"',
          'expected a date not after tomorrow (2026-03-02)',
          '(a date in the future)',
        ],
      },
    ],
  },
  {
    title: 'a drift review with an unknown cadence',
    entity: corpusEntity({
      annotations: {
        'readiness/ai-drift-review':
          'forum=ml; cadence=sometimes; last=2026-02-20',
      },
    }),
    expect: [
      {
        check: 'ai-drift-review',
        status: 'invalid',
        message: [
          'readiness/ai-drift-review has cadence="sometimes"',
          'expected a cadence such as weekly, monthly or quarterly',
        ],
      },
    ],
  },
  {
    title: 'a drift review with last=last week',
    entity: corpusEntity({
      annotations: {
        'readiness/ai-drift-review':
          'forum=ml; cadence=monthly; last=last week',
      },
    }),
    expect: [
      {
        check: 'ai-drift-review',
        status: 'invalid',
        message: [
          'readiness/ai-drift-review has last="last week"',
          'expected a date YYYY-MM-DD',
        ],
      },
    ],
  },
  {
    title: 'a handover dated in the future',
    entity: corpusEntity({
      annotations: {
        'readiness/handover': 'date=2099-01-01; url=https://x.example.com',
      },
    }),
    expect: [
      {
        check: 'handover',
        status: 'invalid',
        message: [
          'readiness/handover has date="2099-01-01" (a date in the future)',
          'expected a date not after tomorrow (2026-03-02)',
        ],
      },
    ],
  },
  {
    title: 'an SLO with a key twice',
    entity: corpusEntity({
      annotations: { 'readiness/slo': 'availability=99.9%; availability=99%' },
    }),
    expect: [
      {
        check: 'slo',
        status: 'invalid',
        message: [
          'readiness/slo is',
          'expected key=value pairs separated by ";"',
          '(key "availability" appears twice)',
        ],
      },
    ],
  },
  {
    title: 'a 1 MB key in a key=value list is cut short',
    entity: corpusEntity({
      annotations: { 'readiness/slo': `${HUGE}=1;${HUGE}=2` },
    }),
    expect: [
      {
        check: 'slo',
        status: 'invalid',
        message: [
          'expected key=value pairs separated by ";"',
          `(key "${'z'.repeat(80)}..." appears twice)`,
        ],
      },
    ],
  },
  {
    title: 'a 1 MB cadence is cut short',
    entity: corpusEntity({
      annotations: {
        'readiness/ai-drift-review': `forum=ml; cadence=${HUGE}; last=2026-02-20`,
      },
    }),
    expect: [
      {
        check: 'ai-drift-review',
        status: 'invalid',
        message: ['has cadence="zzzz', '..."', 'expected a cadence'],
      },
    ],
  },
];

const waivers: MalformedEntityCase[] = [
  {
    title: 'a waiver that is not key=value pairs',
    entity: runbookWaiver('whenever'),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          'readiness/waiver.runbook is "whenever" ("whenever" is not a key=value pair)',
          WAIVER_FORMAT,
          'without a valid waiver',
        ],
      },
    ],
  },
  {
    title: 'a waiver ending on 30 February',
    entity: runbookWaiver(
      'until=2026-02-30; approver=user:default/cto; reason=x',
    ),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          '(until="2026-02-30" is not a date YYYY-MM-DD)',
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'a waiver approved by a group',
    entity: runbookWaiver(
      'until=2026-03-20; approver=group:default/leads; reason=x',
    ),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          '(approver="group:default/leads" is not a user ref such as user:default/jane)',
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'a waiver without a reason',
    entity: runbookWaiver('until=2026-03-20; approver=user:default/cto'),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: ['(reason is missing)', WAIVER_FORMAT],
      },
    ],
  },
  {
    title: 'a waiver that is a number',
    entity: runbookWaiver(20260320),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          'readiness/waiver.runbook is 20260320 (a number) (not a string)',
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'a waiver that is an object',
    entity: runbookWaiver({
      until: '2026-03-20',
      approver: 'user:default/cto',
    }),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          'readiness/waiver.runbook is an object (not a string)',
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'a waiver with SQL in its approver',
    entity: runbookWaiver(
      "until=2026-03-20; approver=cto' OR '1'='1; reason=x",
    ),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          "(approver=\"cto' OR '1'='1\" is not a user ref",
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'a waiver for ten years',
    entity: runbookWaiver(
      'until=2036-03-01; approver=user:default/cto; reason=x',
    ),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          'readiness/waiver.runbook runs until 2036-03-01',
          'longer than the 90-day maximum; expected until on or before 2026-05-30',
        ],
      },
    ],
  },
  {
    title: 'an expired waiver',
    entity: runbookWaiver(
      'until=2026-01-01; approver=user:default/cto; reason=x',
    ),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['waiver expired on 2026-01-01 (59 days ago)'],
      },
    ],
  },
  {
    title: 'offline, a valid waiver cannot be verified',
    entity: runbookWaiver(
      'until=2026-03-20; approver=user:default/cto; reason=x',
    ),
    related: 'offline',
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: [
          'waiver until 2026-03-20 by user:default/cto: not verifiable offline',
        ],
      },
    ],
  },
  {
    title: 'a valid waiver with a 1 MB reason is cut short in the message',
    entity: runbookWaiver(
      `until=2026-03-20; approver=user:default/cto; reason=${HUGE}`,
    ),
    expect: [
      {
        check: 'runbook',
        status: 'waived',
        message: [
          'waived until 2026-03-20',
          'by user:default/cto: zzzz',
          '...',
        ],
      },
    ],
  },
  {
    title: 'a valid waiver with markup and control characters in its reason',
    entity: runbookWaiver(
      'until=2026-03-20; approver=user:default/cto; reason=<img src=x onerror=alert(1)>\u0007\u202e',
    ),
    expect: [
      {
        check: 'runbook',
        status: 'waived',
        message: [
          'by user:default/cto: <img src=x onerror=alert(1)>\\u0007\\u202e',
        ],
      },
    ],
  },
  {
    title: 'a waiver with a 1 MB until is cut short',
    entity: runbookWaiver(`until=${HUGE}; approver=user:default/cto; reason=x`),
    expect: [
      {
        check: 'runbook',
        status: 'invalid',
        message: [
          '(until="zzzz',
          '..." is not a date YYYY-MM-DD)',
          WAIVER_FORMAT,
        ],
      },
    ],
  },
  {
    title: 'waivers for checks that do not exist',
    entity: corpusEntity({
      annotations: {
        'readiness/waiver.nope':
          'until=2026-03-20; approver=user:default/cto; reason=x',
        'readiness/waiver.': 'x',
        'readiness/waiver.RUNBOOK': 'x',
        'readiness/waiver.runbook ': 'x',
      },
    }),
    expect: [
      {
        check: 'runbook',
        status: 'fail',
        message: ['readiness/runbook is not set'],
      },
    ],
    unknownWaivers: [
      'readiness/waiver.nope names unknown check "nope", expected the id of a check in the rubric (it waives nothing)',
      'readiness/waiver. names unknown check ""',
      'readiness/waiver.RUNBOOK names unknown check "RUNBOOK"',
      'readiness/waiver.runbook  names unknown check "runbook "',
    ],
  },
  {
    title: 'waivers named after prototype properties',
    entity: corpusEntity({
      annotations: JSON.parse(
        '{"readiness/waiver.__proto__": "x", "readiness/waiver.constructor": "x", "readiness/waiver.toString": "x"}',
      ),
    }),
    expect: [],
    unknownWaivers: [
      'names unknown check "__proto__"',
      'names unknown check "constructor"',
      'names unknown check "toString"',
    ],
  },
  {
    title: 'a waiver for an unknown check with escape codes in its name',
    entity: corpusEntity({
      annotations: { 'readiness/waiver.x\u001b[31m\u0000': 'x' },
    }),
    expect: [],
    unknownWaivers: [
      'readiness/waiver.x\\u001b[31m\\u0000 names unknown check "x\\u001b[31m\\u0000"',
    ],
  },
  {
    title: 'a waiver for an unknown check with a 100,000-character name',
    entity: corpusEntity({
      annotations: { [`readiness/waiver.${'q'.repeat(100_000)}`]: 'x' },
    }),
    expect: [],
    unknownWaivers: [
      `readiness/waiver.${'q'.repeat(183)}... names unknown check "${'q'.repeat(
        80,
      )}...", expected the id of a check`,
    ],
  },
];

const decisions: MalformedEntityCase[] = [
  {
    title: 'a decision with a trailing command',
    entity: corpusEntity({
      annotations: { 'readiness/decision': 'ship; rm -rf /' },
    }),
    expect: [
      {
        check: 'decision',
        status: 'invalid',
        message: [
          'readiness/decision is "ship; rm -rf /"',
          'expected one of ship, kill, extend',
        ],
      },
    ],
  },
  {
    title: 'a decision that is a list of decisions',
    entity: corpusEntity({
      annotations: { 'readiness/decision': ['ship', 'kill'] },
    }),
    expect: [
      {
        check: 'decision',
        status: 'invalid',
        message: [
          'readiness/decision is a list',
          'expected one of ship, kill, extend',
        ],
      },
    ],
  },
];

const patterns: MalformedEntityCase[] = [
  {
    title: 'a cost of 100,000 spaces is not matched against the pattern',
    entity: corpusEntity({
      annotations: {
        'readiness/cost-per-transaction': `1 USD @ 1${' '.repeat(100_000)}/day`,
      },
    }),
    expect: [
      {
        check: 'cost',
        status: 'invalid',
        message: [
          'readiness/cost-per-transaction is "1 USD @ 1',
          '(longer than 1000 characters)',
          'expected <amount> <currency> @ <volume>/<period>',
        ],
      },
    ],
  },
];

export const handWrittenEntityCases: MalformedEntityCase[] = [
  ...notEntities,
  ...structure,
  ...owners,
  ...links,
  ...dates,
  ...waivers,
  ...decisions,
  ...patterns,
];
