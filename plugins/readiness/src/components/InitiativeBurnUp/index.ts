export { InitiativeBurnUp } from './InitiativeBurnUp';
