/**
 * A readiness check module: the owning team has at least two members.
 *
 * The default export is the module (`backend.add(import(...))`); the check
 * itself is in ./teamSizeCheck, the example to copy for a check of your own.
 *
 * @packageDocumentation
 */
export { readinessModuleTeamSize as default } from './module';
