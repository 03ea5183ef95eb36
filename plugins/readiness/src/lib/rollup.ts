import type {
  RollupGroupBy,
  ScorecardFilters,
  ReadinessFilters,
} from '../api/types';

/** The group dimensions, in the order the page offers them. */
export const ROLLUP_GROUP_BYS: RollupGroupBy[] = [
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
];

export const GROUP_BY_LABELS: Record<RollupGroupBy, string> = {
  owner: 'Owner',
  system: 'System',
  domain: 'Domain',
  lifecycle: 'Lifecycle',
  type: 'Type',
};

/** The key of the rollup group of entities with no value for the dimension. */
export const ROLLUP_NO_VALUE = '(none)';

/**
 * The /scorecards filters that select the entities of one rollup group: the
 * page's filters narrowed to the group. Undefined for the "(none)" group,
 * which /scorecards cannot select (it has no "no value" filter).
 */
export function groupScorecardFilters(
  groupBy: RollupGroupBy,
  key: string,
  filters: ReadinessFilters,
): ScorecardFilters | undefined {
  if (key === ROLLUP_NO_VALUE) {
    return undefined;
  }
  switch (groupBy) {
    // Owner filters are "any of": the group replaces the page's owner filter
    // (the group lies under it, since the rollup was filtered on it).
    case 'owner':
      return { ...filters, owner: [key] };
    case 'system':
      return { ...filters, system: [key] };
    case 'domain':
      return { ...filters, domain: [key] };
    case 'lifecycle':
      return { ...filters, lifecycle: [key] };
    case 'type':
      return { ...filters, type: [key] };
    default:
      return undefined;
  }
}
