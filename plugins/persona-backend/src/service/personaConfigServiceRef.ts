import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { PersonaConfig, readPersonaConfig } from '../config';

/**
 * The plugin's configuration, read once per plugin so that a deprecated key
 * is reported once however many services use it. Internal: adopters set
 * these values in app-config.
 */
export const personaConfigServiceRef = createServiceRef<PersonaConfig>({
  id: 'persona.config',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: { config: coreServices.rootConfig, logger: coreServices.logger },
      factory: ({ config, logger }) => readPersonaConfig(config, logger),
    }),
});
