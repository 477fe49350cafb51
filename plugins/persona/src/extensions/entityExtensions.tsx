import { Entity } from '@backstage/catalog-model';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
  EntityContentLayoutBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  PERSONA_API_VERSION,
  PERSONA_VIEW_KINDS,
} from '@platform-personas/backstage-plugin-persona-common';
import { kindFilter, optionalKinds, optionalText } from './extensionConfig';

// Filters live here rather than next to the views, so that deciding whether
// a tab or card applies never loads the view's code.
const isPersona = { kind: 'persona', apiVersion: PERSONA_API_VERSION };

/**
 * A Persona page the catalog still reads from a location: an orphaned one
 * keeps the catalog's own layout, which offers to delete it.
 */
function isLocatedPersona(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'persona' &&
    entity.apiVersion === PERSONA_API_VERSION &&
    entity.metadata.annotations?.['backstage.io/orphan'] !== 'true'
  );
}

/**
 * The Personas tab; `kinds` (default: the holder kinds the backend serves)
 * picks the pages. The blueprint's own `title`, `path` and `filter` apply too,
 * `filter` winning over `kinds`.
 */
export const entityPersonaContent = EntityContentBlueprint.makeWithOverrides({
  configSchema: { kinds: optionalKinds },
  factory(originalFactory, { config }) {
    return originalFactory({
      path: 'personas',
      title: 'Personas',
      filter: kindFilter(config.kinds ?? PERSONA_VIEW_KINDS.holder),
      loader: () =>
        import('../components/EntityPersonaContent').then(m => (
          <m.EntityPersonaContent />
        )),
    });
  },
});

/**
 * The card of the kinds with a component view (default: every kind the
 * backend serves one for); `title` and `kinds` configurable, the blueprint's
 * `filter` winning over `kinds`.
 */
export const entityPersonaComponentsCard =
  EntityCardBlueprint.makeWithOverrides({
    name: 'components',
    configSchema: { title: optionalText, kinds: optionalKinds },
    factory(originalFactory, { config }) {
      return originalFactory({
        filter: kindFilter(config.kinds ?? PERSONA_VIEW_KINDS.component),
        loader: () =>
          import('../components/EntityPersonaComponentsCard').then(m => (
            <m.EntityPersonaComponentsCard title={config.title} />
          )),
      });
    },
  });

/**
 * A card of Persona pages, with a configurable `title`. Persona pages are the
 * only ones with a persona detail view, so their kind is not configurable.
 * `info` cards go two abreast in the Persona page layout, `content` cards
 * full width below them; the blueprint's `type` config changes that.
 */
function personaCard<TName extends string>(
  name: TName,
  type: 'info' | 'content',
  load: (title: string | undefined) => Promise<JSX.Element>,
) {
  return EntityCardBlueprint.makeWithOverrides({
    name,
    configSchema: { title: optionalText },
    factory(originalFactory, { config }) {
      return originalFactory({
        type,
        filter: isPersona,
        loader: () => load(config.title),
      });
    },
  });
}

// Beside the catalog's About card, which has the description, type and owner.
export const entityPersonaFactsCard = personaCard('facts', 'info', title =>
  import('../components/EntityPersonaFactsCard').then(m => (
    <m.EntityPersonaFactsCard title={title} />
  )),
);

export const entityPersonaResponsibilitiesCard = personaCard(
  'responsibilities',
  'info',
  title =>
    import('../components/EntityPersonaResponsibilitiesCard').then(m => (
      <m.EntityPersonaResponsibilitiesCard title={title} />
    )),
);

export const entityPersonaHoldersCard = personaCard('holders', 'info', title =>
  import('../components/EntityPersonaHoldersCard').then(m => (
    <m.EntityPersonaHoldersCard title={title} />
  )),
);

// Seven columns: the full width of the page
export const entityPersonaModesCard = personaCard('modes', 'content', title =>
  import('../components/EntityPersonaModesCard').then(m => (
    <m.EntityPersonaModesCard title={title} />
  )),
);

/**
 * The layout of the overview of Persona pages: every card in the main area,
 * `info` cards two abreast, `content` cards full width (the catalog's default
 * layout would put the `info` cards, the catalog's About card among them,
 * into a narrow side column). Switch it off to get the catalog's layout back.
 */
export const entityPersonaPageLayout = EntityContentLayoutBlueprint.make({
  name: 'persona',
  params: {
    filter: isLocatedPersona,
    loader: () =>
      import('../components/PersonaPageLayout').then(m => m.PersonaPageLayout),
  },
});

/**
 * The Diagram tab of Persona pages: the catalog graph of the persona with its
 * holders, components and owner. The blueprint's `title`, `path` and `filter`
 * apply.
 */
export const entityPersonaDiagramContent = EntityContentBlueprint.make({
  name: 'diagram',
  params: {
    path: 'diagram',
    title: 'Diagram',
    filter: isPersona,
    loader: () =>
      import('../components/PersonaDiagram').then(m => <m.PersonaDiagram />),
  },
});
