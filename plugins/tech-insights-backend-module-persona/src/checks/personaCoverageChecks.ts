import { PERSONA_COVERAGE_FACT_RETRIEVER_ID } from '../retriever/personaCoverageFactSchema';
import { PersonaCoverageCheck } from './PersonaCoverageCheck';

function check(
  id: string,
  name: string,
  description: string,
  fact: string,
  operator: string,
  value: boolean | number,
): PersonaCoverageCheck {
  return {
    id,
    type: 'json-rules-engine',
    name,
    description,
    factIds: [PERSONA_COVERAGE_FACT_RETRIEVER_ID],
    rule: {
      conditions: {
        all: [
          {
            fact,
            operator,
            value,
            params: { factRetrieverId: PERSONA_COVERAGE_FACT_RETRIEVER_ID },
          },
        ],
      },
    },
  };
}

/**
 * The persona coverage checks, for the JSON-rules fact checker: a platform
 * component has a builder, an enabler and a consumer, at least two builders
 * (its bus factor), and builders named at its owners' level.
 *
 * The JSON-rules module reads its checks from
 * `techInsights.factChecker.checks` only; the README gives these checks as
 * that YAML. This list is for backends that construct their own
 * `JsonRulesEngineFactCheckerFactory`.
 *
 * @public
 */
export const personaCoverageChecks: PersonaCoverageCheck[] = [
  check(
    'personaHasBuilder',
    'Has a builder',
    'A team or person holds a persona that builds this component. Without one, nobody is named to change and release it: add its team to the holders of a builder persona that builds it.',
    'hasBuilder',
    'equal',
    true,
  ),
  check(
    'personaHasEnabler',
    'Has an enabler',
    'A team or person holds a persona that enables this component: helps the teams that use it get started and unblocked. Without one, its users have nobody named to turn to.',
    'hasEnabler',
    'equal',
    true,
  ),
  check(
    'personaHasConsumer',
    'Has a consumer',
    'A team or person holds a persona that consumes this component. Without one, no persona says who it is for.',
    'hasConsumer',
    'equal',
    true,
  ),
  check(
    'personaBuilderBusFactor',
    'Builder bus factor of two or more',
    'At least two distinct teams or people hold a builder persona for this component, so that it still has a builder when one of them is away or moves on.',
    'builderHolderCount',
    'greaterThanInclusive',
    2,
  ),
  check(
    'personaNotOnlyInherited',
    'Builders named at the owner level',
    'At least one builder of this component is not a group above its owners: the owning team, a sub-group, a person or another team holds the builder persona, so the component does not have builders only because a parent group holds a persona. A component without builders passes here and fails "Has a builder".',
    'onlyInherited',
    'equal',
    false,
  ),
];
