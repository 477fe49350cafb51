import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  HolderPersonaView,
  PERSONA_MODES,
} from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode, useMemo } from 'react';
import { listPagesOf } from '../../hooks/useViewListPages';
import { useViewListStore } from '../../hooks/useViewListStore';
import { personaTranslationRef } from '../../translation';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { ViewTitlesProvider } from '../ViewTitles';
import { IncludeSubTeamsSwitch } from './IncludeSubTeamsSwitch';
import { cutLists, withLoadedPages } from './loadedPages';
import { mapCounts } from './mapCounts';
import { MapMoreLists } from './MapMoreLists';
import { responsibilityMap } from './responsibilityMap';
import { ResponsibilityMapTable } from './ResponsibilityMapTable';
import { useMapView } from './useMapView';

type MapCardProps = {
  view: HolderPersonaView;
  name: string;
  includeSubTeams: boolean;
  onIncludeSubTeamsChange: (include: boolean) => void;
};

/**
 * The head of the Personas tab: how many components the User or Group
 * builds, enables and consumes, then every component once with its modes and
 * the personas it comes through; for a Group with sub-teams that hold
 * personas, a switch to include what they hold, as the org plugin's
 * ownership card has.
 *
 * The view carries the first page of each long list: the map is drawn from
 * what is loaded, its counts say "at least" while a list is not whole, and
 * a line per such list under it loads the next page into the map.
 */
export function ResponsibilityMapCard(props: MapCardProps) {
  const { t } = useTranslationRef(personaTranslationRef);
  const mapView = useMapView(props.view, props.includeSubTeams);
  const switchOf = (props.view.subTeams ?? []).length > 0 && (
    <IncludeSubTeamsSwitch
      checked={props.includeSubTeams}
      onChange={props.onIncludeSubTeamsChange}
    />
  );
  return (
    <InfoCard
      title={t('responsibilityMap.title')}
      subheader={t('responsibilityMap.subheader', { name: props.name })}
      noPadding
    >
      {mapView.view ? (
        <MapOfView
          view={mapView.view}
          firstAnswer={props.view}
          includeSubTeams={props.includeSubTeams}
          subTeamsSwitch={switchOf}
        />
      ) : (
        <Box px={2} py={1}>
          <Box display="flex">{switchOf}</Box>
          {mapView.error ? (
            <RetryableErrorPanel
              error={mapView.error}
              title={t('responsibilityMap.subTeamsFailed')}
              onRetry={mapView.retry}
            />
          ) : (
            <Progress />
          )}
        </Box>
      )}
    </InfoCard>
  );
}

/**
 * The counts, the table and the long lists of the map of a loaded view.
 * Pages loaded are kept until the first answer changes: a list's pointer
 * is the same whether or not the sub-teams' components came with the view.
 */
function MapOfView(props: {
  view: HolderPersonaView;
  firstAnswer: HolderPersonaView;
  includeSubTeams: boolean;
  subTeamsSwitch: ReactNode;
}) {
  const { view, includeSubTeams } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const store = useViewListStore(view.entityRef, props.firstAnswer);
  const loaded = useMemo(
    () => withLoadedPages(view, store.lists),
    [view, store.lists],
  );
  const map = useMemo(
    () => responsibilityMap(loaded, includeSubTeams),
    [loaded, includeSubTeams],
  );
  const more = cutLists(loaded, includeSubTeams)
    .map(cut => ({ cut, pages: listPagesOf(store, cut.items, cut.page) }))
    .filter(({ pages }) => pages.hasMore);
  const counts = mapCounts(
    map,
    more.map(({ cut, pages }) => ({ ...cut, total: pages.total })),
  );
  return (
    <>
      <Box
        px={2}
        py={1}
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        style={{ gap: 8 }}
        data-testid="responsibility-map-counts"
      >
        {PERSONA_MODES.map(mode => (
          <Chip
            key={mode}
            color={counts.modes[mode].count ? 'primary' : 'default'}
            label={t(
              counts.modes[mode].atLeast
                ? 'responsibilityMap.countAtLeast'
                : 'responsibilityMap.count',
              {
                mode: t(`modes.${mode}`),
                count: counts.modes[mode].count,
              },
            )}
          />
        ))}
        <Typography variant="body2" color="textSecondary">
          {t(
            counts.rows.atLeast
              ? 'responsibilityMap.totalAtLeast'
              : 'responsibilityMap.total',
            { count: counts.rows.count },
          )}
        </Typography>
        {props.subTeamsSwitch}
      </Box>
      {map.rows.length === 0 ? (
        <Box px={2} pb={2}>
          <Typography variant="body2" color="textSecondary">
            {t('responsibilityMap.empty')}
          </Typography>
        </Box>
      ) : (
        <ViewTitlesProvider titles={store.titles}>
          <ResponsibilityMapTable rows={map.rows} />
        </ViewTitlesProvider>
      )}
      <ViewTitlesProvider titles={store.titles}>
        <MapMoreLists lists={more} />
      </ViewTitlesProvider>
    </>
  );
}
