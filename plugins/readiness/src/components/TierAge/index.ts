export { TierAge } from './TierAge';
export type { TierAgeProps } from './TierAge';
export { describeTierAge } from './describeTierAge';
