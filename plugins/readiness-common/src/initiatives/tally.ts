import type { InitiativeScope, RemainingCheck } from '../api';
import { InitiativeRow, isInScope, OwnerWithin } from './scope';
import { CompiledTarget, progressAgainst, TargetProgress } from './target';

/** One entity in an initiative's scope, and where it stands. */
export interface EntityProgress<R extends InitiativeRow = InitiativeRow> extends TargetProgress {
  row: R;
}

/** In scope, done, remaining, and the target checks that remain with how many entities fail each. */
export interface ProgressTally {
  inScope: number;
  done: number;
  remaining: number;
  /** Most entities first, then by check id. */
  remainingChecks: RemainingCheck[];
}

/** A team's tally: the entities whose spec.owner is `owner` (none: no owner). */
export type TeamTally = ProgressTally & { owner?: string };

/**
 * The rows in the scope with their progress against the target, in the
 * rows' order. Pure: the caller has dropped the rows the requester may not
 * read, so nothing hidden is counted.
 */
export function progressOfRows<R extends InitiativeRow>(
  rows: readonly R[],
  initiative: { scope: InitiativeScope },
  context: { target: CompiledTarget; tiers: readonly string[]; ownerWithin: OwnerWithin },
): EntityProgress<R>[] {
  const entities: EntityProgress<R>[] = [];
  for (const row of rows) {
    if (!isInScope(row, initiative.scope, context.ownerWithin)) continue;
    entities.push({ row, ...progressAgainst(row, context.target, context.tiers) });
  }
  return entities;
}

export function tallyProgress(entities: readonly EntityProgress[]): ProgressTally {
  const counts = new Map<string, number>();
  let done = 0;
  for (const entity of entities) {
    if (entity.done) done += 1;
    for (const checkId of entity.remainingChecks) {
      counts.set(checkId, (counts.get(checkId) ?? 0) + 1);
    }
  }
  return {
    inScope: entities.length,
    done,
    remaining: entities.length - done,
    remainingChecks: [...counts]
      .map(([checkId, entityCount]) => ({ checkId, entityCount }))
      .sort((a, b) => b.entityCount - a.entityCount || a.checkId.localeCompare(b.checkId)),
  };
}

/** One tally per owner team, most remaining entities first, then by owner ref (no owner last). */
export function tallyByOwner(entities: readonly EntityProgress[]): TeamTally[] {
  const byOwner = new Map<string | undefined, EntityProgress[]>();
  for (const entity of entities) {
    const list = byOwner.get(entity.row.owner);
    if (list) list.push(entity);
    else byOwner.set(entity.row.owner, [entity]);
  }
  return [...byOwner]
    .map(([owner, list]): TeamTally => ({ ...(owner ? { owner } : {}), ...tallyProgress(list) }))
    .sort(
      (a, b) =>
        b.remaining - a.remaining ||
        (a.owner === undefined ? 1 : 0) - (b.owner === undefined ? 1 : 0) ||
        (a.owner ?? '').localeCompare(b.owner ?? ''),
    );
}

/** Entities with work remaining first (most remaining checks first), then done ones, each by ref. */
export function remainingFirst<R extends InitiativeRow>(
  entities: readonly EntityProgress<R>[],
): EntityProgress<R>[] {
  return [...entities].sort(
    (a, b) =>
      Number(a.done) - Number(b.done) ||
      b.remainingChecks.length - a.remainingChecks.length ||
      a.row.entityRef.localeCompare(b.row.entityRef),
  );
}
