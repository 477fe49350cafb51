import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { PersonaCoverageResponse } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { GapCard } from './GapCard';

/**
 * The coverage gaps of the current page: personas nobody holds, platform
 * components that no persona builds or enables, and groups without persona.
 */
export function CoverageGaps(props: { coverage: PersonaCoverageResponse }) {
  const { coverage } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <GapCard
          title={t('gaps.personasWithoutHolder')}
          page={coverage.personasWithoutHolder}
          none={t('gaps.personasWithoutHolderNone')}
          renderItem={ref => ({
            key: ref,
            primary: <EntityRefLink entityRef={ref} />,
          })}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <GapCard
          title={t('gaps.uncoveredComponents')}
          page={coverage.uncoveredComponents}
          none={t('gaps.uncoveredComponentsNone')}
          renderItem={component => ({
            key: component.ref,
            primary: (
              <EntityRefLink
                entityRef={component.ref}
                title={component.title}
              />
            ),
            secondary:
              component.owners.length > 0
                ? t('gaps.ownedBy', {
                    type: component.type ?? t('gaps.noType'),
                    owners: (
                      <EntityRefLinks
                        entityRefs={component.owners}
                        defaultKind="group"
                      />
                    ),
                  })
                : component.type ?? t('gaps.noType'),
          })}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <GapCard
          title={t('gaps.groupsWithoutPersona')}
          page={coverage.groupsWithoutPersona}
          none={t('gaps.groupsWithoutPersonaNone')}
          renderItem={ref => ({
            key: ref,
            primary: <EntityRefLink entityRef={ref} />,
          })}
        />
      </Grid>
    </Grid>
  );
}
