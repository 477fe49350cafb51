import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  ComponentPersonaView,
  PERSONA_MODES,
} from '@platform-personas/backstage-plugin-persona-common';
import { useViewListPages } from '../../hooks/useViewListPages';
import { personaTranslationRef } from '../../translation';
import { ComponentRolesTable } from '../ComponentRolesTable';
import {
  partsRollup,
  PartsRollupTable,
  uncoveredParts,
} from '../PartsRollupTable';
import { PersonaEmptyState } from '../PersonaEmptyState';
import { ShowMoreButton } from '../ShowMoreButton';
import { ViewTitlesProvider } from '../ViewTitles';

/**
 * What the components card shows of a view: who builds, enables and
 * consumes the entity itself, and — for a System or Domain — its parts,
 * through which part each persona comes. When the view cut the parts
 * short, the roll-ups are of the parts loaded so far, say so, and "Show
 * more" loads the next page of parts into them.
 */
export function ComponentViewBody(props: {
  view: ComponentPersonaView;
  name: string;
  docsUrl?: string;
}) {
  const { view, name } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const partPages = useViewListPages(
    view.entityRef,
    view.parts ?? [],
    view.partPage,
  );
  const parts = partPages.items;
  const own = PERSONA_MODES.filter(mode => view.modes[mode].length > 0);
  const rollups = PERSONA_MODES.map(mode => ({
    mode,
    rows: partsRollup(parts, mode),
  })).filter(r => r.rows.length > 0);
  if (own.length === 0 && rollups.length === 0 && !partPages.hasMore) {
    return (
      <PersonaEmptyState
        title={
          parts.length
            ? t('componentsCard.partsEmptyTitle', {
                name,
                total: String(partPages.total),
              })
            : t('componentsCard.emptyTitle', { name })
        }
        description={t('componentsCard.emptyDescription')}
        docsUrl={props.docsUrl}
      />
    );
  }
  const uncovered = uncoveredParts(parts).length;
  return (
    <ViewTitlesProvider titles={{ ...view.titles, ...partPages.titles }}>
      {own.map(mode => (
        <Box key={mode} mb={2}>
          <ComponentRolesTable
            title={
              rollups.length
                ? `${t(`inverseModes.${mode}`)} — ${t(
                    'componentsCard.ownRoles',
                    { name },
                  )}`
                : t(`inverseModes.${mode}`)
            }
            entityRef={view.entityRef}
            roles={view.modes[mode]}
            page={view.rolePages?.[mode]}
          />
        </Box>
      ))}
      {rollups.map(({ mode, rows }) => (
        <Box key={`parts-${mode}`} mb={2}>
          <PartsRollupTable
            title={t('partsRollup.title', { mode: t(`inverseModes.${mode}`) })}
            rows={rows}
            totalParts={parts.length}
          />
        </Box>
      ))}
      {rollups.length > 0 && uncovered > 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('partsRollup.uncovered', {
            count: uncovered,
            total: String(parts.length),
          })}
        </Typography>
      )}
      {partPages.hasMore && (
        <>
          <Typography variant="body2" color="textSecondary">
            {t('partsRollup.loadedParts', {
              shown: parts.length.toLocaleString(),
              total: partPages.total.toLocaleString(),
            })}
          </Typography>
          <ShowMoreButton pages={partPages} />
        </>
      )}
    </ViewTitlesProvider>
  );
}
