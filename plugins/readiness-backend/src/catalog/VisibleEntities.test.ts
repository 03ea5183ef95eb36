import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  ALL_VISIBLE,
  BUSY_AFTER_SCORECARDS,
  DECISION_TTL_MS,
  VisibleEntities,
  VisibleSet,
} from './VisibleEntities';

const outsider = mockCredentials.user('user:default/outsider');
const other = mockCredentials.user('user:default/other');

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { owner },
  };
}

/**
 * A catalog that applies the policy's condition as the real one does (here:
 * "not owned by the group the decision names"), a policy the test changes,
 * a store version and a clock the test moves.
 */
function setup(ttlMs = 30_000) {
  let time = 1_000_000;
  let version = 'v1';
  const entities = [
    component('a', 'group:default/team-a'),
    component('b', 'group:default/team-b'),
    component('hidden', 'group:default/ml-team'),
  ];
  let decision: PolicyDecision = conditionalHiding('group:default/ml-team');
  let failNextRead = false;
  const reads: string[] = [];

  const catalog = {
    async *streamEntities(
      request: { filter: { kind: string[] }; fields: string[] },
      options: { credentials: BackstageCredentials },
    ) {
      reads.push(
        (options.credentials.principal as { userEntityRef: string }).userEntityRef,
      );
      if (failNextRead) {
        failNextRead = false;
        throw new Error('catalog unavailable');
      }
      expect(request.filter.kind).toEqual(['Component']);
      const current = decision;
      const hiddenOwner =
        current.result === AuthorizeResult.CONDITIONAL
          ? (
              current.conditions as unknown as {
                not: { params: { claims: string[] } };
              }
            ).not.params.claims[0]
          : undefined;
      yield entities
        .filter(e => e.spec?.owner !== hiddenOwner)
        .map(e => ({
          kind: e.kind,
          metadata: { name: e.metadata.name, namespace: e.metadata.namespace },
        }));
    },
  } as unknown as CatalogService;
  let decisionsAsked = 0;
  const permissions = {
    authorizeConditional: async () => {
      decisionsAsked += 1;
      return [decision];
    },
  } as unknown as PermissionsService;

  const visibility = new VisibleEntities({
    catalog,
    permissions,
    kinds: ['Component'],
    storeVersion: async () => version,
    ttlMs,
    now: () => time,
  });
  return {
    visibility,
    reads,
    entities,
    advance(ms: number) {
      time += ms;
    },
    /** A policy change: shows once the decisions asked before it are past their time. */
    setDecision(next: PolicyDecision) {
      decision = next;
      time += DECISION_TTL_MS;
    },
    decisionsAsked: () => decisionsAsked,
    setVersion(next: string) {
      version = next;
    },
    failNextRead() {
      failNextRead = true;
    },
  };
}

function conditionalHiding(owner: string): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      not: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: [owner] },
      },
    },
  };
}

async function refsOf(visibility: VisibleEntities, who = outsider) {
  const visible = await visibility.of(who);
  if (visible === ALL_VISIBLE) return visible;
  return [...visible.refs].sort();
}

/** Lets a background read finish. */
const settle = () => new Promise(resolve => setImmediate(resolve));

describe('VisibleEntities', () => {
  it('needs no catalog read when the policy allows or denies every read outright', async () => {
    const { visibility, reads, setDecision } = setup();
    setDecision({ result: AuthorizeResult.ALLOW });
    expect(await visibility.of(outsider)).toBe(ALL_VISIBLE);
    setDecision({ result: AuthorizeResult.DENY });
    expect(await refsOf(visibility)).toEqual([]);
    expect(reads).toEqual([]);
  });

  it('reads a restricted caller’s set once, with their credentials, and serves it to their next requests', async () => {
    const { visibility, reads } = setup();
    const [first, second] = await Promise.all([
      refsOf(visibility),
      refsOf(visibility),
    ]);
    expect(first).toEqual(['component:default/a', 'component:default/b']);
    expect(second).toEqual(first);
    await refsOf(visibility);
    expect(reads).toEqual(['user:default/outsider']);
    // Another principal: a read of their own.
    await refsOf(visibility, other);
    expect(reads).toEqual(['user:default/outsider', 'user:default/other']);
  });

  it('shows a catalog change within the time bound, and at once after a recompute', async () => {
    const { visibility, entities, advance, setVersion } = setup();
    await refsOf(visibility);
    // The hidden entity's owner changes in the catalog: still hidden for
    // just under the bound, visible from the bound on.
    entities[2].spec!.owner = 'group:default/team-a';
    advance(29_999);
    expect(await refsOf(visibility)).not.toContain('component:default/hidden');
    advance(1);
    expect(await refsOf(visibility)).toContain('component:default/hidden');

    // A visible entity moves to the hidden owner; a recompute stores new
    // results: the next request reads the set again.
    entities[0].spec!.owner = 'group:default/ml-team';
    setVersion('v2');
    expect(await refsOf(visibility)).not.toContain('component:default/a');
  });

  it('asks the policy once per caller within its time bound, and again after it', async () => {
    const { visibility, decisionsAsked, advance, setDecision } = setup();
    await Promise.all([refsOf(visibility), refsOf(visibility), visibility.atHand(outsider)]);
    await refsOf(visibility, other);
    expect(decisionsAsked()).toBe(2);
    // A policy change within the bound is not seen yet...
    setDecision({ result: AuthorizeResult.DENY });
    advance(-1);
    expect(await refsOf(visibility)).toHaveLength(2);
    // ...and is from the bound on.
    advance(1);
    expect(await refsOf(visibility)).toEqual([]);
    expect(decisionsAsked()).toBe(3);
  });

  it('reads a set again as soon as a changed decision is asked', async () => {
    const { visibility, reads, setDecision } = setup();
    expect(await refsOf(visibility)).not.toContain('component:default/hidden');
    setDecision(conditionalHiding('group:default/team-b'));
    expect(await refsOf(visibility)).toEqual([
      'component:default/a',
      'component:default/hidden',
    ]);
    setDecision({ result: AuthorizeResult.DENY });
    expect(await refsOf(visibility)).toEqual([]);
    expect(reads).toHaveLength(2);
  });

  it('reads a busy caller’s set again in the background before its time is up', async () => {
    const { visibility, reads, entities, advance } = setup();
    await refsOf(visibility);
    entities[2].spec!.owner = 'group:default/team-a';
    advance(20_000);
    // Served at once from the set being replaced, which is within its bound...
    expect(await refsOf(visibility)).not.toContain('component:default/hidden');
    expect(reads).toHaveLength(2);
    await settle();
    // ...and the next request gets the new one, which starts its own time.
    expect(await refsOf(visibility)).toContain('component:default/hidden');
    advance(29_999);
    await refsOf(visibility);
    expect(reads).toHaveLength(3);
  });

  it('names a set by its refs: the same entities, the same key', async () => {
    const { visibility, setDecision, advance } = setup();
    const first = (await visibility.of(outsider)) as VisibleSet;
    advance(30_000);
    const again = (await visibility.of(outsider)) as VisibleSet;
    setDecision(conditionalHiding('group:default/team-b'));
    const changed = (await visibility.of(outsider)) as VisibleSet;
    expect(again.key).toBe(first.key);
    expect(changed.key).not.toBe(first.key);
  });

  it('reads the catalog on every call with a time bound of 0', async () => {
    const { visibility, reads, entities } = setup(0);
    await refsOf(visibility);
    entities[2].spec!.owner = 'group:default/team-a';
    expect(await refsOf(visibility)).toContain('component:default/hidden');
    expect(reads).toHaveLength(2);
  });

  it('gives a live scorecard the set only when a finished read is at hand, and reads it for a caller who keeps asking', async () => {
    const { visibility, reads, setDecision } = setup();
    for (let i = 1; i < BUSY_AFTER_SCORECARDS; i++) {
      expect(await visibility.atHand(outsider)).toBeUndefined();
    }
    expect(reads).toEqual([]);
    // The next one starts a read in the background and does not wait for it.
    expect(await visibility.atHand(outsider)).toBeUndefined();
    expect(reads).toHaveLength(1);
    await settle();
    const atHand = (await visibility.atHand(outsider)) as VisibleSet;
    expect([...atHand.refs].sort()).toEqual(['component:default/a', 'component:default/b']);
    expect(reads).toHaveLength(1);
    // Definitive decisions need no set.
    setDecision({ result: AuthorizeResult.ALLOW });
    expect(await visibility.atHand(outsider)).toBe(ALL_VISIBLE);
  });

  it('gives a live scorecard a set an organisation-wide view read', async () => {
    const { visibility, reads } = setup();
    await refsOf(visibility);
    expect(await visibility.atHand(outsider)).toMatchObject({ key: expect.any(String) });
    expect(reads).toHaveLength(1);
  });

  it('keeps no failed read', async () => {
    const { visibility, reads, failNextRead } = setup();
    failNextRead();
    await expect(visibility.of(outsider)).rejects.toThrow('catalog unavailable');
    expect(await refsOf(visibility)).toHaveLength(2);
    expect(reads).toHaveLength(2);
  });
});

