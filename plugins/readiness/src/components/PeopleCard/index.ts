export { PeopleCard } from './PeopleCard';
export type { PeopleCardProps } from './PeopleCard';
