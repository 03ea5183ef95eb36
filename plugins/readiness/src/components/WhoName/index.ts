export { titleOfPerson, WhoName } from './WhoName';
export type { KnownPeople } from './WhoName';
