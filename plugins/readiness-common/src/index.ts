/**
 * Common code of the readiness plugin: the rubric model, the scoring engine
 * (pure functions, no I/O), annotation parsing, the default rubric,
 * permissions and the scorecard types shared by backend, frontend and CLI.
 *
 * @packageDocumentation
 */
export * from './model';
export * from './engine';
export * from './rubric';
export * from './rules';
export * from './waivers';
export * from './fixes';
export * from './parsing';
export * from './docs';
export * from './permissions';
export * from './attention';
