import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModulePersonaEntityModel } from './module';
import { PersonaEntitiesProcessor } from './processor';

describe('catalogModulePersonaEntityModel', () => {
  it('registers the Persona processor with the catalog', async () => {
    const extensionPoint = {
      addProcessor: jest.fn(),
      addEntityProvider: jest.fn(),
      addPlaceholderResolver: jest.fn(),
      setOnProcessingErrorHandler: jest.fn(),
    };

    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModulePersonaEntityModel],
    });

    expect(extensionPoint.addProcessor).toHaveBeenCalledTimes(1);
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(PersonaEntitiesProcessor),
    );
    expect(extensionPoint.addEntityProvider).not.toHaveBeenCalled();
  });
});
