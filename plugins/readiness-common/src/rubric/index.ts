/** The default rubric and loading a rubric from app-config. */
export {
  defaultRubric,
  DEFAULT_CHECKS,
  DEFAULT_TIERS,
  DEFAULT_CATEGORIES,
  DEFAULT_DOC_BASE_URL,
  AI_TYPES,
  AI_TAGS,
  DATA_TYPES,
  ON_CALL_KEYS,
  DASHBOARD_KEYS,
} from './defaultRubric';
export { loadRubricFromConfig } from './loadRubricFromConfig';
export type { LoadRubricOptions } from './loadRubricFromConfig';
export {
  rubricConfigSchema,
  evidenceRuleSchema,
  appliesToSchema,
  fixSchema,
} from './configSchema';
export type { RubricConfig } from './configSchema';
