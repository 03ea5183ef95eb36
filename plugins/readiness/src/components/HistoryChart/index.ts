export { HistoryChart } from './HistoryChart';
export type { HistoryChartProps } from './HistoryChart';
