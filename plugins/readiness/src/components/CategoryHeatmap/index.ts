export { CategoryHeatmap } from './CategoryHeatmap';
export type { CategoryHeatmapProps } from './CategoryHeatmap';
