import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import {
  catalogApiRef,
  entityPresentationApiRef,
} from '@backstage/plugin-catalog-react';
import { PersonaIcon } from '@platform-personas/backstage-plugin-persona';

/**
 * Replaces the catalog's entity presentation API (`api:catalog/entity-presentation`)
 * with the same default one plus the icon of the Persona kind. The catalog
 * graph draws each node's icon from this API's `kindIcons`, not from the
 * app's `kind:<kind>` icons.
 */
export const personaEntityPresentationModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [
    ApiBlueprint.make({
      name: 'entity-presentation',
      params: defineParams =>
        defineParams({
          api: entityPresentationApiRef,
          deps: { catalogApi: catalogApiRef },
          factory: ({ catalogApi }) =>
            DefaultEntityPresentationApi.create({
              catalogApi,
              kindIcons: { persona: PersonaIcon },
            }),
        }),
    }),
  ],
});
