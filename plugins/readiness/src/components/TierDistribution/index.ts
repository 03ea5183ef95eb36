export { TierDistribution, GroupName, groupLabel } from './TierDistribution';
export type { TierDistributionProps } from './TierDistribution';
