export { WhoName } from './WhoName';
