export { ReadinessContent } from './ReadinessContent';
