export { ReadinessRoutes } from './ReadinessRoutes';
