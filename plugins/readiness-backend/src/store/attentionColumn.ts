import type {
  AttentionFacts,
  ExpiringCheck,
  Severity,
} from '@readiness-scorecards/plugin-readiness-common';

/*
 * The `attention` column: an entity's attention facts in a compact JSON
 * (short keys, defaults left out), since every stored result carries one:
 * the long form cost about 100 bytes a row, a third of the row.
 *
 *   s  decision state, left out when "undecided"     u  decision due date
 *   o  operational owner ref                          n  1: not in the catalog
 *   p  declared pilot start                           t  tier at the window's end
 *   e  expiring checks: [checkId, severity, tier, "w" waiver | "e" evidence, drops on]
 */
interface StoredAttention {
  s?: AttentionFacts['decision']['state'];
  u?: string;
  o?: string;
  n?: 1;
  p?: string;
  t?: string | null;
  e?: Array<[string, Severity, string, 'w' | 'e', string]>;
}

/** The column's text for the facts. */
export function encodeAttention(facts: AttentionFacts): string {
  const stored: StoredAttention = {};
  if (facts.decision.state !== 'undecided') stored.s = facts.decision.state;
  if (facts.decision.due) stored.u = facts.decision.due;
  if (facts.operationalOwner) stored.o = facts.operationalOwner;
  if (facts.operationalOwnerFound === false) stored.n = 1;
  if (facts.pilotStart) stored.p = facts.pilotStart;
  if (facts.tierThen !== undefined) stored.t = facts.tierThen;
  if (facts.expiring.length > 0) {
    stored.e = facts.expiring.map(c => [
      c.checkId,
      c.severity,
      c.checkTier,
      c.kind === 'waiver' ? 'w' : 'e',
      c.dropsOn,
    ]);
  }
  return JSON.stringify(stored);
}

/**
 * The facts of the column's text. Unreadable text reads as none (undefined):
 * the next recompute of the entity writes them again, and a rollup never
 * fails on one row.
 */
export function decodeAttention(text: string | null): AttentionFacts | undefined {
  if (!text) return undefined;
  let stored: StoredAttention;
  try {
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return undefined;
  }
  const expiring: ExpiringCheck[] = (Array.isArray(stored.e) ? stored.e : []).map(
    ([checkId, severity, checkTier, kind, dropsOn]) => ({
      checkId,
      severity,
      checkTier,
      kind: kind === 'w' ? 'waiver' : 'evidence',
      dropsOn,
    }),
  );
  return {
    decision: {
      state: stored.s ?? 'undecided',
      ...(stored.u ? { due: stored.u } : {}),
    },
    ...(stored.o ? { operationalOwner: stored.o } : {}),
    ...(stored.o && stored.n === 1 ? { operationalOwnerFound: false } : {}),
    ...(stored.o && stored.n !== 1 ? { operationalOwnerFound: true } : {}),
    ...(stored.p ? { pilotStart: stored.p } : {}),
    expiring,
    ...(stored.t !== undefined ? { tierThen: stored.t } : {}),
  };
}
