export { HomePageMyResponsibilitiesContent as Content } from './HomePageMyResponsibilitiesCard';
