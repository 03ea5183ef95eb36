export { InitiativePage } from './InitiativePage';
