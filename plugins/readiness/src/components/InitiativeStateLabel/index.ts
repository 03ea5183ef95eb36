export { InitiativeStateLabel } from './InitiativeStateLabel';
