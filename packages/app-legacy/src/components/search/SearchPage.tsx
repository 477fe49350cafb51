import { Grid, makeStyles, Paper, Theme } from '@material-ui/core';
import {
  CatalogIcon,
  Content,
  Header,
  Page,
  useSidebarPinState,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchFilter,
  SearchPagination,
  SearchResult,
  SearchResultPager,
  useSearch,
} from '@backstage/plugin-search-react';
import {
  PERSONA_KIND,
  PersonaIcon,
} from '@platform-personas/backstage-plugin-persona';
import { searchResultItems } from './searchResultItems';

const useStyles = makeStyles((theme: Theme) => ({
  bar: {
    padding: theme.spacing(1, 0),
  },
  filters: {
    padding: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  filter: {
    '& + &': {
      marginTop: theme.spacing(2.5),
    },
  },
}));

/** The values of a field of the catalog's Personas, for the Persona filters. */
function usePersonaFacet(field: string) {
  const catalogApi = useApi(catalogApiRef);
  return async () => {
    const { facets } = await catalogApi.getEntityFacets({
      filter: { kind: PERSONA_KIND },
      facets: [field],
    });
    return (facets[field] ?? []).map(facet => facet.value).sort();
  };
}

const resultTypes = [
  {
    value: 'software-catalog',
    name: 'Software Catalog',
    icon: <CatalogIcon />,
  },
  { value: 'persona', name: 'Personas', icon: <PersonaIcon /> },
];

const SearchPage = () => {
  const classes = useStyles();
  const { types } = useSearch();
  const { isMobile } = useSidebarPinState();
  const catalogApi = useApi(catalogApiRef);
  const personaFrameworks = usePersonaFacet('spec.framework');
  const personaTypes = usePersonaFacet('spec.type');
  // Kind and lifecycle are the catalog's: choosing one leaves out Personas
  const catalogFilters =
    types.length === 0 || types.includes('software-catalog');

  return (
    <Page themeId="home">
      <Header title="Search" />
      <Content>
        <Grid container direction="row">
          <Grid item xs={12}>
            <Paper className={classes.bar}>
              <SearchBar debounceTime={100} />
            </Paper>
          </Grid>
          <Grid item xs={12} md={3}>
            {/* On a phone, tabs above the results, and no filters */}
            {isMobile ? (
              <SearchType.Tabs types={resultTypes} />
            ) : (
              <SearchType.Accordion
                name="Result Type"
                showCounts
                types={resultTypes}
              />
            )}
            {!isMobile && (
              <Paper className={classes.filters}>
                {catalogFilters && (
                  <SearchFilter.Select
                    className={classes.filter}
                    label="Kind"
                    name="kind"
                    values={async () => {
                      const { facets } = await catalogApi.getEntityFacets({
                        facets: ['kind'],
                      });
                      return (facets.kind ?? [])
                        .map(facet => facet.value)
                        .sort();
                    }}
                  />
                )}
                {catalogFilters && (
                  <SearchFilter.Checkbox
                    className={classes.filter}
                    label="Lifecycle"
                    name="lifecycle"
                    values={['experimental', 'production']}
                  />
                )}
                {types.includes('persona') && (
                  <SearchFilter.Select
                    className={classes.filter}
                    label="Framework"
                    name="framework"
                    values={personaFrameworks}
                  />
                )}
                {types.includes('persona') && (
                  <SearchFilter.Select
                    className={classes.filter}
                    label="Persona type"
                    name="personaType"
                    values={personaTypes}
                  />
                )}
              </Paper>
            )}
          </Grid>
          <Grid item xs={12} md={9}>
            <SearchPagination />
            <SearchResult>{searchResultItems}</SearchResult>
            <SearchResultPager />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
};

export const searchPage = <SearchPage />;
