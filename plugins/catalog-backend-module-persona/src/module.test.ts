import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { catalogModulePersonaEntityModel } from './module';
import { isPersonaHolder } from './permissions';
import { PersonaEntitiesProcessor } from './processor';
import { CatalogChangeHintsProcessor } from './processor/CatalogChangeHintsProcessor';

describe('catalogModulePersonaEntityModel', () => {
  it('registers the Persona processor, the change hints processor and the isPersonaHolder rule with the catalog', async () => {
    const extensionPoint = {
      addProcessor: jest.fn(),
      addEntityProvider: jest.fn(),
      addPlaceholderResolver: jest.fn(),
      setOnProcessingErrorHandler: jest.fn(),
    };
    const permissionsRegistry = mockServices.permissionsRegistry.mock();

    await startTestBackend({
      extensionPoints: [[catalogProcessingExtensionPoint, extensionPoint]],
      features: [catalogModulePersonaEntityModel, permissionsRegistry.factory],
    });

    expect(extensionPoint.addProcessor).toHaveBeenCalledTimes(2);
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(PersonaEntitiesProcessor),
    );
    expect(extensionPoint.addProcessor).toHaveBeenCalledWith(
      expect.any(CatalogChangeHintsProcessor),
    );
    expect(extensionPoint.addEntityProvider).not.toHaveBeenCalled();
    expect(permissionsRegistry.addPermissionRules).toHaveBeenCalledWith([
      isPersonaHolder,
    ]);
  });
});
