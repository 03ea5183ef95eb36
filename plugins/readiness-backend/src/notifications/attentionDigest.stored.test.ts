/*
 * The attention digest over results the recompute stored for the example
 * organisation (real catalog backend, the hiding permission policy), on
 * SQLite and PostgreSQL, with the clock injected. Expected digests are
 * computed from the example files and the rubric's own evaluation of each
 * entity, never from the digest code.
 */
import { mockServices, TestDatabaseId } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  CompiledRubric,
  compileRubric,
  defaultRubric,
  evaluate,
} from '@readiness-scorecards/plugin-readiness-common';
import { DEFAULT_ATTENTION_SETTINGS } from '../attention/attentionConfig';
import { SCORED_KINDS } from '../recompute/ReadinessRecomputer';
import { DatabaseScorecardStore } from '../store';
import { fullRef, ListItem, refOf } from '../__testUtils__/hiddenShare';
import {
  HIDDEN_OWNER,
  isHiddenFromOutsider,
} from '../__testUtils__/hidingPolicy';
import {
  exampleEntities,
  getAs,
  INSIDER,
  SecurityBackend,
  startSecurityBackend,
  waitForCatalog,
} from '../__testUtils__/securityBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { attentionDigestTask } from './attentionDigestTask';
import { DatabaseNotificationLog } from './DatabaseNotificationLog';

jest.setTimeout(300_000);

const { databases, ids } = createTestDatabases();

/** The examples' reference date: their files are read as written. */
const NOW = new Date('2026-11-21T10:00:00Z');
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const EVERY_DAYS = 7;
const TODAY = NOW.toISOString().slice(0, 10);

interface ExpectedDigest {
  overdueDecisions: string[];
  claimedAboveEarned: string[];
  expiring: string[];
}

/** A check holds when it counts towards its tier (as the rubric says). */
const holds = (status: string) => ['pass', 'warn', 'waived'].includes(status);

/**
 * Checks that hold today and no longer at the end of the 30-day window,
 * from two evaluations of the entity as written.
 */
function expiresWithinWindow(compiled: CompiledRubric, entity: Entity): boolean {
  const at = (now: Date) => evaluate(compiled, { entity, related: {}, now });
  const endOfWindow = new Date(
    Date.parse(`${TODAY}T00:00:00Z`) +
      DEFAULT_ATTENTION_SETTINGS.expiringWithinDays * DAY_MS,
  );
  const today = at(NOW).checks;
  const then = new Map(at(endOfWindow).checks.map(c => [c.checkId, c.status]));
  return today.some(
    c => holds(c.status) && !holds(then.get(c.checkId) ?? 'fail'),
  );
}

/** Each owner group's digest as the example files and stored tiers say it should be. */
function expectedDigests(
  stored: Entity[],
  tierOf: (ref: string) => string | null,
): Map<string, ExpectedDigest> {
  const compiled = compileRubric(defaultRubric);
  const byOwner = new Map<string, ExpectedDigest>();
  for (const entity of stored) {
    const ref = refOf(entity);
    const owner = fullRef(String(entity.spec?.owner), 'group');
    const annotations = entity.metadata.annotations ?? {};
    const due = annotations['readiness/decision-due'];
    const lists = byOwner.get(owner) ?? {
      overdueDecisions: [],
      claimedAboveEarned: [],
      expiring: [],
    };
    if (!annotations['readiness/decision'] && due && due < TODAY) {
      lists.overdueDecisions.push(ref);
    }
    // The default claims: lifecycle production claims the production tier.
    if (entity.spec?.lifecycle === 'production' && tierOf(ref) !== 'production') {
      lists.claimedAboveEarned.push(ref);
    }
    if (expiresWithinWindow(compiled, entity)) lists.expiring.push(ref);
    byOwner.set(owner, lists);
  }
  for (const [owner, lists] of byOwner) {
    const size = Object.values(lists).reduce((n, refs) => n + refs.length, 0);
    if (size === 0) byOwner.delete(owner);
  }
  return byOwner;
}

const recipientOf = (n: NotificationSendOptions) =>
  (n.recipients as { type: 'entity'; entityRef: string }).entityRef;

const listsOf = (n: NotificationSendOptions): ExpectedDigest => {
  const metadata = n.payload.metadata as unknown as ExpectedDigest;
  return {
    overdueDecisions: [...metadata.overdueDecisions].sort(),
    claimedAboveEarned: [...metadata.claimedAboveEarned].sort(),
    expiring: [...metadata.expiring].sort(),
  };
};

describe.each(ids)('attention digest on %s', (id: TestDatabaseId) => {
  let backend: SecurityBackend;
  let fixture: Entity[];
  let stored: Entity[];
  /** Each stored entity's tier, as the allowed user reads it. */
  let storedTiers: Map<string, string | null>;
  let sent: NotificationSendOptions[];
  let runDigest: (at: Date) => Promise<{ due: boolean; sent: number }>;

  beforeAll(async () => {
    backend = await startSecurityBackend(databases, id, [], NOW);
    await waitForCatalog(backend.server, 20);
    const database = { getClient: async () => backend.readinessDatabase };
    const store = await DatabaseScorecardStore.create({
      database,
      rubric: () => compileRubric(defaultRubric),
      skipMigrations: true,
    });
    await backend.recomputeAsOf(store, NOW);
    // The server sees another store's writes within its version TTL (1 s).
    await new Promise(r => setTimeout(r, 1500));
    storedTiers = new Map<string, string | null>(
      (
        await getAs(backend.server, INSIDER, '/api/readiness/scorecards?limit=1000')
      ).body.items.map((item: ListItem) => [item.entityRef, item.tier]),
    );
    fixture = exampleEntities(backend.examplesDir);
    stored = fixture.filter(
      e => SCORED_KINDS.includes(e.kind) && storedTiers.has(refOf(e)),
    );

    sent = [];
    const log = await DatabaseNotificationLog.create({ database });
    // Each run a new task, as after a restart: only the log remembers.
    runDigest = at =>
      attentionDigestTask({
        store,
        notifications: { send: async n => void sent.push(n) },
        log,
        everyDays: EVERY_DAYS,
        settings: DEFAULT_ATTENTION_SETTINGS,
        tiers: () => ['pilot', 'beta', 'production'],
        logger: mockServices.logger.mock(),
        clock: () => at,
      })();
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('stores a result for every scored entity of the example files', () => {
    expect(stored.length).toBeGreaterThanOrEqual(20);
    expect(stored.map(refOf).sort()).toEqual([...storedTiers.keys()].sort());
  });

  it("sends each owner group exactly its own overdue decisions, claims above the tier earned and expiries, and a group with nothing nothing", async () => {
    const expected = expectedDigests(stored, ref => storedTiers.get(ref) ?? null);
    // The example organisation has items in each list, and groups with none.
    const all = [...expected.values()];
    expect(all.some(d => d.overdueDecisions.length > 0)).toBe(true);
    expect(all.some(d => d.claimedAboveEarned.length > 0)).toBe(true);
    expect(all.some(d => d.expiring.length > 0)).toBe(true);
    const groups = fixture.filter(e => e.kind === 'Group').map(refOf);
    const groupsWithNothing = groups.filter(g => !expected.has(g));
    expect(groupsWithNothing.length).toBeGreaterThan(0);

    expect(await runDigest(NOW)).toMatchObject({ due: true, sent: expected.size });
    expect(sent.map(recipientOf).sort()).toEqual([...expected.keys()].sort());
    for (const digest of sent) {
      const owner = recipientOf(digest);
      const lists = expected.get(owner)!;
      expect({ owner, lists: listsOf(digest) }).toEqual({
        owner,
        lists: {
          overdueDecisions: [...lists.overdueDecisions].sort(),
          claimedAboveEarned: [...lists.claimedAboveEarned].sort(),
          expiring: [...lists.expiring].sort(),
        },
      });
    }
    for (const group of groupsWithNothing) {
      expect(sent.map(recipientOf)).not.toContain(group);
    }
  });

  it('never tells another group of an entity the policy hides from its members', () => {
    const hidden = stored.filter(isHiddenFromOutsider);
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    // The hidden team hears of its own entities: the check below is not empty.
    const own = sent.find(d => recipientOf(d) === HIDDEN_OWNER);
    expect(own && hidden.some(e => JSON.stringify(own).includes(refOf(e)))).toBe(true);
    // The outsider's department (ml-team's parent), and every other group,
    // of none of them.
    const others = sent.filter(d => recipientOf(d) !== HIDDEN_OWNER);
    expect(others.length).toBeGreaterThan(0);
    for (const digest of others) {
      const text = JSON.stringify(digest).toLocaleLowerCase('en-US');
      const named = hidden.filter(
        e =>
          text.includes(refOf(e)) ||
          new RegExp(`[\\s:,]${e.metadata.name}[\\s,.(]`).test(text),
      );
      expect({ to: recipientOf(digest), named: named.map(refOf) }).toEqual({
        to: recipientOf(digest),
        named: [],
      });
    }
  });

  it(`sends the next digest ${EVERY_DAYS} days later, whatever the restarts in between`, async () => {
    const first = sent.length;
    for (const at of [
      new Date(NOW.getTime() + HOUR_MS),
      new Date(NOW.getTime() + 3 * DAY_MS),
      new Date(NOW.getTime() + EVERY_DAYS * DAY_MS - HOUR_MS),
    ]) {
      expect({ at, run: await runDigest(at) }).toEqual({
        at,
        run: { due: false, sent: 0, failed: 0 },
      });
    }
    expect(sent).toHaveLength(first);
    const next = await runDigest(new Date(NOW.getTime() + EVERY_DAYS * DAY_MS));
    expect(next).toMatchObject({ due: true });
    expect(next.sent).toBeGreaterThan(0);
    expect(sent).toHaveLength(first + next.sent);
    expect(
      (await runDigest(new Date(NOW.getTime() + EVERY_DAYS * DAY_MS + HOUR_MS))).due,
    ).toBe(false);
  });
});
