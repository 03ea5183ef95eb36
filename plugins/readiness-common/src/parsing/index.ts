/** Parsers for annotation values: dates, key=value lists, numbers, durations, refs, formats. */
export { parseDay, dayOf, formatDay, DAY_MS } from './dates';
export { parseKeyValueList } from './keyValue';
export type { KeyValueResult } from './keyValue';
export { parseNumberValue } from './numbers';
export type { ParsedNumber } from './numbers';
export { parseDurationDays, parseCadenceDays, CADENCE_NAMES } from './duration';
export { parseRef } from './entityRefs';
export type { ParsedRef } from './entityRefs';
export { compileFormat, describeFormat, isHttpUrl } from './formats';
export type {
  FormatChecker,
  FormatProblem,
  FormatSpec,
  SimpleFormat,
  ValueFormat,
} from './formats';
