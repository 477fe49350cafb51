import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { GapCard } from './GapCard';

/**
 * The coverage gaps of the current page: personas nobody holds, platform
 * components that no persona builds or enables, and groups without persona.
 */
export function CoverageGaps(props: { coverage: PersonaCoverageResponse }) {
  const { coverage } = props;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <GapCard
          title="Personas without holder"
          page={coverage.personasWithoutHolder}
          none="Every persona has a holder."
          renderItem={ref => ({
            key: ref,
            primary: <EntityRefLink entityRef={ref} />,
          })}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <GapCard
          title="Uncovered platform components"
          page={coverage.uncoveredComponents}
          none="A persona builds or enables every platform component."
          renderItem={component => ({
            key: component.ref,
            primary: (
              <EntityRefLink
                entityRef={component.ref}
                title={component.title}
              />
            ),
            secondary: (
              <>
                {component.type ?? 'no type'}
                {component.owners.length > 0 && (
                  <>
                    {' · owned by '}
                    <EntityRefLinks
                      entityRefs={component.owners}
                      defaultKind="group"
                    />
                  </>
                )}
              </>
            ),
          })}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <GapCard
          title="Groups without persona"
          page={coverage.groupsWithoutPersona}
          none="Every group holds a persona."
          renderItem={ref => ({
            key: ref,
            primary: <EntityRefLink entityRef={ref} />,
          })}
        />
      </Grid>
    </Grid>
  );
}
