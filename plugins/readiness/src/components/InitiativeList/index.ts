export { InitiativeList } from './InitiativeList';
