export { WaiverDetails } from './WaiverDetails';
