export { BlockerList } from './BlockerList';
export type { BlockerListProps } from './BlockerList';
