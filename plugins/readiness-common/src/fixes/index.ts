/** Fix snippets: YAML templates compiled once and filled per entity. */
export { compileFix, fixTemplateYaml, slugify } from './compileFix';
export type { FixRenderer, FixValues } from './compileFix';
export { combineFixes, mergeInto } from './combineFixes';
export type { CombinedFix } from './combineFixes';
