export {
  createPersonaCatalogGraphApi,
  personaCatalogGraphApiFactory,
  personaCatalogGraphRelations,
} from './personaCatalogGraph';
