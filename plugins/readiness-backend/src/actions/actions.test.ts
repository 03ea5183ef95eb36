/*
 * The readiness actions through the actions registry's test mock, against
 * the real catalog backend loaded with the example organisation, with the
 * permission policy that hides what ml-team owns (and ml-team, and one of
 * its members) from one user, on SQLite and PostgreSQL. For every action,
 * the outsider gets the allowed user's answer minus the hidden entities,
 * group by group, with the hidden entities taken from the fixture.
 */
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials, TestDatabaseId } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import {
  compileRubric,
  defaultRubric,
  evaluate,
} from '@readiness-scorecards/plugin-readiness-common';
import { Server } from 'node:http';
import { SCORED_KINDS } from '../recompute/ReadinessRecomputer';
import { DatabaseScorecardStore } from '../store';
import {
  HIDDEN_OWNER,
  isHiddenFromOutsider,
  OUTSIDER,
} from '../__testUtils__/hidingPolicy';
import {
  exampleEntities,
  getAs,
  INSIDER,
  SecurityBackend,
  startSecurityBackend,
  TEST_INITIATIVES,
  waitForCatalog,
} from '../__testUtils__/securityBackend';
import fs from 'node:fs';
import path from 'node:path';
import {
  fullRef,
  hiddenStates,
  ListItem,
  ownerChainsOf,
  refOf,
  refsNamedBy,
  rollupOf,
  RollupGroupBy,
} from '../__testUtils__/hiddenShare';
import { expectGroupsDifference } from '../__testUtils__/expectDifference';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(300_000);

const { databases, ids } = createTestDatabases();
const GROUP_BYS: RollupGroupBy[] = [
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
];

type GapOutput = {
  entityRef: string;
  tier: string | null;
  targetTier: string;
  reachesTarget: boolean;
  blocking: Array<{ checkId: string; fixYaml?: string; message?: string }>;
  summary: string;
};
type OwnerGapsOutput = {
  owner: string;
  entityCount: number;
  entitiesWithGaps: number;
  truncated: boolean;
  entities: Array<GapOutput & { owner?: string }>;
};

describe.each(ids)('readiness actions on %s', (id: TestDatabaseId) => {
  const registry = actionsRegistryServiceMock();
  let backend: SecurityBackend;
  let server: Server;
  /** Every entity of the example files, as written. */
  let fixture: Entity[];
  /** The stored entities the policy hides from the outsider, from the fixture. */
  let hidden: Entity[];
  /** The stored entities the outsider may read. */
  let visible: Entity[];
  /** Hidden refs that no visible entity names: they must never show. */
  let unnamedHiddenRefs: string[];
  /** The allowed user's list of stored results, by ref. */
  let insiderItems: Map<string, ListItem>;

  const invoke = async (name: string, input: object, user: string) =>
    (
      await registry.invoke({
        id: `test:${name}`,
        input: input as any,
        credentials: mockCredentials.user(user),
      })
    ).output as any;

  beforeAll(async () => {
    backend = await startSecurityBackend(databases, id, [
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => registry,
      }),
    ]);
    server = backend.server;
    await waitForCatalog(server, 20);
    const store = await DatabaseScorecardStore.create({
      database: { getClient: async () => backend.readinessDatabase },
      rubric: () => compileRubric(defaultRubric),
      skipMigrations: true,
    });
    const now = new Date();
    await backend.recomputeAsOf(store, now);
    // The server sees another store's writes within its version TTL (1 s).
    await new Promise(r => setTimeout(r, 1500));

    fixture = exampleEntities(backend.examplesDir).filter(
      e => e.kind !== 'Location',
    );
    const compiled = compileRubric(defaultRubric);
    const stored = fixture.filter(
      entity =>
        SCORED_KINDS.includes(entity.kind) &&
        evaluate(compiled, { entity, related: {}, now }).inScope !== false,
    );
    hidden = stored.filter(isHiddenFromOutsider);
    visible = stored.filter(e => !isHiddenFromOutsider(e));
    const namedByVisible = new Set(
      fixture.filter(e => !isHiddenFromOutsider(e)).flatMap(refsNamedBy),
    );
    unnamedHiddenRefs = fixture
      .filter(isHiddenFromOutsider)
      .map(refOf)
      .filter(ref => !namedByVisible.has(ref));
    insiderItems = new Map(
      (
        await getAs(server, INSIDER, '/api/readiness/scorecards?limit=1000')
      ).body.items.map((item: ListItem) => [item.entityRef, item]),
    );
  });

  afterAll(async () => {
    await backend?.stop();
  });

  /** Names no hidden entity that a visible one does not name already. */
  const expectNoHiddenRef = (where: string, output: unknown) => {
    const text = JSON.stringify(output).toLocaleLowerCase('en-US');
    expect({
      where,
      named: unnamedHiddenRefs.filter(ref => text.includes(ref)),
    }).toEqual({ where, named: [] });
  };

  it('stores results for hidden and visible entities alike', () => {
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    expect(visible.length).toBeGreaterThanOrEqual(10);
    expect([...insiderItems.keys()].sort()).toEqual(
      [...hidden, ...visible].map(refOf).sort(),
    );
  });

  it('registers the six actions, read-only', async () => {
    const { actions } = await registry.list();
    const names = [
      'get-initiative-progress',
      'get-rollup',
      'get-scorecard',
      'list-attention',
      'list-initiatives',
      'list-owner-gaps',
    ];
    const ours = actions.filter(a => names.includes(a.name));
    expect(ours.map(a => a.name).sort()).toEqual(names);
    for (const action of ours) {
      expect(action.attributes).toEqual({
        readOnly: true,
        idempotent: true,
        destructive: false,
      });
      expect(action.schema.input).toMatchObject({ type: 'object' });
    }
  });

  describe('get-scorecard', () => {
    it('says what blocks a service from production, with the YAML that closes each gap', async () => {
      const ready = (await invoke(
        'get-scorecard',
        {
          entityRef: 'component:default/payments-api',
          targetTier: 'production',
        },
        INSIDER,
      )) as GapOutput;
      expect(ready).toMatchObject({
        entityRef: 'component:default/payments-api',
        tier: 'production',
        targetTier: 'production',
        reachesTarget: true,
        blocking: [],
      });

      const pilot = (await invoke(
        'get-scorecard',
        { entityRef: 'fraud-model-v3', targetTier: 'production' },
        INSIDER,
      )) as GapOutput;
      expect(pilot.tier).toBe('pilot');
      expect(pilot.reachesTarget).toBe(false);
      expect(pilot.blocking.length).toBeGreaterThan(0);
      for (const gap of pilot.blocking) {
        expect(gap.message).toEqual(expect.any(String));
      }
      expect(
        pilot.blocking.some(
          g => g.fixYaml?.includes('metadata:') || g.fixYaml?.includes('spec:'),
        ),
      ).toBe(true);
      expect(pilot.summary).toContain('fraud-model-v3 is at pilot');
    });

    it('answers for every entity the caller may not read exactly as for a missing one', async () => {
      const missing = invoke(
        'get-scorecard',
        { entityRef: 'component:default/does-not-exist' },
        OUTSIDER,
      );
      await expect(missing).rejects.toThrow(
        /No entity component:default\/does-not-exist found/,
      );
      for (const ref of hidden.map(refOf)) {
        await expect(
          invoke('get-scorecard', { entityRef: ref }, OUTSIDER),
        ).rejects.toMatchObject({
          name: 'NotFoundError',
          message: `No entity ${ref} found in the catalog`,
        });
        await expect(
          invoke('get-scorecard', { entityRef: ref }, INSIDER),
        ).resolves.toMatchObject({ entityRef: ref });
      }
    });

    it('answers the outsider for every visible entity as it answers the allowed user', async () => {
      for (const ref of visible.map(refOf)) {
        const input = { entityRef: ref, targetTier: 'production' };
        const outsider = await invoke('get-scorecard', input, OUTSIDER);
        expect(outsider).toEqual(await invoke('get-scorecard', input, INSIDER));
        expectNoHiddenRef(`get-scorecard ${ref}`, outsider);
      }
    });

    it('rejects a tier the rubric does not have', async () => {
      await expect(
        invoke(
          'get-scorecard',
          { entityRef: 'payments-api', targetTier: 'platinum' },
          INSIDER,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('pilot, beta, production'),
      });
    });
  });

  describe('list-owner-gaps', () => {
    it('lists the gaps of a department including its teams, least ready first', async () => {
      const gaps = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/data-and-ai', limit: 100 },
        INSIDER,
      )) as OwnerGapsOutput;
      expect(gaps.entityCount).toBeGreaterThanOrEqual(hidden.length);
      expect(gaps.entities.length).toBe(gaps.entitiesWithGaps);
      expect(gaps.entities.some(e => e.owner === HIDDEN_OWNER)).toBe(true);
      const rank = (tier: string | null) =>
        ['none', 'pilot', 'beta', 'production'].indexOf(tier ?? 'none');
      const ranks = gaps.entities.map(e => rank(e.tier));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const entity of gaps.entities) {
        expect(
          entity.blocking.length + (entity as any).advisory.length,
        ).toBeGreaterThan(0);
        // Stored results carry no messages: they were computed with the plugin's credentials.
        expect(entity.blocking.every(g => g.message === undefined)).toBe(true);
      }

      const direct = (await invoke(
        'list-owner-gaps',
        { owner: 'group:default/data-and-ai', includeSubTeams: false },
        INSIDER,
      )) as OwnerGapsOutput;
      expect(
        direct.entities.every(e => e.owner === 'group:default/data-and-ai'),
      ).toBe(true);

      const limited = (await invoke(
        'list-owner-gaps',
        { owner: 'data-and-ai', limit: 1 },
        INSIDER,
      )) as OwnerGapsOutput;
      expect(limited.entities).toHaveLength(1);
      expect(limited.truncated).toBe(gaps.entitiesWithGaps > 1);
    });

    it('counts and lists, for every owner group, what the allowed user gets minus the hidden entities', async () => {
      const ownerChain = ownerChainsOf(fixture);
      // Every group that owns a stored entity, and every group above one.
      const owners = [
        ...new Set(
          hiddenStates([...hidden, ...visible], fixture, insiderItems).flatMap(
            state => (state.owner ? ownerChain(state.owner) : []),
          ),
        ),
      ].sort();
      expect(owners).toContain(HIDDEN_OWNER);
      expect(owners).toContain('group:default/acme');
      for (const owner of owners) {
        const input = { owner, limit: 100 };
        const insider = (await invoke(
          'list-owner-gaps',
          input,
          INSIDER,
        )) as OwnerGapsOutput;
        const outsider = (await invoke(
          'list-owner-gaps',
          input,
          OUTSIDER,
        )) as OwnerGapsOutput;
        const hiddenHere = hiddenStates(hidden, fixture, insiderItems)
          .filter(
            state => state.owner && ownerChain(state.owner).includes(owner),
          )
          .map(state => state.entityRef);
        expect([insider.truncated, outsider.truncated]).toEqual([false, false]);
        expect({ owner, entityCount: outsider.entityCount }).toEqual({
          owner,
          entityCount: insider.entityCount - hiddenHere.length,
        });
        expect({
          owner,
          refs: outsider.entities.map(e => e.entityRef).sort(),
        }).toEqual({
          owner,
          refs: insider.entities
            .map(e => e.entityRef)
            .filter(ref => !hiddenHere.includes(ref))
            .sort(),
        });
        expectNoHiddenRef(`list-owner-gaps ${owner}`, outsider);
      }
    });
  });

  describe('list-attention', () => {
    it('answers which pilots are overdue in my organisation, with who acts, as the caller may see them', async () => {
      const insider = await invoke('list-attention', { owner: ['group:default/acme'] }, INSIDER);
      expect(insider.list).toBe('overdue-decisions');
      expect(insider.items.map((i: { entityRef: string; daysOverdue: number }) => [i.entityRef, i.daysOverdue])).toEqual([
        ['component:default/chargeback-labels-etl', 205],
        ['component:default/dispute-assistant-agent', 174],
        ['component:default/fraud-model-v3', 144],
      ]);
      expect(insider.items[0]).toMatchObject({
        whoActs: 'group:default/data-platform-team',
        whoActsNote: expect.stringContaining('marcus-webb'),
        tierSinceSource: 'declared',
      });
      expect(insider.counts['claimed-above-earned']).toBe(7);
      const outsider = await invoke('list-attention', { owner: ['group:default/acme'] }, OUTSIDER);
      expect(outsider.items.map((i: { entityRef: string }) => i.entityRef)).toEqual([
        'component:default/chargeback-labels-etl',
      ]);
      expect(JSON.stringify(outsider)).not.toContain('ml-team');
      const claimed = await invoke('list-attention', { list: 'claimed-above-earned', limit: 2 }, INSIDER);
      expect(claimed).toMatchObject({ total: 7 });
      expect(claimed.items).toHaveLength(2);
    });
  });

  describe('list-attention without owner: the caller\'s organisation', () => {
    const today = () => new Date().toISOString().slice(0, 10);
    /** Undecided past its due date, from the entity as written (dates moved to today). */
    const isOverdue = (entity: Entity) => {
      const annotations = entity.metadata.annotations ?? {};
      const due = annotations['readiness/decision-due'];
      return !annotations['readiness/decision'] && !!due && due < today();
    };
    /** The groups a user's entity names in spec.memberOf. */
    const groupsOf = (user: string) =>
      fixture
        .filter(e => e.kind === 'User' && refOf(e) === user)
        .flatMap(e => ((e.spec?.memberOf as string[]) ?? []).map(g => fullRef(g, 'group')))
        .sort();
    /** Overdue entities owned by the user's groups or groups below them. */
    const overdueFor = (user: string, { seesHidden }: { seesHidden: boolean }) => {
      const groups = groupsOf(user);
      const chain = ownerChainsOf(fixture);
      return [...hidden, ...visible]
        .filter(e => seesHidden || !isHiddenFromOutsider(e))
        .filter(isOverdue)
        .filter(e => chain(fullRef(String(e.spec?.owner), 'group')).some(g => groups.includes(g)))
        .map(refOf)
        .sort();
    };
    const refsOf = (output: { items: Array<{ entityRef: string }> }) => output.items.map(i => i.entityRef).sort();
    const ML_MEMBER = 'user:default/ravi-shankar';
    const DATA_PLATFORM_MEMBER = 'user:default/ingrid-solberg';

    it("gives a team member their team's overdue pilots and not another team's", async () => {
      const ml = overdueFor(ML_MEMBER, { seesHidden: true });
      const dataPlatform = overdueFor(DATA_PLATFORM_MEMBER, { seesHidden: true });
      expect(ml.length).toBeGreaterThan(0);
      expect(dataPlatform.length).toBeGreaterThan(0);
      expect(ml.filter(ref => dataPlatform.includes(ref))).toEqual([]);
      const mlOutput = await invoke('list-attention', {}, ML_MEMBER);
      expect(mlOutput.owner).toEqual([HIDDEN_OWNER]);
      expect(refsOf(mlOutput)).toEqual(ml);
      const dataPlatformOutput = await invoke('list-attention', {}, DATA_PLATFORM_MEMBER);
      expect(dataPlatformOutput.owner).toEqual(['group:default/data-platform-team']);
      expect(refsOf(dataPlatformOutput)).toEqual(dataPlatform);
      // A member of the whole organisation gets every team's.
      const everyone = await invoke('list-attention', { limit: 200 }, INSIDER);
      expect(everyone.owner).toEqual(groupsOf(INSIDER));
      expect(refsOf(everyone)).toEqual(overdueFor(INSIDER, { seesHidden: true }));
      expect(refsOf(everyone)).toEqual(expect.arrayContaining([...ml, ...dataPlatform]));
    });

    it("answers a department member for the department and its teams, without what the policy hides from them", async () => {
      const output = await invoke('list-attention', { limit: 200 }, OUTSIDER);
      expect(output.owner).toEqual(groupsOf(OUTSIDER));
      expect(refsOf(output)).toEqual(overdueFor(OUTSIDER, { seesHidden: false }));
      // The department's teams have hidden overdue pilots: they are left out.
      const withHidden = overdueFor(OUTSIDER, { seesHidden: true });
      expect(withHidden.length).toBeGreaterThan(refsOf(output).length);
      const hiddenRefs = hidden.map(refOf);
      for (const list of ['overdue-decisions', 'old-pilots', 'claimed-above-earned', 'expiring']) {
        const listed = await invoke('list-attention', { list, limit: 200 }, OUTSIDER);
        expect({ list, hidden: refsOf(listed).filter(ref => hiddenRefs.includes(ref)) }).toEqual({
          list,
          hidden: [],
        });
        expectNoHiddenRef(`list-attention ${list} without owner`, listed);
      }
    });

    it('asks a caller with no groups, or no user at all, to pass owner', async () => {
      const loner = 'user:default/no-team-yet';
      fs.appendFileSync(
        path.join(backend.examplesDir, 'org.yaml'),
        `\n---\napiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: no-team-yet\nspec:\n  memberOf: []\n`,
      );
      let ingested = false;
      for (let i = 0; i < 120 && !ingested; i++) {
        await new Promise(r => setTimeout(r, 500));
        ingested =
          (await getAs(server, INSIDER, '/api/catalog/entities/by-name/user/default/no-team-yet')).status === 200;
      }
      expect(ingested).toBe(true);
      // In the catalog without a group; signed in but unknown to the catalog.
      for (const user of [loner, 'user:default/marcus-webb']) {
        await expect(invoke('list-attention', {}, user)).rejects.toMatchObject({
          name: 'InputError',
          message: expect.stringMatching(new RegExp(`^${user} is a member of no group.*pass owner`)),
        });
      }
      const asService = registry.invoke({
        id: 'test:list-attention',
        input: {} as any,
        credentials: mockCredentials.service('plugin:some-assistant'),
      });
      await expect(asService).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('not a signed-in user'),
      });
      await expect(asService).rejects.toThrow(/pass owner/);
      // Told whose organisation, they get an answer.
      const told = await invoke('list-attention', { owner: ['group:default/data-platform-team'] }, loner);
      expect(refsOf(told)).toEqual(overdueFor(DATA_PLATFORM_MEMBER, { seesHidden: true }));
    });
  });

  describe('list-initiatives and get-initiative-progress', () => {
    type ListedInitiative = { id: string; state: string; inScope: number; done: number; remaining: number };
    /** The stored hidden entities in an initiative's scope, from the fixture. */
    const hiddenIn = (initiativeId: string) => {
      const kind = (TEST_INITIATIVES.find(i => i.id === initiativeId)!.scope as { kind?: string }).kind;
      // Every hidden entity is ml-team's, below data-and-ai.
      return hidden.filter(e => !kind || e.kind === kind);
    };

    it('lists the initiatives with progress counting only what the caller may read', async () => {
      const insider = await invoke('list-initiatives', {}, INSIDER);
      const outsider = await invoke('list-initiatives', {}, OUTSIDER);
      expect(insider.initiatives.map((i: ListedInitiative) => i.id)).toEqual(TEST_INITIATIVES.map(i => i.id));
      expect(insider.initiatives[0]).toMatchObject({
        title: 'Every component reaches beta',
        target: { tier: 'beta' },
        scope: { kind: ['Component'] },
        owningGroup: 'group:default/platform-team',
      });
      insider.initiatives.forEach((initiative: ListedInitiative, i: number) => {
        const hiddenHere = hiddenIn(initiative.id);
        expect(hiddenHere.length).toBeGreaterThan(0);
        expect({ id: initiative.id, inScope: outsider.initiatives[i].inScope }).toEqual({
          id: initiative.id,
          inScope: initiative.inScope - hiddenHere.length,
        });
        expect(initiative.done + initiative.remaining).toBe(initiative.inScope);
      });
      expectNoHiddenRef('list-initiatives', outsider);
      const state = insider.initiatives[0].state;
      const filtered = await invoke('list-initiatives', { state: [state] }, INSIDER);
      expect(filtered.initiatives.length).toBeGreaterThan(0);
      expect(filtered.initiatives.every((i: ListedInitiative) => i.state === state)).toBe(true);
    });

    it("gives a team's share with its sub-teams, and the entities it must still fix, as the caller may see them", async () => {
      const input = { initiative: 'data-and-ai-on-call', team: 'data-and-ai', limit: 200 };
      const insider = await invoke('get-initiative-progress', input, INSIDER);
      const outsider = await invoke('get-initiative-progress', input, OUTSIDER);
      expect(insider).toMatchObject({
        initiative: { id: 'data-and-ai-on-call', target: { checks: ['on-call', 'runbook'] } },
        team: 'group:default/data-and-ai',
        truncated: false,
      });
      const hiddenHere = hiddenIn('data-and-ai-on-call').map(refOf);
      expect(outsider.inScope).toBe(insider.inScope - hiddenHere.length);
      expect(outsider.entities.map((e: { entityRef: string }) => e.entityRef)).toEqual(
        insider.entities
          .map((e: { entityRef: string }) => e.entityRef)
          .filter((ref: string) => !hiddenHere.includes(ref)),
      );
      for (const entity of insider.entities) {
        expect(entity.remainingChecks.length).toBeGreaterThan(0);
        expect(entity.remainingChecks.every((c: string) => ['on-call', 'runbook'].includes(c))).toBe(true);
      }
      const counted = (output: { remainingChecks: Array<{ entityCount: number }> }) =>
        output.remainingChecks.reduce((sum, c) => sum + c.entityCount, 0);
      expect(counted(insider)).toBe(
        insider.entities.reduce((sum: number, e: { remainingChecks: string[] }) => sum + e.remainingChecks.length, 0),
      );
      expectNoHiddenRef('get-initiative-progress', outsider);

      // The hidden team itself: nothing for the outsider.
      const hiddenTeam = await invoke('get-initiative-progress', { ...input, team: HIDDEN_OWNER }, OUTSIDER);
      expect([hiddenTeam.inScope, hiddenTeam.entities]).toEqual([0, []]);
      expect((await invoke('get-initiative-progress', { ...input, team: HIDDEN_OWNER }, INSIDER)).inScope).toBe(
        hiddenHere.length,
      );
      await expect(
        invoke('get-initiative-progress', { ...input, initiative: 'no-such-initiative' }, INSIDER),
      ).rejects.toMatchObject({ name: 'NotFoundError' });
    });
  });

  describe('get-rollup', () => {
    it.each(GROUP_BYS)(
      "rolls up by %s counting only what the caller may read: every group the allowed user's minus the hidden entities'",
      async groupBy => {
        const input = { groupBy, limit: 500 };
        const insider = await invoke('get-rollup', input, INSIDER);
        const outsider = await invoke('get-rollup', input, OUTSIDER);
        expect(insider.tiers).toEqual(['pilot', 'beta', 'production']);
        expect([insider.truncated, outsider.truncated]).toEqual([false, false]);
        const expectedHidden = rollupOf(
          hiddenStates(hidden, fixture, insiderItems),
          {
            groupBy,
            ownerChain: ownerChainsOf(fixture),
            topTier: 'production',
            stuckBefore: new Date(
              Date.now() - insider.stuckAfterDays * 86_400_000,
            ),
          },
        );
        expect(expectedHidden.total.entityCount).toBe(hidden.length);
        expectGroupsDifference(
          `get-rollup ${groupBy}`,
          outsider,
          insider,
          expectedHidden,
        );
        expectNoHiddenRef(`get-rollup ${groupBy}`, outsider);
      },
    );

    it('narrows and truncates', async () => {
      const insider = await invoke(
        'get-rollup',
        { groupBy: 'owner', limit: 500 },
        INSIDER,
      );
      expect(
        insider.groups.find((g: { key: string }) => g.key === HIDDEN_OWNER),
      ).toBeDefined();
      const production = await invoke(
        'get-rollup',
        { groupBy: 'system', lifecycle: ['production'], limit: 1 },
        INSIDER,
      );
      expect(production.groups).toHaveLength(1);
      expect(production.truncated).toBe(true);
      expect(production.total.entityCount).toBeLessThan(
        insider.total.entityCount,
      );
    });
  });
});
