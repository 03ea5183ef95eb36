export { RollupPage } from './RollupPage';
