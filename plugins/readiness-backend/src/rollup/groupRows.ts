import type { RollupGroup } from '@readiness-scorecards/plugin-readiness-common';

/**
 * Rollup groups in the order they are sent: each top-level row followed by
 * every group below it (grouped by owner), and where each row starts, so a
 * page of rows is one slice.
 */
export interface OrderedRows {
  groups: RollupGroup[];
  /** Index in `groups` of each top-level row, in order. */
  rowStarts: number[];
}

/**
 * Orders groups as rows. As a tree (grouped by owner), a row is a group
 * without a parent among the groups together with its whole subtree, depth
 * first; siblings are ordered by `compare` like the rows. Flat, every group
 * is a row.
 */
export function orderRows(
  groups: readonly RollupGroup[],
  compare: (a: RollupGroup, b: RollupGroup) => number,
  asTree: boolean,
): OrderedRows {
  if (!asTree) {
    const sorted = [...groups].sort(compare);
    return { groups: sorted, rowStarts: sorted.map((_, i) => i) };
  }
  const keys = new Set(groups.map(g => g.key));
  const children = new Map<string, RollupGroup[]>();
  const roots: RollupGroup[] = [];
  for (const group of groups) {
    if (group.parent && group.parent !== group.key && keys.has(group.parent)) {
      const siblings = children.get(group.parent) ?? [];
      siblings.push(group);
      children.set(group.parent, siblings);
    } else {
      roots.push(group);
    }
  }
  const ordered: RollupGroup[] = [];
  const rowStarts: number[] = [];
  const placed = new Set<string>();
  const visit = (group: RollupGroup) => {
    if (placed.has(group.key)) return;
    placed.add(group.key);
    ordered.push(group);
    for (const child of (children.get(group.key) ?? []).sort(compare))
      visit(child);
  };
  const addRows = (candidates: RollupGroup[]) => {
    for (const root of candidates.sort(compare)) {
      if (placed.has(root.key)) continue;
      rowStarts.push(ordered.length);
      visit(root);
    }
  };
  addRows(roots);
  // A parent cycle has no root: its groups still count, each loop as a row.
  addRows(groups.filter(g => !placed.has(g.key)));
  return { groups: ordered, rowStarts };
}

/** The groups of rows offset to offset + limit. */
export function pageOfRows(
  rows: OrderedRows,
  offset: number,
  limit: number,
): RollupGroup[] {
  if (offset >= rows.rowStarts.length) return [];
  const end = rows.rowStarts[offset + limit] ?? rows.groups.length;
  return rows.groups.slice(rows.rowStarts[offset], end);
}
