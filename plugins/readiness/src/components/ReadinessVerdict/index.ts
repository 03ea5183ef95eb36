export { ReadinessVerdict } from './ReadinessVerdict';
export { decisionNeedsAttention } from './describeVerdict';
