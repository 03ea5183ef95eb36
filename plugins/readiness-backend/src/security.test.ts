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
import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import { Server } from 'node:http';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import {
  compileRubric,
  defaultRubric,
} from '@readiness-scorecards/plugin-readiness-common';
import { MAX_EXPORT_ROWS } from './service/router';
import { SCORED_KINDS } from './recompute/ReadinessRecomputer';
import { DatabaseScorecardStore, EntityScoreRecord } from './store';
import { HIDDEN_OWNER } from './__testUtils__/hidingPolicy';
import {
  catalogEntitiesAs,
  getAs,
  INSIDER,
  OUTSIDER,
  recomputeAndWait,
  SecurityBackend,
  startSecurityBackend,
  waitForCatalog,
} from './__testUtils__/securityBackend';
import { findSqlBuiltFromStrings, sourceFiles } from './__testUtils__/sqlScan';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(600_000);

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

const GROUP_BYS = routes
  .find(r => r.operationId === 'GetRollup')!
  .parameters.find(p => p.name === 'groupBy')!.schema.enum!;

/** A URL for the route with good values for its path and required parameters. */
function urlOf(route: Route, params: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    namespace: 'default',
    kind: 'component',
    name: 'payments-api',
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

type Group = {
  key: string;
  entityCount: number;
  tiers: Record<string, number>;
  meanScore: number;
  openBlockers?: number;
  stuckBelowTop?: number;
};
const ADDITIVE = [
  'entityCount',
  'openBlockers',
  'stuckBelowTop',
  'overdueDecisions',
  'oldPilotsWithoutDecision',
  'claimedAboveEarned',
  'expiringSoon',
] as const;

const ATTENTION_LISTS = routes
  .find(r => r.operationId === 'ListAttention')!
  .parameters.find(p => p.name === 'list')!.schema.enum!;

/**
 * The outsider's group must be the allowed user's group minus the hidden
 * entities' group: every count exactly, the mean score within rounding.
 */
function expectDifference(
  where: string,
  outsider: Group | undefined,
  insider: Group | undefined,
  hidden: Group | undefined,
) {
  const value = (g: Group | undefined, field: string) =>
    (g as Record<string, unknown> | undefined)?.[field] as number | undefined;
  for (const field of ADDITIVE) {
    if (value(insider, field) === undefined) continue;
    expect({ where, field, count: value(outsider, field) ?? 0 }).toEqual({
      where,
      field,
      count: (value(insider, field) ?? 0) - (value(hidden, field) ?? 0),
    });
  }
  const tiers = new Set([
    ...Object.keys(insider?.tiers ?? {}),
    ...Object.keys(outsider?.tiers ?? {}),
  ]);
  for (const tier of tiers) {
    expect({ where, tier, count: outsider?.tiers[tier] ?? 0 }).toEqual({
      where,
      tier,
      count: (insider?.tiers[tier] ?? 0) - (hidden?.tiers[tier] ?? 0),
    });
  }
  const n = (g?: Group) => g?.entityCount ?? 0;
  const sum = (g?: Group) => (g?.meanScore ?? 0) * n(g);
  const expectedSum = sum(insider) - sum(hidden);
  const rounding = 0.05 * (n(insider) + n(hidden) + n(outsider)) + 1e-9;
  expect({
    where,
    meanScoreOff: Math.abs(sum(outsider) - expectedSum) <= rounding,
  }).toEqual({ where, meanScoreOff: true });
}

function expectGroupsDifference(
  where: string,
  outsider: { total: Group; groups: Group[] },
  insider: { total: Group; groups: Group[] },
  hidden: { total: Group; groups: Group[] },
) {
  expectDifference(
    `${where} total`,
    outsider.total,
    insider.total,
    hidden.total,
  );
  const byKey = (groups: Group[]) => new Map(groups.map(g => [g.key, g]));
  const [o, i, h] = [
    byKey(outsider.groups),
    byKey(insider.groups),
    byKey(hidden.groups),
  ];
  for (const key of new Set([...o.keys(), ...i.keys()])) {
    expect({ where, key, known: i.has(key) }).toEqual({
      where,
      key,
      known: true,
    });
    expectDifference(`${where} ${key}`, o.get(key), i.get(key), h.get(key));
  }
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
    /** What the catalog hides from the outsider (refs), and all of it as entities. */
    let hiddenRefs: Set<string>;
    let hiddenEntities: Entity[];
    /** What the outsider may read in the catalog, as text, relations left out. */
    let outsiderReadable: string;

    beforeAll(async () => {
      backend = await startSecurityBackend(databases, id);
      server = backend.server;
      await waitForCatalog(server, 20);
      const insiderEntities = await catalogEntitiesAs(server, INSIDER);
      const outsiderEntities = await catalogEntitiesAs(server, OUTSIDER);
      const outsiderRefs = new Set(
        outsiderEntities.map(e => stringifyEntityRef(e)),
      );
      hiddenEntities = insiderEntities.filter(
        e => !outsiderRefs.has(stringifyEntityRef(e)),
      );
      hiddenRefs = new Set(hiddenEntities.map(e => stringifyEntityRef(e)));
      outsiderReadable = JSON.stringify(
        outsiderEntities.map(({ relations: _relations, ...rest }) => rest),
      ).toLocaleLowerCase('en-US');
      store = await DatabaseScorecardStore.create({
        database: { getClient: async () => backend.readinessDatabase },
        rubric: () => compileRubric(defaultRubric),
        skipMigrations: true,
      });
      const scored = insiderEntities.filter(e =>
        SCORED_KINDS.map(k => k.toLocaleLowerCase('en-US')).includes(
          e.kind.toLocaleLowerCase('en-US'),
        ),
      );
      await recomputeAndWait(
        server,
        store,
        scored.filter(e => e.kind === 'Component').length,
      );
    });

    afterAll(async () => {
      await backend?.stop();
    });

    const hiddenScored = () =>
      hiddenEntities.filter(e => SCORED_KINDS.includes(e.kind));

    it('hides from the outsider exactly what ml-team owns, scored entities included', () => {
      expect(hiddenScored().length).toBeGreaterThanOrEqual(3);
      for (const entity of hiddenEntities) {
        expect({
          ref: stringifyEntityRef(entity),
          ownedBy: entity.relations?.some(
            r => r.type === 'ownedBy' && r.targetRef === HIDDEN_OWNER,
          ),
        }).toEqual({ ref: stringifyEntityRef(entity), ownedBy: true });
      }
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
            metadata.namespace
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
            calls.push(['ListAttention', `/attention?list=${list}&limit=500&${filter}`, 'get']);
          }
          // Rollups filter on everything but system and domain.
          if (!filter.startsWith('system=')) {
            calls.push(['GetRollup', `/rollup?groupBy=owner&${filter}`, 'get']);
          }
        }
        for (const list of ATTENTION_LISTS) {
          calls.push(['ListAttention', `/attention?list=${list}&limit=500`, 'get']);
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
        // A hidden entity may only be named where a visible entity names it
        // (a visible service's spec.system or spec.dependsOn, which the
        // outsider reads in the catalog anyway); all others must not appear,
        // neither by ref nor by name.
        const unnamed = [...hiddenRefs].filter(
          ref => !outsiderReadable.includes(ref.split('/')[1]),
        );
        // In the example catalog, three hidden services and a resource.
        expect(
          unnamed.filter(ref => ref.startsWith('component:')).length,
        ).toBeGreaterThanOrEqual(3);
        const tokens = unnamed.flatMap(ref => [ref, ref.split('/')[1]]);
        const leaks: string[] = [];
        for (const [operationId, texts] of bodies) {
          for (const text of texts) {
            const lower = text.toLocaleLowerCase('en-US');
            for (const token of tokens) {
              const at = new RegExp(
                `(^|[^a-z0-9-])${token.replace(
                  /[.*+?^${}()|[\]\\]/g,
                  '\\$&',
                )}($|[^a-z0-9-])`,
              ).exec(lower);
              if (at)
                leaks.push(`${operationId} ${text.split('\n')[0]}: ${token}`);
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

        // The owner filter on ml-team selects exactly the hidden rows.
        const hiddenOwner = `&owner=${encodeURIComponent(HIDDEN_OWNER)}`;
        const hiddenRows = refsOf(await list(INSIDER, hiddenOwner));
        expect(hiddenRows.length).toBeGreaterThanOrEqual(
          hiddenScored().filter(e => e.kind === 'Component').length,
        );
        const everything = refsOf(await list(INSIDER, ''));
        expect(everything.filter(ref => hiddenRefs.has(ref))).toEqual(
          hiddenRows,
        );

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
        "gets the %s list and every attention count as the allowed user's minus the hidden entities'",
        async list => {
          const hiddenFilter = `owner=${encodeURIComponent(HIDDEN_OWNER)}`;
          const refsOf = (body: { items: { entityRef: string }[] }) =>
            body.items.map(i => i.entityRef).sort();
          let listedAnything = false;
          for (const filter of ['', '&lifecycle=experimental', '&tag=ml', '&type=service']) {
            const url = `${API}/attention?list=${list}&limit=500${filter}`;
            const insider = (await getAs(server, INSIDER, url)).body;
            const outsider = (await getAs(server, OUTSIDER, url)).body;
            const hidden = (await getAs(server, INSIDER, `${url}&${hiddenFilter}`)).body;
            listedAnything ||= insider.total > 0;
            expect({ filter, refs: refsOf(outsider) }).toEqual({
              filter,
              refs: refsOf(insider).filter(ref => !refsOf(hidden).includes(ref)),
            });
            expect({ filter, total: outsider.total }).toEqual({
              filter,
              total: insider.total - hidden.total,
            });
            for (const other of ATTENTION_LISTS) {
              expect({ filter, other, count: outsider.counts[other] }).toEqual({
                filter,
                other,
                count: insider.counts[other] - hidden.counts[other],
              });
            }
            const hiddenFromOutsider = (await getAs(server, OUTSIDER, `${url}&${hiddenFilter}`)).body;
            expect(hiddenFromOutsider.items).toEqual([]);
            expect(Object.values(hiddenFromOutsider.counts)).toEqual([0, 0, 0, 0]);
          }
          // A list the example organisation leaves empty proves nothing here:
          // every list but old-pilots has entries to hide.
          expect({ list, listedAnything }).toEqual({ list, listedAnything: list !== 'old-pilots' });
        },
      );

      it.each(GROUP_BYS)(
        "gets rollups by %s whose every count is the allowed user's minus the hidden entities'",
        async groupBy => {
          const hiddenFilter = `owner=${encodeURIComponent(HIDDEN_OWNER)}`;
          for (const filter of [
            '',
            '&lifecycle=experimental',
            '&tag=ml',
            '&type=service',
          ]) {
            const url = `${API}/rollup?groupBy=${groupBy}${filter}`;
            const insider = (await getAs(server, INSIDER, url)).body;
            const outsider = (await getAs(server, OUTSIDER, url)).body;
            const hidden = (
              await getAs(server, INSIDER, `${url}&${hiddenFilter}`)
            ).body;
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
          const historyUrl = `${API}/rollup/history?groupBy=${groupBy}&days=7`;
          const insider = (await getAs(server, INSIDER, historyUrl)).body;
          const outsider = (await getAs(server, OUTSIDER, historyUrl)).body;
          const hidden = (
            await getAs(server, INSIDER, `${historyUrl}&${hiddenFilter}`)
          ).body;
          expect(outsider.points).toHaveLength(7);
          outsider.points.forEach(
            (
              point: { date: string; total: Group; groups: Group[] },
              i: number,
            ) => {
              expectGroupsDifference(
                `history ${groupBy} ${point.date}`,
                point,
                insider.points[i],
                hidden.points[i],
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
