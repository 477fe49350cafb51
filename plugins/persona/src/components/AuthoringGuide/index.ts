export { AuthoringGuide } from './AuthoringGuide';
