/**
 * A readiness check module: the owning team has at least two members.
 *
 * @packageDocumentation
 */
export { readinessModuleTeamSize as default } from './module';
export { createTeamSizeCheck, evaluateTeamSize, TEAM_SIZE_CHECK_ID } from './teamSizeCheck';
