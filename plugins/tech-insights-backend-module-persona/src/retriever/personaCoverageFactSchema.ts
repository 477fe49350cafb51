import { FactSchema } from '@backstage-community/plugin-tech-insights-common';

/**
 * The id of the persona coverage fact retriever: the key of its config
 * (`techInsights.factRetrievers.personaCoverageFactRetriever`) and the fact
 * id that checks name in `factIds`.
 *
 * @public
 */
export const PERSONA_COVERAGE_FACT_RETRIEVER_ID =
  'personaCoverageFactRetriever';

/**
 * The facts the persona coverage fact retriever stores for each platform
 * component (a Component or Resource some persona reaches), as the persona
 * backend computes them from its persona index.
 *
 * @public
 */
export const personaCoverageFactSchema: FactSchema = {
  hasBuilder: {
    type: 'boolean',
    description:
      'A team or person holds a persona that builds this component (directly, by inheritance or through membership).',
  },
  hasEnabler: {
    type: 'boolean',
    description:
      'A team or person holds a persona that enables this component: helps others adopt and use it.',
  },
  hasConsumer: {
    type: 'boolean',
    description:
      'A team or person holds a persona that consumes this component.',
  },
  builderHolderCount: {
    type: 'integer',
    description:
      'How many distinct teams and people hold a builder persona for this component: its bus factor.',
  },
  onlyInherited: {
    type: 'boolean',
    description:
      'The component has builders, and every one is a group above each of its owners: the owning team builds it only because a parent group holds the persona, nobody at the owner level was named. False when it has no builder.',
  },
};
