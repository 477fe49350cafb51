import { Check } from '@backstage-community/plugin-tech-insights-common';

/**
 * A check on persona coverage facts, in the shape of the JSON-rules fact
 * checker (`@backstage-community/plugin-tech-insights-backend-module-jsonfc`,
 * its `TechInsightJsonRuleCheck`): one condition on one fact.
 *
 * Declared here rather than imported so that this package does not need the
 * JSON-rules module at runtime; a test proves the two shapes agree.
 *
 * @public
 */
export type PersonaCoverageCheck = Check & {
  type: 'json-rules-engine';
  rule: {
    conditions: {
      all: Array<{
        fact: string;
        operator: string;
        value: boolean | number;
        /**
         * Names the retriever whose fact the condition reads, so that a fact
         * of the same name from another retriever cannot answer it.
         */
        params: { factRetrieverId: string };
      }>;
    };
  };
};
