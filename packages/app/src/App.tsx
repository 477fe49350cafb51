import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import personaPlugin, {
  personaCatalogGraphModule,
  personaIconsModule,
} from '@platform-personas/backstage-plugin-persona/alpha';
import { personaEntityPresentationModule } from './modules/entityPresentation';
import { navModule } from './modules/nav';

export default createApp({
  features: [
    catalogPlugin,
    personaPlugin,
    personaCatalogGraphModule,
    personaIconsModule,
    personaEntityPresentationModule,
    navModule,
  ],
});
