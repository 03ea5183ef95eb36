/**
 * Node library of the readiness plugin: the extension points for checks
 * written in TypeScript and for initiatives added by modules.
 *
 * @packageDocumentation
 */
export {
  readinessChecksExtensionPoint,
  readinessInitiativesExtensionPoint,
  type ReadinessChecksExtensionPoint,
  type ReadinessCustomCheck,
  type ReadinessInitiativesExtensionPoint,
  type ReadinessMeasuredProgress,
  type ReadinessModuleInitiative,
} from './extensions';
