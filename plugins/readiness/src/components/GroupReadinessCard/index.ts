export { GroupReadinessCard } from './GroupReadinessCard';
export type { GroupReadinessCardProps } from './GroupReadinessCard';
