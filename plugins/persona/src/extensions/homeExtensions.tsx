import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/**
 * The "My responsibilities" widget of the home page (`page:home` of
 * `@backstage/plugin-home/alpha`). Its widget name, `HomePageMyResponsibilitiesCard`,
 * is what the home page's `defaultConfig` names to place it.
 */
const homePageMyResponsibilitiesWidget = HomePageWidgetBlueprint.make({
  name: 'my-responsibilities',
  params: {
    name: 'HomePageMyResponsibilitiesCard',
    title: 'My responsibilities',
    description:
      'The personas you hold, their responsibilities and components, and what needs attention',
    layout: {
      width: { minColumns: 4, defaultColumns: 6 },
      height: { minRows: 4, defaultRows: 8 },
    },
    components: () => import('../components/HomePageMyResponsibilitiesCard'),
  },
});

/** The home-page widgets of the persona plugin (new frontend system). */
export const homeExtensions = [homePageMyResponsibilitiesWidget];
