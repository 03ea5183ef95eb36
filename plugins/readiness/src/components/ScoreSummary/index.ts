export { ScoreSummary, formatScore } from './ScoreSummary';
export type { ScoreSummaryProps } from './ScoreSummary';
