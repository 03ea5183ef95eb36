export { GapList } from './GapList';
export type { GapListProps } from './GapList';
