export { CheckDocButton } from './CheckDoc';
