export {
  TitledRefLink,
  TitledRefLinks,
  useViewTitle,
  ViewTitlesProvider,
} from './ViewTitles';
