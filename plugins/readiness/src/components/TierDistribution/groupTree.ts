import type { RollupGroup } from '../../api/types';

/** A rollup group, with its attention counts and its place in the owner tree. */
export type TreeGroup = RollupGroup;

export type GroupSort =
  | 'urgency'
  | 'name'
  | 'entityCount'
  | 'meanScore'
  | 'openBlockers'
  | 'stuckBelowTop'
  | 'overdueDecisions'
  | 'claimedAboveEarned';

export interface TreeRow {
  group: TreeGroup;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

const nameOf = (g: TreeGroup) => (g.title ?? g.key).toLocaleLowerCase('en-US');

/** Largest first for counts, A to Z for names, when no order is asked for. */
export function naturalOrder(sort: GroupSort): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

function comparator(sort: GroupSort, order: 'asc' | 'desc') {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: TreeGroup, b: TreeGroup) => nameOf(a).localeCompare(nameOf(b));
  if (sort === 'urgency') {
    // Overdue decisions, then open blockers; the order asked for flips both.
    return (a: TreeGroup, b: TreeGroup) =>
      sign * ((a.overdueDecisions ?? 0) - (b.overdueDecisions ?? 0)) ||
      sign * (a.openBlockers - b.openBlockers) ||
      byName(a, b);
  }
  if (sort === 'name') return (a: TreeGroup, b: TreeGroup) => sign * byName(a, b);
  return (a: TreeGroup, b: TreeGroup) =>
    sign * (((a[sort] as number | undefined) ?? 0) - ((b[sort] as number | undefined) ?? 0)) ||
    byName(a, b);
}

/**
 * The groups as rows of a tree: each group under its parent (a group whose
 * parent is not among them is a root), siblings sorted, the children of a
 * collapsed group left out. Groups without parents (other groupings) are a
 * flat sorted list.
 */
export function treeRows(
  groups: readonly TreeGroup[],
  options: { sort: GroupSort; order?: 'asc' | 'desc'; expanded: ReadonlySet<string> },
): TreeRow[] {
  const keys = new Set(groups.map(g => g.key));
  const children = new Map<string | undefined, TreeGroup[]>();
  for (const group of groups) {
    const parent = group.parent && keys.has(group.parent) ? group.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const compare = comparator(options.sort, options.order ?? naturalOrder(options.sort));
  const rows: TreeRow[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    for (const group of [...(children.get(parent) ?? [])].sort(compare)) {
      const hasChildren = (children.get(group.key)?.length ?? 0) > 0;
      const expanded = hasChildren && options.expanded.has(group.key);
      rows.push({ group, depth, hasChildren, expanded });
      if (expanded) visit(group.key, depth + 1);
    }
  };
  visit(undefined, 0);
  return rows;
}

/** What opens at first: the top of the tree, so departments show and their teams wait. */
export function initiallyExpanded(groups: readonly TreeGroup[]): Set<string> {
  const keys = new Set(groups.map(g => g.key));
  return new Set(
    groups.filter(g => !g.parent || !keys.has(g.parent)).map(g => g.key),
  );
}
