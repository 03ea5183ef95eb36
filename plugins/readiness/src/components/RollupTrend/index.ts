export { RollupTrend } from './RollupTrend';
export type { RollupTrendProps } from './RollupTrend';
