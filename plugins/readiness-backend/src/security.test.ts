/*
 * Security of the readiness API, against the real catalog backend loaded
 * with the example organisation and a permission policy that hides what
 * ml-team owns from one user (the outsider), on SQLite and PostgreSQL:
 *
 * - every route of openapi.yaml needs credentials, except /health;
 * - nothing the outsider gets names a hidden entity, and every number they
 *   get is the allowed user's number minus the hidden entities' share;
 * - every query and path parameter is validated, with a 400 naming it;
 * - oversize requests and exports are refused;
 * - no SQL is built from strings.
 */
import {
  mockCredentials,
  mockServices,
  TestDatabaseId,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { Server } from 'node:http';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import {
  compileRubric,
  defaultRubric,
  evaluate,
} from '@readiness-scorecards/plugin-readiness-common';
import { MAX_EXPORT_ROWS } from './service/router';
import { SCORED_KINDS } from './recompute/ReadinessRecomputer';
import { DatabaseScorecardStore, EntityScoreRecord } from './store';
import {
  HIDDEN_OWNER,
  HIDDEN_USER,
  isHiddenFromOutsider,
} from './__testUtils__/hidingPolicy';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { ReadinessNotifier } from './notifications/ReadinessNotifier';
import { DatabaseNotificationLog } from './notifications/DatabaseNotificationLog';
import { InitiativeNotifier } from './notifications/InitiativeNotifier';
import { readInitiativesConfig } from './initiatives/initiativesConfig';
import { ConfigReader } from '@backstage/config';
import {
  catalogEntitiesAs,
  changeExampleEntity,
  exampleEntities,
  getAs,
  INSIDER,
  OUTSIDER,
  OUTSIDER_GROUP,
  SecurityBackend,
  startSecurityBackend,
  TEST_INITIATIVES,
  waitForCatalog,
} from './__testUtils__/securityBackend';
import { findSqlBuiltFromStrings, sourceFiles } from './__testUtils__/sqlScan';
import {
  expectGroupsDifference,
  RollupGroup as Group,
} from './__testUtils__/expectDifference';
import {
  EntityState,
  fullRef,
  groupingOf,
  hiddenStates,
  ListItem,
  refOf,
  identifyingValues,
  ownerChainsOf,
  refsNamedBy,
  rollupOf,
  RollupGroupBy,
} from './__testUtils__/hiddenShare';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(600_000);

interface CatalogChange {
  entity: { kind: string; name: string };
  annotations: Record<string, string | null>;
}
const refOfChange = (change: CatalogChange) =>
  `${change.entity.kind.toLocaleLowerCase('en-US')}:default/${
    change.entity.name
  }`;

/**
 * What changes in the catalog after each of the three earlier recomputes:
 * on-call and operational owners come and go on hidden (ml-team's) and
 * visible (payments-team's) services, so results change on each day.
 */
const CATALOG_CHANGES: CatalogChange[][] = [
  [
    {
      entity: { kind: 'Component', name: 'fraud-scoring-service' },
      annotations: { 'pagerduty.com/service-id': null },
    },
    {
      entity: { kind: 'Component', name: 'refund-worker' },
      annotations: { 'pagerduty.com/service-id': null },
    },
  ],
  [
    {
      entity: { kind: 'Component', name: 'fraud-model-v3' },
      annotations: { 'readiness/operational-owner': null },
    },
    {
      entity: { kind: 'Component', name: 'legacy-payments-soap' },
      annotations: { 'pagerduty.com/service-id': null },
    },
  ],
  [
    {
      entity: { kind: 'Component', name: 'fraud-scoring-service' },
      annotations: { 'pagerduty.com/service-id': 'PF3R9ZA' },
    },
    {
      entity: { kind: 'Component', name: 'refund-worker' },
      annotations: { 'pagerduty.com/service-id': 'PR3F8WM' },
    },
  ],
];

const API = '/api/readiness';
const { databases, ids } = createTestDatabases();

// --- The OpenAPI spec: every route and parameter the tests walk through ---

type Schema = {
  type?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  items?: Schema;
  $ref?: string;
};
type Parameter = {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: Schema;
  $ref?: string;
};
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  security?: unknown[];
};
const spec = parseYaml(
  fs.readFileSync(path.join(__dirname, 'schema/openapi.yaml'), 'utf8'),
) as {
  paths: Record<string, Record<string, Operation>>;
  components: {
    parameters: Record<string, Parameter>;
    schemas: Record<string, Schema>;
  };
};

function resolve<T extends { $ref?: string }>(value: T): T {
  if (!value.$ref) return value;
  const [, , section, name] = value.$ref.split('/');
  return resolve(
    (spec.components as unknown as Record<string, Record<string, T>>)[section][
      name
    ],
  );
}

interface Route {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  parameters: Parameter[];
  public: boolean;
}

const routes: Route[] = Object.entries(spec.paths).flatMap(([p, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method as Route['method'],
    path: p,
    operationId: operation.operationId,
    parameters: (operation.parameters ?? []).map(parameter => {
      const resolved = resolve(parameter);
      return { ...resolved, schema: resolve(resolved.schema) };
    }),
    public:
      Array.isArray(operation.security) && operation.security.length === 0,
  })),
);

const ATTENTION_LISTS = routes
  .find(r => r.operationId === 'ListAttention')!
  .parameters.find(p => p.name === 'list')!.schema.enum!;
const GROUP_BYS = routes
  .find(r => r.operationId === 'GetRollup')!
  .parameters.find(p => p.name === 'groupBy')!.schema.enum!;

/** A URL for the route with good values for its path and required parameters. */
function urlOf(route: Route, params: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    namespace: 'default',
    kind: 'component',
    name: 'payments-api',
    id: TEST_INITIATIVES[0].id,
    ...params,
  };
  const p = route.path.replace(/\{(\w+)\}/g, (_, name) => values[name]);
  const required = route.parameters
    .filter(q => q.in === 'query' && q.required)
    .map(q => `${q.name}=${encodeURIComponent(q.schema.enum?.[0] ?? 'x')}`);
  return `${API}${p}${required.length ? `?${required.join('&')}` : ''}`;
}

function call(server: Server, route: Route, url: string, auth?: string) {
  const req =
    route.method === 'post'
      ? request(server).post(url)
      : request(server).get(url);
  return auth ? req.set('Authorization', auth) : req;
}

// --- Bad parameter values, from each parameter's schema ---

function badValues(schema: Schema): Array<[string, string[]]> {
  const bad: Array<[string, string[]]> = [];
  if (schema.type === 'integer') {
    bad.push(['not a number', ['abc']], ['a fraction', ['1.5']]);
    if (schema.minimum !== undefined)
      bad.push(['below the minimum', [String(schema.minimum - 1)]]);
    if (schema.maximum !== undefined)
      bad.push(['above the maximum', [String(schema.maximum + 1)]]);
  }
  if (schema.type === 'string' && schema.enum) {
    bad.push(['not one of the values', ['bogus']]);
  }
  if (schema.type === 'string' && schema.format === 'date-time') {
    bad.push(['not a date', ['yesterday']]);
  }
  const pattern =
    schema.type === 'array' ? schema.items?.pattern : schema.pattern;
  if (pattern) {
    bad.push(
      ['SQL', ["x' or 1=1 --"]],
      ['markup', ['<script>alert(1)</script>']],
      ['too long', ['a'.repeat(300)]],
      ['empty', ['']],
    );
  }
  if (schema.type === 'array' && schema.maxItems !== undefined) {
    bad.push([
      'too many values',
      Array.from({ length: schema.maxItems + 1 }, (_, i) => `v${i}`),
    ]);
  }
  return bad;
}

const parameterCases = routes.flatMap(route =>
  route.parameters.flatMap(parameter =>
    badValues(parameter.schema)
      // An empty path segment is another URL (a 404), not a bad value.
      .filter(([, values]) => parameter.in === 'query' || values[0] !== '')
      .map(([why, values]) => ({
        label: `${route.operationId} ${parameter.in} ${parameter.name}: ${why}`,
        route,
        parameter,
        values,
      })),
  ),
);

function urlWithBadValue(
  route: Route,
  parameter: Parameter,
  values: string[],
): string {
  if (parameter.in === 'path') {
    return urlOf(route, { [parameter.name]: encodeURIComponent(values[0]) });
  }
  const [pathPart, query = ''] = urlOf(route).split('?');
  const kept = query
    .split('&')
    .filter(q => q && !q.startsWith(`${parameter.name}=`));
  const bad = values.map(v => `${parameter.name}=${encodeURIComponent(v)}`);
  return `${pathPart}?${[...kept, ...bad].join('&')}`;
}

// --- Comparing the numbers two users get ---

/** A point of an entity's own history. */
interface HistoryPoint {
  recordedAt: string;
  tier: string | null;
  score: number;
  blockerCount: number;
}

describe('no SQL is built from strings', () => {
  it('finds SQL built from strings when there is some', () => {
    const findings = findSqlBuiltFromStrings(
      [
        "db.raw('select ?', [x]);",
        'db.raw(`select * from t where a = ?`, [a]);',
        'db.raw(`select * from t where a = ${a}`);',
        "q.whereRaw('name = ' + name);",
        'q.orderByRaw(sortSql, []);',
        "q.where('a', a).andWhereRaw(`lower(b) like '%${b}%'`);",
      ].join('\n'),
    );
    expect(findings.map(f => [f.line, f.call, f.problem])).toEqual([
      [3, 'raw', 'a template literal with ${...} in the SQL'],
      [4, 'whereRaw', 'SQL concatenated from strings'],
      [5, 'orderByRaw', 'SQL that is not a string literal'],
      [6, 'andWhereRaw', 'a template literal with ${...} in the SQL'],
    ]);
  });

  it('finds none in the readiness backend and its migrations', () => {
    const root = path.resolve(__dirname, '..');
    const files = sourceFiles(
      path.join(root, 'src'),
      path.join(root, 'migrations'),
    );
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap(file =>
      findSqlBuiltFromStrings(
        fs.readFileSync(file, 'utf8'),
        path.relative(root, file),
      ),
    );
    expect(findings).toEqual([]);
  });
});

describe.each(ids)(
  'security of the readiness API on %s',
  (id: TestDatabaseId) => {
    let backend: SecurityBackend;
    let server: Server;
    let store: DatabaseScorecardStore;
    /** Every entity of the example files as written, before the test changes them. */
    let fixture: Entity[];
    /** What the policy hides from the outsider, from the fixture. */
    let hiddenEntities: Entity[];
    let hiddenRefs: Set<string>;
    /** The hidden entities the recompute stores (in scope of the rubric). */
    let hiddenStoredRefs: string[];
    /** What the outsider may read, as lower-case text: visible entities and the rubric. */
    let outsiderReadable: string;
    /** The days of the recomputes, oldest first; the last one is today's. */
    let recomputeDays: Date[];
    /** What the notifier sent during the recomputes. */
    const sentNotifications: NotificationSendOptions[] = [];
    /** What the initiative notifier sent during the recomputes. */
    const sentInitiativeNotices: NotificationSendOptions[] = [];

    beforeAll(async () => {
      backend = await startSecurityBackend(databases, id);
      server = backend.server;
      await waitForCatalog(server, 20);
      fixture = exampleEntities(backend.examplesDir).filter(
        e => e.kind !== 'Location',
      );
      hiddenEntities = fixture.filter(isHiddenFromOutsider);
      hiddenRefs = new Set(hiddenEntities.map(refOf));
      const compiled = compileRubric(defaultRubric);
      hiddenStoredRefs = hiddenEntities
        .filter(e => SCORED_KINDS.includes(e.kind))
        .filter(
          entity =>
            evaluate(compiled, { entity, related: {}, now: new Date() })
              .inScope !== false,
        )
        .map(refOf)
        .sort();
      outsiderReadable = [
        JSON.stringify(fixture.filter(e => !isHiddenFromOutsider(e))),
        (await getAs(server, INSIDER, `${API}/checks`)).text,
      ]
        .join('\n')
        .toLocaleLowerCase('en-US');
      store = await DatabaseScorecardStore.create({
        database: { getClient: async () => backend.readinessDatabase },
        rubric: () => compileRubric(defaultRubric),
        skipMigrations: true,
      });

      // Recomputes on four days, three days ago to today, with changes to
      // hidden and visible entities alike after each of the first three:
      // the history has something to show (and to hide) on four days.
      const now = Date.now();
      recomputeDays = [3, 2, 1, 0].map(
        daysAgo => new Date(now - daysAgo * 86_400_000),
      );
      // Notifications as the plugin sends them with notifications enabled.
      const notifier = new ReadinessNotifier({
        notifications: {
          send: async notification => {
            sentNotifications.push(notification);
          },
        },
        log: await DatabaseNotificationLog.create({
          database: { getClient: async () => backend.readinessDatabase },
        }),
        tiers: () => compiled.tiers.map(t => t.id),
        waiverExpiryDaysAhead: 7,
        logger: mockServices.logger.mock(),
      });
      // Initiative notices too, with every test initiative within its reminder period.
      const initiativeNotifier = new InitiativeNotifier({
        initiatives: readInitiativesConfig(
          new ConfigReader({ readiness: { initiatives: TEST_INITIATIVES } }),
          compiled,
        ),
        rows: () => store.listRollupRows(),
        rubric: () => compiled,
        notifications: {
          send: async notification => {
            sentInitiativeNotices.push(notification);
          },
        },
        log: await DatabaseNotificationLog.create({
          database: { getClient: async () => backend.readinessDatabase },
        }),
        reminderDaysBeforeDeadline: 90,
        logger: mockServices.logger.mock(),
      });
      for (const [day, recomputeDay] of recomputeDays.entries()) {
        await backend.recomputeAsOf(store, recomputeDay, [
          notifier,
          initiativeNotifier,
        ]);
        for (const change of CATALOG_CHANGES[day] ?? []) {
          await changeExampleEntity(
            server,
            backend.examplesDir,
            change.entity,
            change.annotations,
          );
        }
      }
      // The server sees another store's writes within its version TTL (1 s).
      await new Promise(r => setTimeout(r, 1500));
    });

    afterAll(async () => {
      await backend?.stop();
    });

    it('hides from the outsider exactly what the fixture says: what ml-team owns, ml-team and one of its members', async () => {
      expect(hiddenStoredRefs.length).toBeGreaterThanOrEqual(3);
      expect(hiddenRefs).toContain(HIDDEN_OWNER);
      expect(hiddenRefs).toContain(HIDDEN_USER);
      const insiderRefs = (await catalogEntitiesAs(server, INSIDER)).map(refOf);
      const outsiderRefs = new Set(
        (await catalogEntitiesAs(server, OUTSIDER)).map(refOf),
      );
      expect(insiderRefs.filter(ref => !outsiderRefs.has(ref)).sort()).toEqual(
        [...hiddenRefs].sort(),
      );
    });

    it('records every recompute in the history, hidden entities included', async () => {
      for (const change of CATALOG_CHANGES.flat()) {
        const ref = `${change.entity.kind.toLocaleLowerCase('en-US')}:default/${
          change.entity.name
        }`;
        const history = (
          await getAs(
            server,
            INSIDER,
            `${API}/scorecards/default/${ref.split(':')[0]}/${
              change.entity.name
            }/history`,
          )
        ).body;
        // The first result, then one per change of it.
        expect({ ref, points: history.points.length >= 2 }).toEqual({
          ref,
          points: true,
        });
      }
      expect(
        CATALOG_CHANGES.flat().some(c => hiddenRefs.has(refOfChange(c))),
      ).toBe(true);
      expect(
        CATALOG_CHANGES.flat().some(c => !hiddenRefs.has(refOfChange(c))),
      ).toBe(true);
    });

    it('notifies only the owner group of the entity, all of whose members may read it', () => {
      const aboutEntity = (n: NotificationSendOptions) =>
        String(n.payload.metadata?.entityRef ?? '');
      // Members of a group and of every group below it (a superset of whom
      // the notifications backend delivers to), from the fixture.
      const ownerChain = ownerChainsOf(fixture);
      const membersOf = (group: string) =>
        fixture
          .filter(e => e.kind === 'User')
          .filter(user =>
            ((user.spec?.memberOf ?? []) as string[]).some(g =>
              ownerChain(fullRef(g, 'group')).includes(group),
            ),
          )
          .map(refOf);
      const mayRead = (user: string, entity: Entity) =>
        user !== OUTSIDER || !isHiddenFromOutsider(entity);
      expect(membersOf(OUTSIDER_GROUP)).toContain(OUTSIDER);

      const sent = sentNotifications.map(n => {
        const entity = fixture.find(e => refOf(e) === aboutEntity(n))!;
        const owner = fullRef(String(entity?.spec?.owner), 'group');
        const recipients = n.recipients as { type: string; entityRef: string };
        return {
          entityRef: aboutEntity(n),
          recipients,
          owner,
          unreadableBy: membersOf(recipients.entityRef).filter(
            user => !mayRead(user, entity),
          ),
        };
      });
      // Both hidden and visible entities changed for the worse.
      expect(sent.some(n => hiddenRefs.has(n.entityRef))).toBe(true);
      expect(sent.some(n => !hiddenRefs.has(n.entityRef))).toBe(true);
      expect(sent).toEqual(
        sent.map(n => ({
          ...n,
          recipients: { type: 'entity', entityRef: n.owner },
          unreadableBy: [],
        })),
      );
      // A notification names its own entity and no other hidden one.
      for (const notification of sentNotifications) {
        const text = JSON.stringify(notification).toLocaleLowerCase('en-US');
        expect({
          about: aboutEntity(notification),
          names: [...hiddenRefs].filter(
            ref =>
              ref !== aboutEntity(notification) &&
              ref !== HIDDEN_OWNER &&
              text.includes(ref),
          ),
        }).toEqual({ about: aboutEntity(notification), names: [] });
      }
    });

    it('tells an initiative team only about entities it owns, all of whose members may read them', () => {
      const ownerChain = ownerChainsOf(fixture);
      const membersOf = (group: string) =>
        fixture
          .filter(e => e.kind === 'User')
          .filter(user =>
            ((user.spec?.memberOf ?? []) as string[]).some(g =>
              ownerChain(fullRef(g, 'group')).includes(group),
            ),
          )
          .map(refOf);
      const entityOf = (ref: string) => fixture.find(e => refOf(e) === ref)!;
      const namedBy = (n: NotificationSendOptions) =>
        (n.payload.metadata!.entityRefs as string[]).map(ref =>
          ref.toLocaleLowerCase('en-US'),
        );
      const sent = sentInitiativeNotices.map(n => {
        const team = (n.recipients as { entityRef: string }).entityRef;
        const named = namedBy(n);
        return {
          team,
          owners: [
            ...new Set(
              named.map(ref => fullRef(String(entityOf(ref).spec?.owner), 'group')),
            ),
          ],
          unreadable: membersOf(team).flatMap(user =>
            named
              .filter(ref => user === OUTSIDER && isHiddenFromOutsider(entityOf(ref)))
              .map(ref => `${user} ${ref}`),
          ),
          otherHiddenNamed: [...hiddenRefs].filter(
            ref =>
              !named.includes(ref) &&
              ref !== team &&
              JSON.stringify(n).toLocaleLowerCase('en-US').includes(ref),
          ),
        };
      });
      // Both initiatives told teams, about hidden and visible entities.
      expect(
        new Set(sentInitiativeNotices.map(n => n.payload.metadata!.initiativeId)),
      ).toEqual(new Set(TEST_INITIATIVES.map(i => i.id)));
      const named = sentInitiativeNotices.flatMap(namedBy);
      expect(named.some(ref => hiddenRefs.has(ref))).toBe(true);
      expect(named.some(ref => !hiddenRefs.has(ref))).toBe(true);
      expect(sent).toEqual(
        sent.map(n => ({ ...n, owners: [n.team], unreadable: [], otherHiddenNamed: [] })),
      );
    });

    describe('authentication', () => {
      it.each(
        routes.map(r => [`${r.method.toUpperCase()} ${r.path}`, r] as const),
      )('%s', async (_label, route) => {
        const none = await call(
          server,
          route,
          urlOf(route),
          mockCredentials.none.header(),
        );
        const forged = await call(
          server,
          route,
          urlOf(route),
          'Bearer forged-token',
        );
        expect({
          statuses: [none.status, forged.status],
          error: none.body.error?.name,
        }).toEqual(
          route.public
            ? { statuses: [200, 200], error: undefined }
            : { statuses: [401, 401], error: 'AuthenticationError' },
        );
      });

      it('has exactly one public route, /health', () => {
        expect(routes.filter(r => r.public).map(r => r.path)).toEqual([
          '/health',
        ]);
      });
    });

    describe('the outsider', () => {
      it('gets 404 for every hidden entity and its history, exactly as for a missing one', async () => {
        for (const entity of hiddenEntities) {
          const { kind, metadata } = entity;
          const base = `${API}/scorecards/${
            metadata.namespace ?? 'default'
          }/${kind.toLocaleLowerCase('en-US')}`;
          for (const suffix of ['', '/history']) {
            const hidden = await getAs(
              server,
              OUTSIDER,
              `${base}/${metadata.name}${suffix}`,
            );
            const missing = await getAs(
              server,
              OUTSIDER,
              `${base}/no-such-entity-xyz${suffix}`,
            );
            const allowed = await getAs(
              server,
              INSIDER,
              `${base}/${metadata.name}${suffix}`,
            );
            expect({
              ref: stringifyEntityRef(entity),
              suffix,
              status: allowed.status,
            }).toEqual({
              ref: stringifyEntityRef(entity),
              suffix,
              status: 200,
            });
            expect(hidden.status).toBe(404);
            expect(
              JSON.stringify(hidden.body).split(metadata.name).join('<name>'),
            ).toBe(
              JSON.stringify(missing.body)
                .split('no-such-entity-xyz')
                .join('<name>'),
            );
          }
        }
      });

      /** Every call the outsider can make without naming a hidden entity, by operation. */
      async function everythingTheOutsiderGets(): Promise<
        Map<string, string[]>
      > {
        const calls: Array<[string, string, 'get' | 'post']> = [
          ['GetHealth', '/health', 'get'],
          ['GetChecks', '/checks', 'get'],
          ['PostRefresh', '/refresh', 'post'],
          ['ListScorecards', '/scorecards?limit=1000', 'get'],
          ['ExportCsv', '/export.csv', 'get'],
          ['GetSummary', '/summary', 'get'],
          ['GetFilterValues', '/filter-values', 'get'],
        ];
        for (const filter of [
          `owner=${encodeURIComponent(HIDDEN_OWNER)}`,
          `system=${encodeURIComponent('system:default/fraud-detection')}`,
          'type=model&type=llm&type=agent',
          'tag=ml',
        ]) {
          calls.push(
            ['ListScorecards', `/scorecards?limit=1000&${filter}`, 'get'],
            ['ExportCsv', `/export.csv?${filter}`, 'get'],
          );
          for (const list of ATTENTION_LISTS) {
            calls.push([
              'ListAttention',
              `/attention?list=${list}&limit=500&withinDays=400&${filter}`,
              'get',
            ]);
          }
          // Rollups filter on everything but system and domain.
          if (!filter.startsWith('system=')) {
            calls.push(
              ['GetRollup', `/rollup?groupBy=owner&${filter}`, 'get'],
              ['GetSummary', `/summary?${filter}`, 'get'],
            );
          }
        }
        for (const list of ATTENTION_LISTS) {
          calls.push([
            'ListAttention',
            `/attention?list=${list}&limit=500&withinDays=400`,
            'get',
          ]);
        }
        for (const groupBy of GROUP_BYS) {
          calls.push(
            ['GetRollup', `/rollup?groupBy=${groupBy}`, 'get'],
            [
              'GetRollupHistory',
              `/rollup/history?groupBy=${groupBy}&days=14`,
              'get',
            ],
          );
        }
        calls.push(['ListInitiatives', '/initiatives', 'get']);
        for (const { id: initiativeId } of TEST_INITIATIVES) {
          const base = `/initiatives/${initiativeId}`;
          calls.push(
            ['GetInitiative', `${base}?limit=1000`, 'get'],
            ['ListInitiativeEntities', `${base}/entities?limit=1000`, 'get'],
            [
              'ListInitiativeEntities',
              `${base}/entities?limit=1000&owner=${encodeURIComponent(HIDDEN_OWNER)}`,
              'get',
            ],
            ['GetInitiativeHistory', `${base}/history`, 'get'],
            ['ExportInitiativeCsv', `${base}/export.csv`, 'get'],
          );
        }
        const outsiderScored = await getAs(
          server,
          OUTSIDER,
          `${API}/scorecards?limit=1000`,
        );
        for (const item of outsiderScored.body.items as {
          entityRef: string;
        }[]) {
          const [kind, rest] = item.entityRef.split(':');
          const [namespace, name] = rest.split('/');
          const base = `/scorecards/${namespace}/${kind}/${name}`;
          calls.push(
            ['GetScorecard', base, 'get'],
            ['GetScorecardHistory', `${base}/history`, 'get'],
          );
        }
        const bodies = new Map<string, string[]>();
        for (const [operationId, url, method] of calls) {
          const response =
            method === 'post'
              ? await request(server)
                  .post(`${API}${url}`)
                  .set('Authorization', mockCredentials.user.header(OUTSIDER))
              : await getAs(server, OUTSIDER, `${API}${url}`);
          expect({ url, status: response.status }).toEqual({
            url,
            status: operationId === 'PostRefresh' ? 403 : 200,
          });
          bodies.set(operationId, [
            ...(bodies.get(operationId) ?? []),
            `${url}\n${response.text}`,
          ]);
        }
        return bodies;
      }

      it('never sees a hidden entity in any response of any operation', async () => {
        const bodies = await everythingTheOutsiderGets();
        expect([...bodies.keys()].sort()).toEqual(
          routes.map(r => r.operationId).sort(),
        );
        // Each hidden entity is looked for by its full ref, unless a visible
        // entity names it (a visible service's spec.system, a visible
        // group's children: the outsider reads that ref in the catalog
        // anyway), and always by the values that identify it (title,
        // description, profile, links, annotation values) that nothing the
        // outsider may read contains.
        const namedByVisible = new Set(
          fixture.filter(e => !isHiddenFromOutsider(e)).flatMap(refsNamedBy),
        );
        const lookFor = hiddenEntities.map(entity => {
          const ref = refOf(entity);
          const tokens = [
            ...(namedByVisible.has(ref) ? [] : [ref]),
            ...identifyingValues(entity)
              .map(value => value.toLocaleLowerCase('en-US'))
              .filter(value => !outsiderReadable.includes(value)),
          ];
          return { ref, tokens };
        });
        // No blind spot: every hidden entity has something to look for, and
        // only refs a visible entity names go without their ref.
        expect(lookFor.filter(l => l.tokens.length === 0)).toEqual([]);
        expect(
          lookFor.filter(l => !l.tokens.includes(l.ref)).map(l => l.ref),
        ).toEqual([...hiddenRefs].filter(ref => namedByVisible.has(ref)));
        expect(
          lookFor.filter(l => l.tokens.includes(l.ref)).length,
        ).toBeGreaterThanOrEqual(hiddenStoredRefs.length);

        const leaks: string[] = [];
        for (const [operationId, texts] of bodies) {
          for (const text of texts) {
            const [url, ...body] = text.split('\n');
            const lower = body.join('\n').toLocaleLowerCase('en-US');
            for (const { ref, tokens } of lookFor) {
              for (const token of tokens) {
                const at = new RegExp(
                  `(^|[^a-z0-9-])${token.replace(
                    /[.*+?^${}()|[\]\\]/g,
                    '\\$&',
                  )}($|[^a-z0-9-])`,
                ).exec(lower);
                if (at) leaks.push(`${operationId} ${url}: ${ref} (${token})`);
              }
            }
          }
        }
        expect(leaks).toEqual([]);
      });

      it("lists and exports exactly the allowed user's entities minus the hidden ones", async () => {
        const refsOf = (body: { items: { entityRef: string }[] }) =>
          body.items.map(i => i.entityRef).sort();
        const list = async (user: string, filter: string) =>
          (await getAs(server, user, `${API}/scorecards?limit=1000${filter}`))
            .body;
        const csvRefs = async (filter: string) =>
          (await getAs(server, OUTSIDER, `${API}/export.csv?${filter}`)).text
            .trimEnd()
            .split('\r\n')
            .slice(1)
            .map(line => line.split(',')[0])
            .sort();

        // The hidden rows, from the fixture: the allowed user gets them all.
        const hiddenOwner = `&owner=${encodeURIComponent(HIDDEN_OWNER)}`;
        const hiddenRows = hiddenStoredRefs;
        const everything = refsOf(await list(INSIDER, ''));
        expect(everything.filter(ref => hiddenRefs.has(ref))).toEqual(
          hiddenRows,
        );
        expect(refsOf(await list(INSIDER, hiddenOwner))).toEqual(hiddenRows);

        for (const filter of [
          '',
          hiddenOwner,
          `&system=${encodeURIComponent('system:default/fraud-detection')}`,
          '&type=model&type=llm&type=agent&type=data-pipeline',
          '&tag=ml',
          '&lifecycle=experimental',
        ]) {
          const insider = await list(INSIDER, filter);
          const outsider = await list(OUTSIDER, filter);
          const expected = refsOf(insider).filter(
            ref => !hiddenRows.includes(ref),
          );
          expect({ filter, refs: refsOf(outsider) }).toEqual({
            filter,
            refs: expected,
          });
          expect({ filter, total: outsider.total }).toEqual({
            filter,
            total:
              insider.total -
              refsOf(insider).filter(ref => hiddenRows.includes(ref)).length,
          });
          expect({ filter, csv: await csvRefs(filter.slice(1)) }).toEqual({
            filter,
            csv: expected,
          });
        }
        expect(refsOf(await list(OUTSIDER, hiddenOwner))).toEqual([]);
      });

      it.each(ATTENTION_LISTS)(
        "gets the %s list and every attention count as the allowed user's minus the hidden entities' (from the fixture)",
        async list => {
          type AttentionBody = {
            total: number;
            counts: Record<string, number>;
            items: { entityRef: string }[];
          };
          const attention = async (user: string, query: string) =>
            (await getAs(server, user, `${API}/attention?${query}`))
              .body as AttentionBody;
          const refsOf = (body: AttentionBody) =>
            body.items.map(i => i.entityRef).sort();
          const hidden = hiddenRefs;
          const isHidden = (ref: string) => hidden.has(ref);
          let hiddenListed = 0;
          for (const filter of ['', '&lifecycle=experimental', '&tag=ml', '&type=service']) {
            const query = `list=${list}&limit=500&withinDays=400${filter}`;
            const insider = await attention(INSIDER, query);
            const outsider = await attention(OUTSIDER, query);
            const hiddenInList = refsOf(insider).filter(isHidden);
            hiddenListed += hiddenInList.length;
            expect({ filter, refs: refsOf(outsider) }).toEqual({
              filter,
              refs: refsOf(insider).filter(ref => !isHidden(ref)),
            });
            expect({ filter, total: outsider.total }).toEqual({
              filter,
              total: insider.total - hiddenInList.length,
            });
            // Every other list's count drops by its hidden entries too.
            for (const other of ATTENTION_LISTS) {
              const otherInsider = await attention(
                INSIDER,
                `list=${other}&limit=500&withinDays=400${filter}`,
              );
              const hiddenOther = refsOf(otherInsider).filter(isHidden).length;
              expect({ filter, other, count: outsider.counts[other] }).toEqual({
                filter,
                other,
                count: otherInsider.total - hiddenOther,
              });
            }
          }
          const hiddenOnly = await attention(
            OUTSIDER,
            `list=${list}&limit=500&withinDays=400&owner=${encodeURIComponent(HIDDEN_OWNER)}`,
          );
          expect(hiddenOnly.items).toEqual([]);
          expect(Object.values(hiddenOnly.counts).every(c => c === 0)).toBe(true);
          // The hidden team has overdue pilots and something expiring: those
          // lists would leak if the policy were not applied.
          const mustHideSome = list === 'overdue-decisions' || list === 'expiring';
          expect({ list, hiddenListed: hiddenListed > 0 || !mustHideSome }).toEqual({
            list,
            hiddenListed: true,
          });
        },
      );

      it.each(TEST_INITIATIVES.map(i => [i.id, i] as const))(
        "gets initiative %s with every number, team, row and burn-up point the allowed user's minus the hidden entities' (from the fixture)",
        async (initiativeId, initiative) => {
          type InitiativeEntity = {
            entityRef: string;
            owner?: string;
            done: boolean;
            remainingChecks: string[];
          };
          type Counted = { checkId: string; entityCount: number };
          const base = `${API}/initiatives/${initiativeId}`;
          const entitiesOf = async (user: string, query = '') =>
            (await getAs(server, user, `${base}/entities?limit=1000${query}`))
              .body as { total: number; remaining: number; items: InitiativeEntity[] };
          const insiderEntities = await entitiesOf(INSIDER);
          const outsiderEntities = await entitiesOf(OUTSIDER);
          const hidden = insiderEntities.items.filter(e => hiddenRefs.has(e.entityRef));
          // The hidden entities in scope, from the fixture: the stored ones
          // of the scope's kind (every hidden one is below data-and-ai).
          const kinds = (initiative.scope as { kind?: string }).kind;
          expect(hidden.map(e => e.entityRef).sort()).toEqual(
            hiddenEntities
              .filter(e => hiddenStoredRefs.includes(refOf(e)))
              .filter(e => !kinds || e.kind === kinds)
              .map(refOf)
              .sort(),
          );
          expect(hidden.length).toBeGreaterThan(0);
          expect(outsiderEntities.items).toEqual(
            insiderEntities.items.filter(e => !hiddenRefs.has(e.entityRef)),
          );
          expect([outsiderEntities.total, outsiderEntities.remaining]).toEqual([
            insiderEntities.total - hidden.length,
            insiderEntities.remaining - hidden.filter(e => !e.done).length,
          ]);
          expect(
            (await entitiesOf(OUTSIDER, `&owner=${encodeURIComponent(HIDDEN_OWNER)}`)).total,
          ).toBe(0);
          const csvRefs = (
            await getAs(server, OUTSIDER, `${base}/export.csv`)
          ).text
            .trimEnd()
            .split('\r\n')
            .slice(1)
            .map(line => line.split(',')[0]);
          expect(csvRefs).toEqual(outsiderEntities.items.map(e => e.entityRef));

          // The initiative's numbers, the remaining checks and the teams.
          const detailOf = async (user: string) =>
            (await getAs(server, user, `${base}?limit=1000`)).body;
          const insider = await detailOf(INSIDER);
          const outsider = await detailOf(OUTSIDER);
          const hiddenDone = hidden.filter(e => e.done).length;
          const numbers = (p: { inScope: number; done: number; remaining: number }) => [
            p.inScope,
            p.done,
            p.remaining,
          ];
          expect(numbers(outsider.progress)).toEqual([
            insider.progress.inScope - hidden.length,
            insider.progress.done - hiddenDone,
            insider.progress.remaining - (hidden.length - hiddenDone),
          ]);
          const listed = (
            await getAs(server, OUTSIDER, `${API}/initiatives`)
          ).body.initiatives.find(
            (s: { initiative: { id: string } }) => s.initiative.id === initiativeId,
          );
          expect(listed.progress).toEqual(outsider.progress);
          // An entity's initiatives (its Readiness tab): none of a hidden one for the outsider.
          const initiativesOf = async (user: string, entityRef: string) =>
            (
              await getAs(server, user, `${API}/initiatives?entityRef=${encodeURIComponent(entityRef)}`)
            ).body.initiatives.map((s: { initiative: { id: string } }) => s.initiative.id);
          expect(await initiativesOf(INSIDER, hidden[0].entityRef)).toContain(initiativeId);
          expect(await initiativesOf(OUTSIDER, hidden[0].entityRef)).toEqual([]);
          const hiddenChecks = new Map<string, number>();
          hidden.flatMap(e => e.remainingChecks).forEach(c =>
            hiddenChecks.set(c, (hiddenChecks.get(c) ?? 0) + 1),
          );
          const counts = (checks: Counted[]) =>
            Object.fromEntries(checks.map(c => [c.checkId, c.entityCount]));
          const expectedCounts = Object.fromEntries(
            (insider.remainingChecks as Counted[])
              .map(c => [c.checkId, c.entityCount - (hiddenChecks.get(c.checkId) ?? 0)] as const)
              .filter(([, n]) => n > 0),
          );
          expect(counts(outsider.remainingChecks)).toEqual(expectedCounts);
          // Every hidden entity is ml-team's: its team is gone, the others are the same.
          const hiddenTeam = insider.teams.find(
            (t: { owner?: string }) => t.owner === HIDDEN_OWNER,
          );
          expect(hiddenTeam).toMatchObject({ inScope: hidden.length, done: hiddenDone });
          expect(outsider.teams).toEqual(
            insider.teams.filter((t: { owner?: string }) => t.owner !== HIDDEN_OWNER),
          );
          expect(outsider.teamCount).toBe(insider.teamCount - 1);

          // The burn-up: recorded for the allowed user, replayed for the
          // outsider; on each recompute day, the outsider's point is the
          // allowed user's minus the hidden entities' as of that day's end,
          // from their own history as the allowed user gets it.
          const insiderHistory = (await getAs(server, INSIDER, `${base}/history`)).body;
          const outsiderHistory = (await getAs(server, OUTSIDER, `${base}/history`)).body;
          expect([insiderHistory.source, outsiderHistory.source]).toEqual(['recorded', 'replayed']);
          expect(insiderHistory.points.map((p: { date: string }) => p.date)).toEqual(
            recomputeDays.map(d => d.toISOString().slice(0, 10)),
          );
          expect(outsiderHistory.points.map((p: { date: string }) => p.date)).toEqual(
            insiderHistory.points.map((p: { date: string }) => p.date),
          );
          const tiers = compileRubric(defaultRubric).tiers.map(t => t.id);
          const target = initiative.target as { tier?: string; checks?: string[] };
          const isDone = (point: HistoryPoint & { failingChecks: string[] }) =>
            target.tier
              ? tiers.indexOf(point.tier ?? '') >= tiers.indexOf(target.tier)
              : !target.checks!.some(c => point.failingChecks.includes(c));
          const histories = new Map<string, Array<HistoryPoint & { failingChecks: string[] }>>();
          for (const { entityRef } of hidden) {
            const [kind, rest] = entityRef.split(':');
            const [namespace, name] = rest.split('/');
            histories.set(
              entityRef,
              (await getAs(server, INSIDER, `${API}/scorecards/${namespace}/${kind}/${name}/history`))
                .body.points,
            );
          }
          insiderHistory.points.forEach(
            (point: { date: string; inScope: number; done: number }, i: number) => {
              const dayEnd = new Date(`${point.date}T00:00:00Z`).getTime() + 86_400_000;
              const asOf = hidden
                .map(e => histories.get(e.entityRef)!.filter(p => new Date(p.recordedAt).getTime() < dayEnd).at(-1))
                .filter((p): p is HistoryPoint & { failingChecks: string[] } => !!p);
              expect({ date: point.date, inScope: outsiderHistory.points[i].inScope, done: outsiderHistory.points[i].done }).toEqual({
                date: point.date,
                inScope: point.inScope - asOf.length,
                done: point.done - asOf.filter(isDone).length,
              });
            },
          );
        },
      );

      it("summarises exactly the allowed user's entities minus the hidden ones, and suggests no hidden value", async () => {
        const summaryOf = async (user: string) =>
          (await getAs(server, user, `${API}/summary`)).body.summary;
        const insider = await summaryOf(INSIDER);
        const outsider = await summaryOf(OUTSIDER);
        expect(outsider.entities).toBe(insider.entities - hiddenStoredRefs.length);
        expect(
          outsider.declaredProductionBelowTop.entityRefs.filter((ref: string) =>
            hiddenRefs.has(ref),
          ),
        ).toEqual([]);
        const values = async (user: string) =>
          (await getAs(server, user, `${API}/filter-values`)).body;
        expect((await values(INSIDER)).owner).toContain(HIDDEN_OWNER);
        const outsiderValues = await values(OUTSIDER);
        expect(outsiderValues.owner).not.toContain(HIDDEN_OWNER);
        expect(Object.keys(outsiderValues.ownerTitles)).not.toContain(HIDDEN_OWNER);
        expect(Object.keys(outsiderValues.ownerTitles).every((ref: string) => outsiderValues.owner.includes(ref))).toBe(true);
        expect(outsiderValues.type.length).toBeGreaterThan(0);
        // The kinds suggested are exactly those of the results the caller may read.
        const listed = (await getAs(server, OUTSIDER, `${API}/scorecards?limit=1000`)).body;
        expect(outsiderValues.kind).toEqual(
          [...new Set(listed.items.map((item: { kind: string }) => item.kind))].sort(),
        );
      });

      it('counts overdue decisions, claims above the tier and what expires in rollups exactly as the attention lists the caller gets', async () => {
        for (const user of [INSIDER, OUTSIDER]) {
          const rollup = (
            await getAs(server, user, `${API}/rollup?groupBy=owner&limit=1000`)
          ).body;
          const counts = (
            await getAs(server, user, `${API}/attention?list=overdue-decisions`)
          ).body.counts;
          expect({ user, total: rollup.total }).toMatchObject({
            user,
            total: {
              overdueDecisions: counts['overdue-decisions'],
              oldPilotsWithoutDecision: counts['old-pilots'],
              claimedAboveEarned: counts['claimed-above-earned'],
              expiringSoon: counts.expiring,
            },
          });
        }
      });

      it.each(GROUP_BYS)(
        "gets rollups by %s whose every count is the allowed user's minus the hidden entities' (from the fixture)",
        async groupBy => {
          const hiddenFilter = `owner=${encodeURIComponent(HIDDEN_OWNER)}`;
          const ownerChain = ownerChainsOf(fixture);
          const topTier = compileRubric(defaultRubric).tiers.at(-1)!.id;
          const insiderItems = new Map<string, ListItem>(
            (
              await getAs(server, INSIDER, `${API}/scorecards?limit=1000`)
            ).body.items.map((item: ListItem) => [item.entityRef, item]),
          );
          const hiddenStatesWhere = (keep: (entity: Entity) => boolean) =>
            hiddenStates(
              hiddenEntities.filter(
                e => hiddenStoredRefs.includes(refOf(e)) && keep(e),
              ),
              fixture,
              insiderItems,
            );
          const filters: Array<[string, (entity: Entity) => boolean]> = [
            ['', () => true],
            [
              '&lifecycle=experimental',
              e => e.spec?.lifecycle === 'experimental',
            ],
            ['&tag=ml', e => (e.metadata.tags ?? []).includes('ml')],
            ['&type=service', e => e.spec?.type === 'service'],
          ];
          for (const [filter, keep] of filters) {
            const url = `${API}/rollup?groupBy=${groupBy}${filter}`;
            const insider = (await getAs(server, INSIDER, url)).body;
            const outsider = (await getAs(server, OUTSIDER, url)).body;
            const hidden = rollupOf(hiddenStatesWhere(keep), {
              groupBy: groupBy as RollupGroupBy,
              ownerChain,
              topTier,
              stuckBefore: new Date(Date.now() - 90 * 86_400_000),
            });
            expect(insider.total.entityCount).toBeGreaterThan(0);
            expectGroupsDifference(
              `rollup ${groupBy}${filter}`,
              outsider,
              insider,
              hidden,
            );
            const hiddenFromOutsider = (
              await getAs(server, OUTSIDER, `${url}&${hiddenFilter}`)
            ).body;
            expect(hiddenFromOutsider.total.entityCount).toBe(0);
            expect(hiddenFromOutsider.groups).toEqual([]);
          }
          expect(hiddenStatesWhere(() => true).length).toBe(
            hiddenStoredRefs.length,
          );

          // History: each hidden entity as of the end of each day, from its
          // own history as the allowed user gets it.
          const historyUrl = `${API}/rollup/history?groupBy=${groupBy}&days=7`;
          const insider = (await getAs(server, INSIDER, historyUrl)).body;
          const outsider = (await getAs(server, OUTSIDER, historyUrl)).body;
          const histories = new Map<string, HistoryPoint[]>();
          for (const ref of hiddenStoredRefs) {
            const [kind, rest] = ref.split(':');
            const [namespace, name] = rest.split('/');
            histories.set(
              ref,
              (
                await getAs(
                  server,
                  INSIDER,
                  `${API}/scorecards/${namespace}/${kind}/${name}/history`,
                )
              ).body.points,
            );
          }
          expect(outsider.points).toHaveLength(7);
          // The recomputes of the last four days fill four points, on both sides.
          const filled = (points: Array<{ total: Group }>) =>
            points.filter(p => p.total.entityCount > 0).length;
          expect([filled(insider.points), filled(outsider.points)]).toEqual([
            4, 4,
          ]);
          outsider.points.forEach(
            (
              point: { date: string; total: Group; groups: Group[] },
              i: number,
            ) => {
              const dayEnd =
                new Date(`${point.date}T00:00:00Z`).getTime() + 86_400_000;
              const states = hiddenEntities
                .filter(e => hiddenStoredRefs.includes(refOf(e)))
                .flatMap((entity): EntityState[] => {
                  const asOf = histories
                    .get(refOf(entity))!
                    .filter(p => new Date(p.recordedAt).getTime() < dayEnd)
                    .at(-1);
                  return asOf
                    ? [
                        {
                          ...groupingOf(entity, fixture),
                          entityRef: refOf(entity),
                          tier: asOf.tier,
                          score: asOf.score,
                          blockerCount: asOf.blockerCount,
                          tierSince: new Date(0).toISOString(),
                        },
                      ]
                    : [];
                });
              const hidden = rollupOf(states, {
                groupBy: groupBy as RollupGroupBy,
                ownerChain,
                topTier,
              });
              expectGroupsDifference(
                `history ${groupBy} ${point.date}`,
                point,
                insider.points[i],
                hidden,
                ['entityCount'],
              );
            },
          );
        },
      );
    });

    describe('parameters', () => {
      it.each(parameterCases.map(c => [c.label, c] as const))(
        '%s is a 400 naming the parameter',
        async (_label, { route, parameter, values }) => {
          const url = urlWithBadValue(route, parameter, values);
          const response = await call(
            server,
            route,
            url,
            mockCredentials.user.header(INSIDER),
          );
          expect({ url: url.slice(0, 200), status: response.status }).toEqual({
            url: url.slice(0, 200),
            status: 400,
          });
          expect(response.body.error.name).toBe('InputError');
          const place = parameter.in === 'path' ? 'params' : 'query';
          expect(response.body.error.message).toMatch(
            new RegExp(`${place}/${parameter.name}\\b|'${parameter.name}'`),
          );
        },
      );

      it.each(routes.map(r => [r.operationId, r] as const))(
        '%s refuses an unknown query parameter, naming it',
        async (_label, route) => {
          const url = urlOf(route);
          const response = await call(
            server,
            route,
            `${url}${url.includes('?') ? '&' : '?'}limt=10`,
            mockCredentials.user.header(INSIDER),
          );
          expect(response.status).toBe(400);
          expect(response.body.error.message).toBe(
            "Unknown query parameter 'limt'",
          );
        },
      );

      it.each(
        routes.flatMap(route =>
          route.parameters
            .filter(p => p.in === 'query' && p.required)
            .map(
              p =>
                [`${route.operationId} without ${p.name}`, route, p] as const,
            ),
        ),
      )('%s is a 400 naming it', async (_label, route, parameter) => {
        const response = await call(
          server,
          route,
          urlOf(route).split('?')[0],
          mockCredentials.user.header(INSIDER),
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(`'${parameter.name}'`);
      });
    });

    describe('size limits', () => {
      const refresh = () =>
        request(server)
          .post(`${API}/refresh`)
          .set('Authorization', mockCredentials.user.header(INSIDER))
          .set('Content-Type', 'application/json');

      it('refuses a JSON body over 100 kB without reading it all, and keeps serving', async () => {
        for (const size of [200_000, 5_000_000]) {
          const response = await refresh().send(
            JSON.stringify({ pad: 'x'.repeat(size) }),
          );
          expect({
            size,
            status: response.status,
            message: response.body.error?.message,
          }).toEqual({
            size,
            status: 400,
            message: 'request entity too large',
          });
        }
        const health = await request(server).get(`${API}/health`);
        expect(health.status).toBe(200);
      });

      it('refuses a URL over the 16 kB header limit', async () => {
        const response = await getAs(
          server,
          INSIDER,
          `${API}/scorecards?kind=${'a'.repeat(40_000)}`,
        );
        expect(response.status).toBe(431);
      });

      it(`refuses to export more than ${MAX_EXPORT_ROWS} rows, naming the filters that narrow it`, async () => {
        const listed = async (user: string, query = '') =>
          (await getAs(server, user, `${API}/scorecards?limit=1${query}`)).body
            .total as number;
        const before = {
          insider: await listed(INSIDER),
          outsider: await listed(OUTSIDER),
        };
        const bulk = Array.from(
          { length: MAX_EXPORT_ROWS + 1 - before.insider },
          (_, i) => bulkRecord(`component:default/bulk-${i}`),
        );
        // This test's store is a second instance on the server's database,
        // like another replica: its writes reach the server within a second.
        const settled = async (user: string, expected: number) => {
          const deadline = Date.now() + 3000;
          let total = await listed(user);
          while (total !== expected && Date.now() < deadline) {
            await new Promise(r => setTimeout(r, 100));
            total = await listed(user);
          }
          return total;
        };
        await store.upsertResults(bulk, new Date());
        try {
          expect(await settled(INSIDER, MAX_EXPORT_ROWS + 1)).toBe(
            MAX_EXPORT_ROWS + 1,
          );
          const tooBig = await getAs(server, INSIDER, `${API}/export.csv`);
          expect(tooBig.status).toBe(400);
          expect(tooBig.body.error.message).toBe(
            `The export would hold ${
              MAX_EXPORT_ROWS + 1
            } rows, more than ${MAX_EXPORT_ROWS}: narrow it with filters (kind, type, lifecycle, tag, owner, system, domain, tier)`,
          );
          // A filter brings it under the limit.
          const narrowed = await getAs(
            server,
            INSIDER,
            `${API}/export.csv?lifecycle=production&type=website`,
          );
          expect(narrowed.status).toBe(200);
          // The bulk rows name no catalog entity: the outsider cannot read them.
          expect(await listed(OUTSIDER)).toBe(before.outsider);
          const outsiderCsv = await getAs(
            server,
            OUTSIDER,
            `${API}/export.csv`,
          );
          expect(outsiderCsv.status).toBe(200);
          expect(outsiderCsv.text.trimEnd().split('\r\n')).toHaveLength(
            before.outsider + 1,
          );
        } finally {
          await store.deleteEntities(bulk.map(r => r.entityRef));
        }
        expect(await settled(INSIDER, before.insider)).toBe(before.insider);
      });
    });
  },
);

/** A stored result for an entity the catalog does not have. */
function bulkRecord(entityRef: string): EntityScoreRecord {
  return {
    entityRef,
    kind: 'component',
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/acme',
    fingerprint: entityRef,
    scorecard: {
      entityRef,
      evaluatedAt: new Date().toISOString(),
      tier: null,
      nextTier: 'pilot',
      blockers: [],
      score: 0,
      categories: [],
      checks: [],
      decision: { state: 'undecided', message: 'no decision' },
      inScope: true,
    },
  };
}
