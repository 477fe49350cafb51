export { PersonaDiagram, personaDiagramRelations } from './PersonaDiagram';
