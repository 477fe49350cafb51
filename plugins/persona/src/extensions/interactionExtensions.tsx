import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { kindFilter, optionalKinds, optionalText } from './extensionConfig';

/**
 * The Interactions tab of Group pages (`entity-content:persona/interactions`):
 * the team's type and its Team Topologies interactions, with its Team API to
 * download. The blueprint's `title`, `path` and `filter` apply.
 */
export const entityPersonaInteractionsContent = EntityContentBlueprint.make({
  name: 'interactions',
  params: {
    path: 'interactions',
    title: 'Interactions',
    filter: kindFilter(['group']),
    loader: () =>
      import('../components/EntityPersonaInteractionsContent').then(m => (
        <m.EntityPersonaInteractionsContent />
      )),
  },
});

/**
 * The persona scorecard card (`entity-card:persona/scorecard`) of Component
 * and Resource pages by default; `title` and `kinds` configurable, the
 * blueprint's `filter` winning over `kinds`.
 */
export const entityPersonaScorecardCard = EntityCardBlueprint.makeWithOverrides(
  {
    name: 'scorecard',
    configSchema: { title: optionalText, kinds: optionalKinds },
    factory(originalFactory, { config }) {
      return originalFactory({
        filter: kindFilter(config.kinds ?? ['component', 'resource']),
        loader: () =>
          import('../components/EntityPersonaScorecardCard').then(m => (
            <m.EntityPersonaScorecardCard title={config.title} />
          )),
      });
    },
  },
);

/** The team interaction and scorecard extensions (new frontend system). */
export const interactionExtensions = [
  entityPersonaInteractionsContent,
  entityPersonaScorecardCard,
];
