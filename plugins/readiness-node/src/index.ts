/**
 * Node library of the readiness plugin: the extension point for checks
 * written in TypeScript.
 *
 * @packageDocumentation
 */
export {
  readinessChecksExtensionPoint,
  type ReadinessChecksExtensionPoint,
  type ReadinessCustomCheck,
} from './extensions';
