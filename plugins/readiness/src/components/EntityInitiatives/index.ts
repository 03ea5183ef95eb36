export { EntityInitiatives } from './EntityInitiatives';
