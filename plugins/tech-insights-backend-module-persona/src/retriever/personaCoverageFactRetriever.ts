import { FactRetriever } from '@backstage-community/plugin-tech-insights-node';
import { fetchPlatformComponentFacts } from './fetchPlatformComponentFacts';
import {
  PERSONA_COVERAGE_FACT_RETRIEVER_ID,
  personaCoverageFactSchema,
} from './personaCoverageFactSchema';
import { toTechInsightFacts } from './toTechInsightFacts';

/**
 * A tech-insights fact retriever of the persona coverage of each platform
 * component: has it a builder, an enabler, a consumer; how many teams and
 * people build it; are its builders only groups above its owners.
 *
 * Each run asks the persona backend once
 * (`GET /api/persona/v1/facts/components`), which computes the facts from
 * its persona index: the retriever reads no catalog entity itself.
 *
 * @public
 */
export const personaCoverageFactRetriever: FactRetriever = {
  id: PERSONA_COVERAGE_FACT_RETRIEVER_ID,
  version: '0.1.0',
  title: 'Persona coverage',
  description:
    'Who builds, enables and consumes each platform component, through the personas its teams and people hold',
  entityFilter: [{ kind: ['component', 'resource'] }],
  schema: personaCoverageFactSchema,
  async handler({ discovery, auth, logger }) {
    const facts = toTechInsightFacts(
      await fetchPlatformComponentFacts({ discovery, auth }),
    );
    logger.info(`Read persona coverage facts of ${facts.length} components`);
    return facts;
  },
};
