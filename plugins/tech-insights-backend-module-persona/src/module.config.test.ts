import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import techInsightsModulePersona, {
  personaCoverageFactRetriever,
} from './index';

describe('techInsightsModulePersona', () => {
  const start = async (data: object) => {
    const addFactRetrievers = jest.fn();
    const logger = mockServices.logger.mock();
    await startTestBackend({
      extensionPoints: [
        [techInsightsFactRetrieversExtensionPoint, { addFactRetrievers }],
      ],
      features: [
        techInsightsModulePersona,
        logger.factory,
        mockServices.rootConfig.factory({ data }),
      ],
    });
    return { addFactRetrievers, logger };
  };

  it('adds the retriever under its id', async () => {
    const { addFactRetrievers, logger } = await start({
      techInsights: {
        factRetrievers: {
          personaCoverageFactRetriever: { cadence: '*/30 * * * *' },
        },
      },
    });
    expect(addFactRetrievers).toHaveBeenCalledWith({
      personaCoverageFactRetriever,
    });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns that no facts are read without a cadence', async () => {
    const { addFactRetrievers, logger } = await start({});
    expect(addFactRetrievers).toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      "The persona coverage facts are not collected: set techInsights.factRetrievers.personaCoverageFactRetriever.cadence, e.g. '*/30 * * * *'",
    );
  });
});
