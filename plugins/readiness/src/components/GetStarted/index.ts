export { GetStarted } from './GetStarted';
export type { GetStartedProps } from './GetStarted';
export { pilotFixYaml } from './pilotFixYaml';
