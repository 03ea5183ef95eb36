export { TeamInitiatives } from './TeamInitiatives';
