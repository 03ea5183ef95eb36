export { ReadinessCard } from './ReadinessCard';
export type { ReadinessCardProps } from './ReadinessCard';
