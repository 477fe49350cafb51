export { ResponsibilityList } from './ResponsibilityList';
