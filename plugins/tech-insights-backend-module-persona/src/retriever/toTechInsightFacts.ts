import { TechInsightFact } from '@backstage-community/plugin-tech-insights-node';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  PlatformComponentFacts,
  PlatformComponentFactsResponse,
} from '@platform-personas/backstage-plugin-persona-common';

/** The kinds that scorecards show persona coverage for. */
const KINDS = ['component', 'resource'];

const BOOLEAN_FACTS = [
  'hasBuilder',
  'hasEnabler',
  'hasConsumer',
  'onlyInherited',
] as const;

/**
 * Turns the persona backend's answer into one fact row per Component and
 * Resource. Items of other kinds (a System a persona enables) are left out,
 * as the retriever's entity filter says.
 *
 * An answer that breaks the contract throws, naming the item: the whole run
 * then fails and the facts of the last good run stay the latest, rather
 * than a run storing part of an answer or values a check would misread.
 */
export function toTechInsightFacts(
  response: PlatformComponentFactsResponse,
): TechInsightFact[] {
  if (!Array.isArray(response?.items)) {
    throw new Error('The persona backend answered facts without items');
  }
  return response.items
    .map(item => {
      const entity = parseEntityRef(String(item?.entityRef));
      return { item, entity };
    })
    .filter(({ entity }) => KINDS.includes(entity.kind.toLocaleLowerCase()))
    .map(({ item, entity }) => ({
      entity: {
        namespace: entity.namespace,
        kind: entity.kind,
        name: entity.name,
      },
      facts: validFacts(item),
    }));
}

function validFacts(item: PlatformComponentFacts): TechInsightFact['facts'] {
  for (const fact of BOOLEAN_FACTS) {
    if (typeof item[fact] !== 'boolean') {
      throw new Error(
        `The persona backend answered ${JSON.stringify(
          item[fact],
        )} for ${fact} of ${item.entityRef}, expected a boolean`,
      );
    }
  }
  const count = item.builderHolderCount;
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(
      `The persona backend answered ${JSON.stringify(
        count,
      )} for builderHolderCount of ${item.entityRef}, expected a whole number`,
    );
  }
  return {
    hasBuilder: item.hasBuilder,
    hasEnabler: item.hasEnabler,
    hasConsumer: item.hasConsumer,
    builderHolderCount: count,
    onlyInherited: item.onlyInherited,
  };
}
