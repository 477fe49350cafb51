import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { personaCoverageFactRetriever } from './retriever/personaCoverageFactRetriever';
import { PERSONA_COVERAGE_FACT_RETRIEVER_ID } from './retriever/personaCoverageFactSchema';

const CONFIG_KEY = `techInsights.factRetrievers.${PERSONA_COVERAGE_FACT_RETRIEVER_ID}`;

/**
 * Adds the persona coverage fact retriever to tech insights. The
 * tech-insights backend schedules it on the cadence of
 * `techInsights.factRetrievers.personaCoverageFactRetriever` (a cron
 * expression, with an optional lifecycle, timeout and initial delay), and
 * only when that config is there.
 *
 * @public
 */
export const techInsightsModulePersona = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'persona',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        factRetrievers: techInsightsFactRetrieversExtensionPoint,
      },
      async init({ config, logger, factRetrievers }) {
        factRetrievers.addFactRetrievers({
          [PERSONA_COVERAGE_FACT_RETRIEVER_ID]: personaCoverageFactRetriever,
        });
        // the tech-insights backend silently skips a retriever without
        // config: say so, or an adopter sees no facts and no reason
        if (!config.has(`${CONFIG_KEY}.cadence`)) {
          logger.warn(
            `The persona coverage facts are not collected: set ${CONFIG_KEY}.cadence, e.g. '*/30 * * * *'`,
          );
        }
      },
    });
  },
});
