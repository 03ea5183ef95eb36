import { ROLLUP_SORTS } from '@readiness-scorecards/plugin-readiness-common';
import type {
  ReadinessFilters,
  RollupGroupBy,
  RollupSort,
  RollupSortOrder,
} from '../../api/types';
import { ROLLUP_GROUP_BYS } from '../../lib/rollup';

/** The page's state, kept in the URL so views can be shared and linked. */
export interface RollupParams {
  groupBy: RollupGroupBy;
  filters: ReadinessFilters;
  /** Key of the group whose entities are listed. */
  group?: string;
  /** Page of rows, from 0. */
  page?: number;
  /** What the server sorts the groups by; urgency when absent. */
  sort?: RollupSort;
  order?: RollupSortOrder;
}

const LIST_KEYS = ['kind', 'type', 'lifecycle', 'tag', 'owner'] as const;

export function readRollupParams(search: URLSearchParams): RollupParams {
  const groupBy = search.get('groupBy') as RollupGroupBy | null;
  const filters: ReadinessFilters = {};
  for (const key of LIST_KEYS) {
    const values = search.getAll(key).filter(Boolean);
    if (values.length) {
      filters[key] = values;
    }
  }
  return {
    groupBy: groupBy && ROLLUP_GROUP_BYS.includes(groupBy) ? groupBy : 'owner',
    filters,
    group: search.get('group') ?? undefined,
    page: pageNumber(search.get('page')),
    sort: sortOf(search.get('sort')),
    order: orderOf(search.get('order')),
  };
}

export function writeRollupParams(params: RollupParams): URLSearchParams {
  const search = new URLSearchParams();
  search.set('groupBy', params.groupBy);
  for (const key of LIST_KEYS) {
    for (const value of params.filters[key] ?? []) {
      search.append(key, value);
    }
  }
  if (params.group) {
    search.set('group', params.group);
  }
  if (params.page) {
    search.set('page', String(params.page));
  }
  if (params.sort) {
    search.set('sort', params.sort);
  }
  if (params.order) {
    search.set('order', params.order);
  }
  return search;
}

// A hand-edited link with an unknown sort falls back to the default instead
// of failing; a tier the rubric lacks is the server's to refuse.
function sortOf(value: string | null): RollupSort | undefined {
  if (!value) return undefined;
  if ((ROLLUP_SORTS as readonly string[]).includes(value)) return value as RollupSort;
  return /^tier\.[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? (value as RollupSort) : undefined;
}

function orderOf(value: string | null): RollupSortOrder | undefined {
  return value === 'asc' || value === 'desc' ? value : undefined;
}

function pageNumber(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 ? page : 0;
}

/** "a, b ,c" -> ["a", "b", "c"] */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map(v => v.trim())
    .filter(Boolean);
}
