export { GapItem } from './GapItem';
export type { GapItemProps } from './GapItem';
