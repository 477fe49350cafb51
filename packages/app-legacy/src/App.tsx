import { Navigate, Route } from 'react-router-dom';
import { createApp } from '@backstage/app-defaults';
import { AppRouter, FlatRoutes } from '@backstage/core-app-api';
import {
  AlertDisplay,
  Content,
  Header,
  OAuthRequestDialog,
  Page,
  SignInPage,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  catalogPlugin,
} from '@backstage/plugin-catalog';
import {
  CatalogGraphPage,
  catalogGraphPlugin,
} from '@backstage/plugin-catalog-graph';
import { HomepageCompositionRoot, WelcomeTitle } from '@backstage/plugin-home';
import { NotificationsPage } from '@backstage/plugin-notifications';
import { orgPlugin } from '@backstage/plugin-org';
import { SearchPage } from '@backstage/plugin-search';
import { SignalsDisplay } from '@backstage/plugin-signals';
import {
  HomePageMyResponsibilitiesCard,
  PersonaExplorerPage,
  PersonaIcon,
} from '@platform-personas/backstage-plugin-persona';
import { apis } from './apis';
import { entityPage } from './components/catalog/EntityPage';
import { Root } from './components/Root';
import { searchPage } from './components/search/SearchPage';

const app = createApp({
  apis,
  icons: {
    // Entity pages and lists show it for Personas; the catalog graph reads
    // its icons from the entity presentation API (see apis.ts)
    'kind:persona': PersonaIcon,
  },
  bindRoutes({ bind }) {
    bind(catalogPlugin.externalRoutes, {
      unregisterRedirect: catalogPlugin.routes.catalogIndex,
    });
    bind(orgPlugin.externalRoutes, {
      catalogIndex: catalogPlugin.routes.catalogIndex,
    });
    bind(catalogGraphPlugin.externalRoutes, {
      catalogEntity: catalogPlugin.routes.catalogEntity,
    });
  },
  components: {
    SignInPage: props => <SignInPage {...props} providers={['guest']} />,
  },
});

// The home page: what the signed-in user is responsible for
const homePage = (
  <Page themeId="home">
    <Header
      title={<WelcomeTitle language={['English']} />}
      pageTitleOverride="Home"
    />
    <Content>
      <Grid container spacing={3}>
        <Grid item xs={12} md={8} lg={6}>
          <HomePageMyResponsibilitiesCard />
        </Grid>
      </Grid>
    </Content>
  </Page>
);

const routes = (
  <FlatRoutes>
    <Route path="/" element={<CatalogIndexPage />} />
    {/* The catalog is the landing page, as in packages/app */}
    <Route path="/catalog" element={<Navigate to="/" replace />} />
    <Route
      path="/catalog/:namespace/:kind/:name"
      element={<CatalogEntityPage />}
    >
      {entityPage}
    </Route>
    <Route path="/home" element={<HomepageCompositionRoot />}>
      {homePage}
    </Route>
    <Route path="/catalog-graph" element={<CatalogGraphPage />} />
    <Route path="/notifications" element={<NotificationsPage />} />
    <Route path="/personas" element={<PersonaExplorerPage />} />
    <Route path="/search" element={<SearchPage />}>
      {searchPage}
    </Route>
  </FlatRoutes>
);

export default app.createRoot(
  <>
    <AlertDisplay />
    <OAuthRequestDialog />
    {/* Signals deliver notifications live, without polling */}
    <SignalsDisplay />
    <AppRouter>
      <Root>{routes}</Root>
    </AppRouter>
  </>,
);
