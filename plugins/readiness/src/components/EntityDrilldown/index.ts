export { EntityDrilldown } from './EntityDrilldown';
export type { EntityDrilldownProps } from './EntityDrilldown';
