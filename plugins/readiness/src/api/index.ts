export { readinessApiRef } from './ReadinessApi';
export type { ReadinessApi } from './ReadinessApi';
export { ReadinessClient } from './ReadinessClient';
export type * from './types';
