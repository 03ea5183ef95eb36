/** Waivers: `readiness/waiver.<check-id>` annotations, parsed and judged. */
export {
  parseWaiver,
  WAIVER_ANNOTATION_PREFIX,
  WAIVER_FORMAT,
} from './parseWaiver';
export type { ParsedWaiver } from './parseWaiver';
export { evaluateWaiver } from './evaluateWaiver';
export { collectWaivers } from './collectWaivers';
export type { WaiverAnnotation } from './collectWaivers';
