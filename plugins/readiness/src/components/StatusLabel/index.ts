export { CheckStatusLabel, StatusLabel } from './StatusLabel';
export type { StatusTone } from './StatusLabel';
