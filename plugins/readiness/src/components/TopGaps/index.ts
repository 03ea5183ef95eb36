export { TopGaps } from './TopGaps';
export type { TopGapsProps } from './TopGaps';
