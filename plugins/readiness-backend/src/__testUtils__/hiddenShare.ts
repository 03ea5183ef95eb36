/*
 * The share of the hidden entities in a rollup, computed by the test from
 * the fixture (which entities are hidden, the group hierarchy) and from each
 * hidden entity's own scorecard as the allowed user gets it (tier, score,
 * blockers), never from the rollup under test.
 */
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

export type RollupGroupBy =
  | 'owner'
  | 'system'
  | 'domain'
  | 'lifecycle'
  | 'type';

/** One entity's result, as the allowed user's list or history gives it. */
export interface EntityState {
  entityRef: string;
  owner?: string;
  system?: string;
  domain?: string;
  lifecycle?: string;
  type?: string;
  tier: string | null;
  score: number;
  blockerCount?: number;
  tierSince?: string;
}

export interface ExpectedGroup {
  key: string;
  entityCount: number;
  tiers: Record<string, number>;
  meanScore: number;
  openBlockers?: number;
  stuckBelowTop?: number;
}

const NO_VALUE = '(none)';

/** An entity ref as the catalog writes it (lower case, full). */
export function fullRef(
  value: string,
  defaultKind: string,
  defaultNamespace = 'default',
): string {
  return stringifyEntityRef(
    parseEntityRef(value, { defaultKind, defaultNamespace }),
  ).toLocaleLowerCase('en-US');
}

/** Each group's ref with every group above it, from the fixture's spec.parent. */
export function ownerChainsOf(fixture: Entity[]): (owner: string) => string[] {
  const parentOf = new Map<string, string>();
  for (const entity of fixture) {
    if (entity.kind !== 'Group' || typeof entity.spec?.parent !== 'string') {
      continue;
    }
    parentOf.set(
      fullRef(stringifyEntityRef(entity), 'group'),
      fullRef(entity.spec.parent, 'group'),
    );
  }
  return owner => {
    const chain = [owner];
    for (let at = parentOf.get(owner); at && !chain.includes(at); ) {
      chain.push(at);
      at = parentOf.get(at);
    }
    return chain;
  };
}

function keysOf(
  state: EntityState,
  groupBy: RollupGroupBy,
  ownerChain: (owner: string) => string[],
): string[] {
  if (groupBy === 'owner') {
    return state.owner ? ownerChain(state.owner) : [NO_VALUE];
  }
  return [state[groupBy] ?? NO_VALUE];
}

/** The rollup of the given entities alone, as the backend defines its numbers. */
export function rollupOf(
  states: EntityState[],
  options: {
    groupBy: RollupGroupBy;
    ownerChain: (owner: string) => string[];
    topTier: string;
    /** Entities below the top tier since before this instant are stuck. */
    stuckBefore?: Date;
  },
): { total: ExpectedGroup; groups: ExpectedGroup[] } {
  const groups = new Map<string, ExpectedGroup & { scoreSum: number }>();
  const empty = (key: string): ExpectedGroup & { scoreSum: number } => ({
    key,
    entityCount: 0,
    tiers: {},
    meanScore: 0,
    scoreSum: 0,
    ...(options.stuckBefore ? { openBlockers: 0, stuckBelowTop: 0 } : {}),
  });
  const total = empty('(all)');
  for (const state of states) {
    const into = [
      total,
      ...keysOf(state, options.groupBy, options.ownerChain).map(key => {
        if (!groups.has(key)) groups.set(key, empty(key));
        return groups.get(key)!;
      }),
    ];
    for (const group of into) {
      group.entityCount += 1;
      const tier = state.tier ?? 'none';
      group.tiers[tier] = (group.tiers[tier] ?? 0) + 1;
      group.scoreSum += state.score;
      if (options.stuckBefore) {
        group.openBlockers! += state.blockerCount ?? 0;
        const stuck =
          state.tier !== options.topTier &&
          new Date(state.tierSince!).getTime() < options.stuckBefore.getTime();
        group.stuckBelowTop! += stuck ? 1 : 0;
      }
    }
  }
  const finish = ({
    scoreSum,
    ...group
  }: ExpectedGroup & { scoreSum: number }) => ({
    ...group,
    meanScore: group.entityCount ? scoreSum / group.entityCount : 0,
  });
  return { total: finish(total), groups: [...groups.values()].map(finish) };
}

/**
 * The refs an entity names in its spec (system, owner, domain, dependencies,
 * APIs, parent, children, memberOf): a hidden entity named there is one the
 * outsider reads about in the catalog anyway.
 */
export function refsNamedBy(entity: Entity): string[] {
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const fields: Array<[string, string]> = [
    ['system', 'system'],
    ['owner', 'group'],
    ['domain', 'domain'],
    ['dependsOn', 'component'],
    ['dependencyOf', 'component'],
    ['providesApis', 'api'],
    ['consumesApis', 'api'],
    ['subcomponentOf', 'component'],
    ['parent', 'group'],
    ['children', 'group'],
    ['memberOf', 'group'],
  ];
  const namespace = entity.metadata.namespace ?? 'default';
  return fields.flatMap(([field, kind]) => {
    const value = spec[field];
    const values: unknown[] = Array.isArray(value) ? value : [value];
    return values
      .filter((v): v is string => typeof v === 'string')
      .map(v => fullRef(v, kind, namespace));
  });
}

/**
 * The values of an entity that identify it (title, description, profile,
 * links, annotation values), at least 8 characters with a letter: what a
 * leak of the entity would show besides its ref.
 */
export function identifyingValues(entity: Entity): string[] {
  const spec = (entity.spec ?? {}) as {
    profile?: { displayName?: unknown; email?: unknown };
  };
  const values: unknown[] = [
    entity.metadata.title,
    entity.metadata.description,
    spec.profile?.displayName,
    spec.profile?.email,
    ...(entity.metadata.links ?? []).map(link => link.url),
    ...Object.values(entity.metadata.annotations ?? {}),
  ];
  return [
    ...new Set(
      values.filter(
        (v): v is string =>
          typeof v === 'string' && v.length >= 8 && /[a-z]/i.test(v),
      ),
    ),
  ];
}

/** An entity's ref as the catalog writes it, from its YAML. */
export const refOf = (entity: Entity) =>
  stringifyEntityRef({
    kind: entity.kind,
    namespace: entity.metadata.namespace ?? 'default',
    name: entity.metadata.name,
  }).toLocaleLowerCase('en-US');

/** A row of the allowed user's list of scorecards. */
export interface ListItem {
  entityRef: string;
  tier: string | null;
  score: number;
  blockerCount: number;
  tierSince: string;
}

/** How the rollups group an entity, from the fixture. */
export function groupingOf(entity: Entity, fixture: Entity[]) {
  const fields = (entity.spec ?? {}) as Record<string, string | undefined>;
  const system = fields.system ? fullRef(fields.system, 'system') : undefined;
  const domainOfSystem = fixture.find(
    e => e.kind === 'System' && refOf(e) === system,
  )?.spec?.domain as string | undefined;
  return {
    owner: fields.owner ? fullRef(fields.owner, 'group') : undefined,
    system,
    domain: domainOfSystem ? fullRef(domainOfSystem, 'domain') : undefined,
    lifecycle: fields.lifecycle,
    type: fields.type,
  };
}

/**
 * The states of the hidden entities: grouping from the fixture, tier, score
 * and blockers from the allowed user's list.
 */
export function hiddenStates(
  hidden: Entity[],
  fixture: Entity[],
  allowedList: Map<string, ListItem>,
): EntityState[] {
  return hidden.map(entity => {
    const item = allowedList.get(refOf(entity));
    if (!item) {
      throw new Error(`the allowed user's list lacks ${refOf(entity)}`);
    }
    return {
      ...groupingOf(entity, fixture),
      entityRef: refOf(entity),
      tier: item.tier,
      score: item.score,
      blockerCount: item.blockerCount,
      tierSince: item.tierSince,
    };
  });
}
