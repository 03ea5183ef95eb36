export { TierOverview } from './TierOverview';
export type { TierOverviewProps } from './TierOverview';
