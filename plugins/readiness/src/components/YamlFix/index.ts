export { YamlFix } from './YamlFix';
export type { YamlFixProps } from './YamlFix';
