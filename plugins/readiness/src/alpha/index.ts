export { readinessPlugin } from './plugin';
export { readinessApi } from './readinessApi';
export { readinessEntityContent } from './readinessEntityContent';
export { readinessEntityCard } from './readinessEntityCard';
export { readinessPage } from './readinessPage';
export { readinessGroupCard } from './readinessGroupCard';
