import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { SubTeamHolding } from '@platform-personas/backstage-plugin-persona-common';
import { Fragment } from 'react';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { TitledRefLink } from '../ViewTitles';

/**
 * What the sub-teams of a Group hold themselves: each sub-group that holds a
 * persona, how deep below the Group it is, and its personas.
 */
export function SubTeamHoldingsCard(props: { subTeams: SubTeamHolding[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <InfoCard title={t('subTeams.title')} subheader={t('subTeams.subheader')}>
      <List dense disablePadding>
        {props.subTeams.map(sub => (
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
    </InfoCard>
  );
}
