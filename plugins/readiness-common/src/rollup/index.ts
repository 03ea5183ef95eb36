export {
  compareRollupGroups,
  DEFAULT_ROLLUP_SORT,
  naturalRollupOrder,
  problemOfRollupSort,
  ROLLUP_SORTS,
  tierSort,
} from './groupOrder';
export type {
  RollupSort,
  RollupSortOrder,
  RollupSortRequest,
} from './groupOrder';
