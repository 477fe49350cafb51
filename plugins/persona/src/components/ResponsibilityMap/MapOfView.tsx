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
import { ViewTitlesProvider } from '../ViewTitles';
import { cutLists, withLoadedPages } from './loadedPages';
import { mapCounts } from './mapCounts';
import { MapMoreLists } from './MapMoreLists';
import { responsibilityMap } from './responsibilityMap';
import { ResponsibilityMapTable } from './ResponsibilityMapTable';

/**
 * The counts, the table and the long lists of the map of a loaded view.
 * Pages loaded are kept until the first answer changes: a list's pointer
 * is the same whether or not the sub-teams' components came with the view,
 * so turning the sub-teams on and off keeps what was loaded.
 */
export function MapOfView(props: {
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
    // the view's titles, then those of the pages loaded since
    <ViewTitlesProvider titles={{ ...view.titles, ...store.titles }}>
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
        <ResponsibilityMapTable rows={map.rows} />
      )}
      <MapMoreLists lists={more} />
    </ViewTitlesProvider>
  );
}
