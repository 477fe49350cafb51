import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ViewListPages } from '../../hooks/useViewListPages';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { ShowMoreButton } from '../ShowMoreButton';
import { TitledRefLink } from '../ViewTitles';
import { CutList } from './loadedPages';

/**
 * Under the responsibility map, each list it is made of that the view cut
 * short and that is not whole yet: what it is and "Show more" for its next
 * page, whose label says how much of the list the map holds. One line per
 * list keeps it plain which persona (or the sub-teams) a click grows.
 */
export function MapMoreLists(props: {
  lists: Array<{ cut: CutList; pages: ViewListPages<unknown> }>;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  if (props.lists.length === 0) return null;
  return (
    <Box px={2} py={1} data-testid="responsibility-map-more">
      <Typography variant="subtitle2">
        {t('responsibilityMap.moreTitle')}
      </Typography>
      {props.lists.map(({ cut, pages }) => {
        let label;
        if (cut.of.type === 'subTeams') {
          label = t('responsibilityMap.moreSubTeams');
        } else {
          const named = {
            mode: t(`modes.${cut.of.mode}`),
            persona: (
              <PersonaRefLink
                entityRef={cut.of.persona.ref}
                title={cut.of.persona.title}
              />
            ),
          };
          label = cut.of.team
            ? t('responsibilityMap.moreComponentsOfTeam', {
                ...named,
                team: <TitledRefLink entityRef={cut.of.team} />,
              })
            : t('responsibilityMap.moreComponents', named);
        }
        return (
          <Box
            key={cut.page.list}
            display="flex"
            flexWrap="wrap"
            alignItems="center"
            style={{ gap: 8 }}
          >
            <Typography variant="body2" component="span">
              {label}
            </Typography>
            <ShowMoreButton pages={pages} />
          </Box>
        );
      })}
    </Box>
  );
}
