export { TierPath } from './TierPath';
export type { TierPathProps } from './TierPath';
