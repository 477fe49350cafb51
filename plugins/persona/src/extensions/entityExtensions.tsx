import {
  EntityCardBlueprint,
  EntityContentBlueprint,
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
 */
function personaCard<TName extends string>(
  name: TName,
  load: (title: string | undefined) => Promise<JSX.Element>,
) {
  return EntityCardBlueprint.makeWithOverrides({
    name,
    configSchema: { title: optionalText },
    factory(originalFactory, { config }) {
      return originalFactory({
        filter: isPersona,
        loader: () => load(config.title),
      });
    },
  });
}

// Beside the catalog's About card, which has the description, type and owner.
export const entityPersonaFactsCard = personaCard('facts', title =>
  import('../components/EntityPersonaFactsCard').then(m => (
    <m.EntityPersonaFactsCard title={title} />
  )),
);

export const entityPersonaResponsibilitiesCard = personaCard(
  'responsibilities',
  title =>
    import('../components/EntityPersonaResponsibilitiesCard').then(m => (
      <m.EntityPersonaResponsibilitiesCard title={title} />
    )),
);

export const entityPersonaHoldersCard = personaCard('holders', title =>
  import('../components/EntityPersonaHoldersCard').then(m => (
    <m.EntityPersonaHoldersCard title={title} />
  )),
);

export const entityPersonaModesCard = personaCard('modes', title =>
  import('../components/EntityPersonaModesCard').then(m => (
    <m.EntityPersonaModesCard title={title} />
  )),
);
