/**
 * The demo portal's example organisation, kept true on any date.
 *
 * @packageDocumentation
 */
export { catalogModuleExampleOrgDates as default } from './module';
export { ExampleDatesProcessor } from './ExampleDatesProcessor';
export type { ExampleDatesOptions } from './ExampleDatesProcessor';
export { EXAMPLE_DATES_WRITTEN_ON, daysSince, shiftDatesInText } from './shiftDates';
export { writeExamplesForToday } from './writeExamplesForToday';
export { readinessModuleExampleOrgInitiatives } from './readinessModule';
export { EXAMPLE_INITIATIVES, exampleInitiativesFor } from './exampleInitiatives';
