import type { Entity } from '@backstage/catalog-model';
import type {
  Initiative,
  InitiativeResponse,
} from '@readiness-scorecards/plugin-readiness-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { NOW, runCli } from '../__testUtils__/runCli';

const BACKSTAGE = 'http://backstage.test';
const MULTI = 'multi-doc/catalog-info.yaml';

/** The catalog the fixtures' entities live in: payments-team is a team of commerce. */
const CATALOG: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'commerce', namespace: 'default' },
    spec: { type: 'department', children: ['payments-team'] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', parent: 'commerce', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/priya-raman' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'priya-raman', namespace: 'default' },
    spec: { memberOf: ['payments-team'] },
    relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
  },
];

const INITIATIVES: Initiative[] = [
  {
    id: 'beta-by-march',
    title: 'Every commerce service reaches beta',
    target: { tier: 'beta' },
    // The department: its teams' entities are in scope too.
    scope: { owner: ['group:default/commerce'], kind: ['Component'] },
    startDate: '2026-11-01',
    deadline: '2027-03-31',
  },
  {
    id: 'pci-on-call',
    title: 'PCI services have on-call',
    target: { checks: ['on-call'] },
    scope: { tag: ['pci'] },
    startDate: '2026-11-01',
    deadline: '2026-12-31',
  },
];

function initiativeResponse(initiative: Initiative): InitiativeResponse {
  return {
    initiative,
    progress: {
      inScope: 40,
      done: 12,
      remaining: 28,
      percentDone: 30,
      state: 'at-risk',
      daysLeft: 130,
    },
    remainingChecks: [],
    teamCount: 0,
    offset: 0,
    limit: 1,
    teams: [],
    evaluatedAt: '2026-11-21T08:00:00Z',
    recompute: { stale: false, running: false },
  };
}

const refOf = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${e.metadata.name}`.toLowerCase();

const requests: Array<{ url: string; auth: string | null }> = [];
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

/** The readiness backend with INITIATIVES, and the catalog by-refs endpoint over CATALOG. */
function serveBackstage() {
  server.use(
    http.get(`${BACKSTAGE}/api/readiness/initiatives/:id`, ({ request, params }) => {
      requests.push({ url: request.url, auth: request.headers.get('Authorization') });
      const initiative = INITIATIVES.find(i => i.id === params.id);
      return initiative
        ? HttpResponse.json(initiativeResponse(initiative))
        : HttpResponse.json(
            { error: { name: 'NotFoundError', message: `No initiative ${params.id}` } },
            { status: 404 },
          );
    }),
    http.get(`${BACKSTAGE}/api/readiness/initiatives`, () =>
      HttpResponse.json({
        evaluatedAt: '2026-11-21T08:00:00Z',
        initiatives: INITIATIVES.map(i => ({
          initiative: i,
          progress: initiativeResponse(i).progress,
        })),
        recompute: { stale: false, running: false },
      }),
    ),
    http.post(`${BACKSTAGE}/api/catalog/entities/by-refs`, async ({ request }) => {
      const { entityRefs } = (await request.json()) as { entityRefs: string[] };
      return HttpResponse.json({
        items: entityRefs.map(
          ref => CATALOG.find(e => refOf(e) === ref.toLowerCase()) ?? null,
        ),
      });
    }),
  );
}

const lintInitiative = (id: string, ...extra: string[]) =>
  runCli(
    ['lint', MULTI, '--initiative', id, '--backstage-url', BACKSTAGE, '--now', NOW, ...extra],
    { env: { READINESS_BACKSTAGE_TOKEN: 'secret' } },
  );

describe('readiness lint --initiative', () => {
  it('reports what each entity in scope must still do for the target, with the fixes, work remaining first', async () => {
    serveBackstage();
    const { code, stdout, stderr } = await lintInitiative('beta-by-march');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(requests).toEqual([
      { url: `${BACKSTAGE}/api/readiness/initiatives/beta-by-march?limit=1`, auth: 'Bearer secret' },
    ]);
    expect(stdout).toContain('Initiative beta-by-march: Every commerce service reaches beta');
    expect(stdout).toContain('reach beta by 2027-03-31 (130 days left)');
    expect(stdout).toContain('In the portal: 12 of 40 done, at-risk');
    // loyalty-points (pilot) has work left, payments-api (production) is done; both belong to a team of commerce.
    const loyalty = stdout.indexOf('component:default/loyalty-points');
    const payments = stdout.indexOf('component:default/payments-api');
    expect(loyalty).toBeGreaterThan(-1);
    expect(payments).toBeGreaterThan(loyalty);
    const loyaltyBlock = stdout.slice(loyalty, payments);
    expect(loyaltyBlock).toContain('✗ still to do for beta-by-march · tier pilot');
    expect(loyaltyBlock).toContain('on-call');
    expect(loyaltyBlock).toContain(
      'readiness/on-call: https://oncall.example.com/schedules/loyalty-points',
    );
    // Only the target's checks: nothing of production.
    expect(loyaltyBlock).not.toMatch(/\[production ·/);
    expect(stdout.slice(payments)).toContain('✓ done for beta-by-march');
    expect(stdout).toContain('Skipped 1 entity the rubric does not apply to: System:checkout');
    expect(stdout).toContain('1 of 2 entities in scope of beta-by-march done;');
  });

  it('gives the same in JSON, and exits 0 when everything in scope is done', async () => {
    serveBackstage();
    const beta = await lintInitiative('beta-by-march', '--format', 'json');
    expect(beta.code).toBe(1);
    const report = JSON.parse(beta.stdout);
    expect(report.initiative).toEqual(INITIATIVES[0]);
    expect(report.ok).toBe(false);
    expect(
      report.entities.map((e: { entityRef: string; done: boolean }) => [e.entityRef, e.done]),
    ).toEqual([
      ['component:default/loyalty-points', false],
      ['component:default/payments-api', true],
    ]);
    const remaining = report.entities[0].remaining;
    expect(remaining.map((c: { checkId: string }) => c.checkId)).toContain('on-call');
    expect(remaining.every((c: { tier: string }) => ['pilot', 'beta'].includes(c.tier))).toBe(true);
    expect(remaining.find((c: { checkId: string }) => c.checkId === 'on-call').fix.yaml).toContain(
      'readiness/on-call',
    );

    // Scoped by tag: loyalty-points carries no pci tag.
    const pci = await lintInitiative('pci-on-call', '--format', 'json');
    expect(pci.code).toBe(0);
    const pciReport = JSON.parse(pci.stdout);
    expect(pciReport.entities.map((e: { entityRef: string }) => e.entityRef)).toEqual([
      'component:default/payments-api',
    ]);
    expect(pciReport.outOfScope.map((e: { entityRef: string }) => e.entityRef)).toEqual([
      'component:default/loyalty-points',
    ]);
  });

  it('names the initiatives the backend has when the id is unknown', async () => {
    serveBackstage();
    const { code, stdout, stderr } = await lintInitiative('beta-by-june');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `--initiative: unknown initiative "beta-by-june"; the readiness backend at ${BACKSTAGE} has beta-by-march, pci-on-call`,
    );
  });

  it('says what is wrong when the backend cannot be reached, has no readiness plugin or refuses the token', async () => {
    server.use(http.get(`${BACKSTAGE}/*`, () => HttpResponse.error()));
    const unreachable = await lintInitiative('beta-by-march');
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain(
      `Cannot reach the readiness backend at ${BACKSTAGE}/api/readiness/initiatives/beta-by-march?limit=1`,
    );

    server.resetHandlers();
    server.use(http.get(`${BACKSTAGE}/*`, () => new HttpResponse('Not Found', { status: 404 })));
    const noPlugin = await lintInitiative('beta-by-march');
    expect(noPlugin.code).toBe(2);
    expect(noPlugin.stderr).toContain(
      `No readiness backend at ${BACKSTAGE}: GET /api/readiness/initiatives answered 404`,
    );

    server.resetHandlers();
    server.use(http.get(`${BACKSTAGE}/*`, () => new HttpResponse('Unauthorized', { status: 401 })));
    const refused = await lintInitiative('beta-by-march');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('answered 401 (set READINESS_BACKSTAGE_TOKEN');
  });

  it('needs --backstage-url, a format it can write and a target the rubric knows', async () => {
    const offline = await runCli(['lint', MULTI, '--initiative', 'beta-by-march']);
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain('--initiative needs --backstage-url');

    const sarif = await lintInitiative('beta-by-march', '--format', 'sarif');
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toContain('--format: sarif is not available with --initiative; use text or json');

    serveBackstage();
    server.use(
      http.get(`${BACKSTAGE}/api/readiness/initiatives/:id`, () =>
        HttpResponse.json(
          initiativeResponse({ ...INITIATIVES[1], target: { checks: ['chaos-drill'] } }),
        ),
      ),
    );
    const unknownCheck = await lintInitiative('pci-on-call');
    expect(unknownCheck.code).toBe(2);
    expect(unknownCheck.stderr).toContain(
      'initiative pci-on-call: its target does not fit the rubric the CLI scores with (check "chaos-drill" is not a check of the rubric); pass --rubric',
    );
  });
});
