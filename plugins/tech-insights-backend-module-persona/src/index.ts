/**
 * A tech-insights backend module with the persona coverage of platform
 * components: facts (has a builder, an enabler, a consumer; how many teams
 * and people build it; are its builders only inherited) and the JSON-rules
 * checks on them, for scorecards.
 *
 * @packageDocumentation
 */

export { techInsightsModulePersona as default } from './module';
export { personaCoverageFactRetriever } from './retriever/personaCoverageFactRetriever';
export {
  PERSONA_COVERAGE_FACT_RETRIEVER_ID,
  personaCoverageFactSchema,
} from './retriever/personaCoverageFactSchema';
export { personaCoverageChecks } from './checks/personaCoverageChecks';
export type { PersonaCoverageCheck } from './checks/PersonaCoverageCheck';
