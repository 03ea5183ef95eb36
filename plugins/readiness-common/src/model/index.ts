/**
 * Types of the readiness model: rubric, evaluation and scorecard. The
 * evidence rules' types live with their rule types in ../rules.
 */
export * from './scorecard';
export * from './rubric';
export * from './evaluation';
