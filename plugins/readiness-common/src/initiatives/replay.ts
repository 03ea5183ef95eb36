import type { BurnUpPoint } from './outlook';
import type { InitiativeRow } from './scope';
import { CompiledTarget, progressAgainst } from './target';

const DAY_MS = 86_400_000;

/** One stored result of an entity and when it began. */
export interface RecordedResult {
  entityRef: string;
  recordedAt: Date;
  tier: string | null;
  failingChecks: readonly string[];
}

/**
 * The burn-up as it stood at the end of each day from `fromDay` to `toDay`,
 * replayed from the entities' recorded results (oldest first per entity):
 * an entity counts from its first recorded day, judged by the result in
 * force at the end of the day. `rows` are the entities in scope today, so
 * they keep today's scope throughout. Days before anything is in scope are
 * left out.
 */
export function replayBurnUp(
  rows: readonly Pick<InitiativeRow, 'entityRef'>[],
  history: readonly RecordedResult[],
  options: { target: CompiledTarget; tiers: readonly string[]; fromDay: number; toDay: number },
): BurnUpPoint[] {
  const inScope = new Set(rows.map(r => r.entityRef));
  const byEntity = new Map<string, RecordedResult[]>();
  for (const result of history) {
    if (!inScope.has(result.entityRef)) continue;
    const list = byEntity.get(result.entityRef);
    if (list) list.push(result);
    else byEntity.set(result.entityRef, [result]);
  }
  const lists = [...byEntity.values()];
  const cursors = lists.map(() => -1);
  const doneAt = lists.map(() => false);
  const points: BurnUpPoint[] = [];
  for (let day = options.fromDay; day <= options.toDay; day++) {
    const dayEnd = (day + 1) * DAY_MS;
    let counted = 0;
    let done = 0;
    lists.forEach((list, i) => {
      let cursor = cursors[i];
      const before = cursor;
      while (cursor + 1 < list.length && list[cursor + 1].recordedAt.getTime() < dayEnd) {
        cursor += 1;
      }
      if (cursor !== before) {
        cursors[i] = cursor;
        doneAt[i] = progressAgainst(list[cursor], options.target, options.tiers).done;
      }
      if (cursor >= 0) {
        counted += 1;
        if (doneAt[i]) done += 1;
      }
    });
    if (counted > 0 || points.length > 0) points.push({ day, inScope: counted, done });
  }
  return points;
}
