export { OtherChecks } from './OtherChecks';
export type { OtherChecksProps } from './OtherChecks';
