/** The first-run summary of a scored catalog (tiers, common gaps, declared production). */
export { summarizeFirstRun, NO_TIER } from './firstRunSummary';
export type {
  CommonGap,
  FirstRunSummary,
  FirstRunSummaryOptions,
  SummaryInput,
  TierCount,
} from './firstRunSummary';
