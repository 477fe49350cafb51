// The home-page cards of the legacy frontend system.
import { createCardExtension } from '@backstage/plugin-home-react';
import { personaPlugin } from './plugin';

/**
 * The "My responsibilities" card for the home page (`@backstage/plugin-home`)
 * of the legacy frontend system: the personas the signed-in user holds and
 * how, their first responsibilities, how many components each builds,
 * enables and consumes, and what needs attention — components the user builds
 * that no persona enables, and persona refs to nothing in the catalog. Place
 * it in a `CustomHomepageGrid` or any layout under `HomepageCompositionRoot`.
 *
 * @public
 */
export const HomePageMyResponsibilitiesCard = personaPlugin.provide(
  createCardExtension({
    name: 'HomePageMyResponsibilitiesCard',
    title: 'My responsibilities',
    description:
      'The personas you hold, their responsibilities and components, and what needs attention',
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 8 },
    },
    components: () => import('./components/HomePageMyResponsibilitiesCard'),
  }),
);
