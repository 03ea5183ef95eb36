export { FirstRunSummary } from './FirstRunSummary';
