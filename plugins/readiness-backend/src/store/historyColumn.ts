/*
 * An entity's superseded results, kept in its state row's `history` column
 * as compact JSON: oldest first, each entry
 * [recordedAtEpochMs, tier, score, blockerCount, layoutId, checks].
 * A row per entry cost more in tuple header, ids and indexes than the entry
 * itself. Keep in step with migrations/20261223000000_history_in_state.js.
 */
import { CustomErrorBase } from '@backstage/errors';

/** A superseded result: what it was, from when it began until replaced. */
export interface HistoryEntry {
  /** When the result began, in epoch milliseconds. */
  recordedAt: number;
  tier: string | null;
  score: number;
  blockerCount: number;
  /** readiness_check_layouts.id */
  layout: number | null;
  /** One status character per check of the layout (see compactResult). */
  checks: string | null;
}

type EncodedEntry = [
  number,
  string | null,
  number,
  number,
  number | null,
  string | null,
];

/** A history column that cannot be read; names the entity it belongs to. */
export class MalformedHistoryError extends CustomErrorBase {}

/** The column value of these entries: NULL when there are none. */
export function encodeHistory(entries: HistoryEntry[]): string | null {
  if (entries.length === 0) return null;
  return JSON.stringify(
    entries.map(
      (e): EncodedEntry => [
        e.recordedAt,
        e.tier,
        e.score,
        e.blockerCount,
        e.layout,
        e.checks,
      ],
    ),
  );
}

/**
 * The entries of an entity's history column, oldest first.
 *
 * @throws MalformedHistoryError naming the entity when the value is not a
 *   history this module wrote.
 */
export function decodeHistory(
  entityRef: string,
  value: string | null | undefined,
): HistoryEntry[] {
  if (value === null || value === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new MalformedHistoryError(
      `The stored history of ${entityRef} is not valid JSON`,
      error,
    );
  }
  if (!Array.isArray(parsed)) {
    throw new MalformedHistoryError(
      `The stored history of ${entityRef} is not an array of entries`,
    );
  }
  return parsed.map((item, index) => {
    if (!isEncodedEntry(item)) {
      throw new MalformedHistoryError(
        `Entry ${index} of the stored history of ${entityRef} is not [recordedAtEpochMs, tier, score, blockerCount, layoutId, checks]: ${JSON.stringify(
          item,
        )?.slice(0, 200)}`,
      );
    }
    const [recordedAt, tier, score, blockerCount, layout, checks] = item;
    return { recordedAt, tier, score, blockerCount, layout, checks };
  });
}

/**
 * The history with `entry` (the result just replaced) appended. A history
 * that cannot be read starts over from `entry`: its entries are lost to
 * every reader already, and refusing to append would fail every recompute of
 * the entity.
 */
export function appendHistory(
  entityRef: string,
  value: string | null | undefined,
  entry: HistoryEntry,
): string {
  let earlier: HistoryEntry[];
  try {
    earlier = decodeHistory(entityRef, value);
  } catch {
    earlier = [];
  }
  return encodeHistory([...earlier, entry])!;
}

/**
 * The history without the entries that began before `cutoff`, and how many
 * went. `history` is undefined when nothing went (the row needs no write).
 *
 * @throws MalformedHistoryError as decodeHistory.
 */
export function pruneHistoryValue(
  entityRef: string,
  value: string | null | undefined,
  cutoff: Date,
): { removed: number; history?: string | null } {
  const entries = decodeHistory(entityRef, value);
  const kept = entries.filter(e => e.recordedAt >= cutoff.getTime());
  const removed = entries.length - kept.length;
  return removed === 0
    ? { removed }
    : { removed, history: encodeHistory(kept) };
}

function isEncodedEntry(item: unknown): item is EncodedEntry {
  if (!Array.isArray(item) || item.length !== 6) return false;
  const [recordedAt, tier, score, blockerCount, layout, checks] = item;
  return (
    Number.isFinite(recordedAt) &&
    (tier === null || typeof tier === 'string') &&
    Number.isFinite(score) &&
    Number.isInteger(blockerCount) &&
    (layout === null || Number.isInteger(layout)) &&
    (checks === null || typeof checks === 'string')
  );
}
