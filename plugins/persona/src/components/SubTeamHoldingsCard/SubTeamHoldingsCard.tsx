import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import {
  PersonaListPage,
  SubTeamHolding,
} from '@platform-personas/backstage-plugin-persona-common';
import { Fragment } from 'react';
import { useViewListPages } from '../../hooks/useViewListPages';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { ShowMoreButton } from '../ShowMoreButton';
import { TitledRefLink, ViewTitlesProvider } from '../ViewTitles';

/**
 * What the sub-teams of a Group hold themselves: each sub-group that holds a
 * persona, how deep below the Group it is, and its personas. When the view
 * cut the sub-teams short, "Show more" adds the next page, named by the
 * titles that page brought.
 */
export function SubTeamHoldingsCard(props: {
  entityRef: string;
  subTeams: SubTeamHolding[];
  page?: PersonaListPage;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  // the card names each sub-team's personas, not their components
  const pages = useViewListPages(props.entityRef, props.subTeams, props.page, {
    subTeamLimit: 0,
  });
  return (
    <InfoCard title={t('subTeams.title')} subheader={t('subTeams.subheader')}>
      <ViewTitlesProvider titles={pages.titles}>
        <List dense disablePadding>
          {pages.items.map(sub => (
            <ListItem key={sub.group} disableGutters>
              <Typography variant="body2">
                <TitledRefLink entityRef={sub.group} />{' '}
                <Typography
                  component="span"
                  variant="body2"
                  color="textSecondary"
                >
                  (
                  {sub.levels === 1
                    ? t('subTeams.childGroup')
                    : t('subTeams.levelsDown', { count: sub.levels })}
                  ):{' '}
                </Typography>
                {sub.personas.map((held, index) => (
                  <Fragment key={held.persona.ref}>
                    {index > 0 && ', '}
                    <PersonaRefLink
                      entityRef={held.persona.ref}
                      title={held.persona.title}
                    />
                  </Fragment>
                ))}
              </Typography>
            </ListItem>
          ))}
        </List>
      </ViewTitlesProvider>
      <ShowMoreButton pages={pages} />
    </InfoCard>
  );
}
