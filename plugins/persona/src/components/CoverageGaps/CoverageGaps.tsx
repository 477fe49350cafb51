import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import {
  PersonaCoverageResponse,
  PersonaPage,
  UncoveredComponent,
} from '@platform-personas/backstage-plugin-persona-common';
import { useCallback } from 'react';
import { personaTranslationRef } from '../../translation';
import { humanize, personaTitle, titleOf } from '../CoverageLabels';
import { GapCard } from './GapCard';

/** Which gap list to load, and how: `offset` and `limit` of that list only. */
export type LoadGapPage = <
  L extends
    | 'personasWithoutHolder'
    | 'uncoveredComponents'
    | 'groupsWithoutPersona',
>(
  list: L,
  offset: number,
  limit: number,
) => Promise<PersonaCoverageResponse[L]>;

/**
 * The coverage gaps under the current filters, each list defined in a
 * sentence and paged on its own: personas nobody holds, platform components
 * that no held persona builds or enables, and groups without persona.
 */
export function CoverageGaps(props: {
  coverage: PersonaCoverageResponse;
  loadPage: LoadGapPage;
}) {
  const { coverage, loadPage } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const personas = new Map(coverage.personas.map(p => [p.ref, p]));
  const loadWithoutHolder = useCallback(
    (offset: number, limit: number): Promise<PersonaPage<string>> =>
      loadPage('personasWithoutHolder', offset, limit),
    [loadPage],
  );
  const loadUncovered = useCallback(
    (offset: number, limit: number): Promise<PersonaPage<UncoveredComponent>> =>
      loadPage('uncoveredComponents', offset, limit),
    [loadPage],
  );
  const loadWithoutPersona = useCallback(
    (offset: number, limit: number): Promise<PersonaPage<string>> =>
      loadPage('groupsWithoutPersona', offset, limit),
    [loadPage],
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={4}>
        <GapCard
          title={t('gaps.personasWithoutHolder')}
          definition={t('gaps.personasWithoutHolderDefinition')}
          total={coverage.personasWithoutHolder.total}
          none={t('gaps.personasWithoutHolderNone')}
          load={loadWithoutHolder}
          renderItem={ref => {
            const persona = personas.get(ref);
            return {
              key: ref,
              primary: (
                <EntityRefLink
                  entityRef={ref}
                  title={persona ? personaTitle(persona) : titleOf(ref)}
                />
              ),
              secondary: persona?.framework && humanize(persona.framework),
            };
          }}
        />
      </Grid>
      <Grid item xs={12} md={4}>
        <GapCard
          title={t('gaps.uncoveredComponents')}
          definition={t('gaps.uncoveredComponentsDefinition')}
          total={coverage.uncoveredComponents.total}
          none={t('gaps.uncoveredComponentsNone')}
          load={loadUncovered}
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
          definition={t('gaps.groupsWithoutPersonaDefinition')}
          total={coverage.groupsWithoutPersona.total}
          none={t('gaps.groupsWithoutPersonaNone')}
          load={loadWithoutPersona}
          renderItem={ref => ({
            key: ref,
            primary: <EntityRefLink entityRef={ref} />,
          })}
        />
      </Grid>
    </Grid>
  );
}
