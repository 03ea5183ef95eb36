/*
 * The check of the leak tests: what a restricted caller gets is what the
 * allowed caller gets minus the hidden entities' share, group by group.
 */

export type RollupGroup = {
  key: string;
  entityCount: number;
  tiers: Record<string, number>;
  meanScore: number;
  openBlockers?: number;
  stuckBelowTop?: number;
};
const ADDITIVE = ['entityCount', 'openBlockers', 'stuckBelowTop'] as const;

/**
 * The outsider's group must be the allowed user's group minus the hidden
 * entities' group: every count exactly, the mean score within rounding.
 */
function expectDifference(
  where: string,
  outsider: RollupGroup | undefined,
  insider: RollupGroup | undefined,
  hidden: RollupGroup | undefined,
  fields: readonly string[] = ADDITIVE,
) {
  const value = (g: RollupGroup | undefined, field: string) =>
    (g as Record<string, unknown> | undefined)?.[field] as number | undefined;
  for (const field of fields) {
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
  const n = (g?: RollupGroup) => g?.entityCount ?? 0;
  const sum = (g?: RollupGroup) => (g?.meanScore ?? 0) * n(g);
  const expectedSum = sum(insider) - sum(hidden);
  const rounding = 0.05 * (n(insider) + n(hidden) + n(outsider)) + 1e-9;
  expect({
    where,
    meanScoreOff: Math.abs(sum(outsider) - expectedSum) <= rounding,
  }).toEqual({ where, meanScoreOff: true });
}

export function expectGroupsDifference(
  where: string,
  outsider: { total: RollupGroup; groups: RollupGroup[] },
  insider: { total: RollupGroup; groups: RollupGroup[] },
  hidden: { total: RollupGroup; groups: RollupGroup[] },
  fields: readonly string[] = ADDITIVE,
) {
  expectDifference(
    `${where} total`,
    outsider.total,
    insider.total,
    hidden.total,
    fields,
  );
  const byKey = (groups: RollupGroup[]) => new Map(groups.map(g => [g.key, g]));
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
    expectDifference(
      `${where} ${key}`,
      o.get(key),
      i.get(key),
      h.get(key),
      fields,
    );
  }
}
