/** The first-run summary of a scored catalog (tiers, common gaps, declared production). */
export { summarizeFirstRun, summaryInputOf, NO_TIER } from './firstRunSummary';
export type {
  FirstRunSummaryOptions,
  SummaryInput,
} from './firstRunSummary';
