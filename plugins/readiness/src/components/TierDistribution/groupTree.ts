import type { RollupGroup } from '../../api/types';

/** A rollup group, with its attention counts and its place in the owner tree. */
export type TreeGroup = RollupGroup;

export interface TreeRow {
  group: TreeGroup;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/**
 * The groups as rows of a tree: each group under its parent (a group whose
 * parent is not among them is a root), the children of a collapsed group
 * left out. Siblings keep the order the server sent them in: it sorts, and
 * it sends each top-level group with every group below it. Groups without
 * parents (other groupings) are a flat list.
 */
export function treeRows(
  groups: readonly TreeGroup[],
  options: { expanded: ReadonlySet<string> },
): TreeRow[] {
  const keys = new Set(groups.map(g => g.key));
  const children = new Map<string | undefined, TreeGroup[]>();
  for (const group of groups) {
    const parent =
      group.parent && keys.has(group.parent) ? group.parent : undefined;
    const siblings = children.get(parent) ?? [];
    siblings.push(group);
    children.set(parent, siblings);
  }
  const rows: TreeRow[] = [];
  const visited = new Set<string>();
  const visit = (parent: string | undefined, depth: number) => {
    for (const group of children.get(parent) ?? []) {
      if (visited.has(group.key)) continue;
      visited.add(group.key);
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
