/** Types of the readiness model: rubric, evidence rules, evaluation and scorecard. */
export * from './scorecard';
export * from './rubric';
export * from './rules';
export * from './evaluation';
