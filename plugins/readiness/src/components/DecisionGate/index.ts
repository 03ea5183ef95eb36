export { DecisionGate } from './DecisionGate';
export type { DecisionGateProps } from './DecisionGate';
