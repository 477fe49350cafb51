import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import {
  HolderPersonaView,
  PERSONA_MODES,
} from '@platform-personas/backstage-plugin-persona-common';
import { useMemo } from 'react';
import { personaTranslationRef } from '../../translation';
import { responsibilityMap } from './responsibilityMap';
import { ResponsibilityMapTable } from './ResponsibilityMapTable';

/**
 * The head of the Personas tab: how many components the User or Group
 * builds, enables and consumes, then every component once with its modes and
 * the personas it comes through; for a Group with sub-teams that hold
 * personas, a switch to include what they hold, as the org plugin's
 * ownership card has.
 */
export function ResponsibilityMapCard(props: {
  view: HolderPersonaView;
  name: string;
  includeSubTeams: boolean;
  onIncludeSubTeamsChange: (include: boolean) => void;
}) {
  const { view, name, includeSubTeams } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const map = useMemo(
    () => responsibilityMap(view, includeSubTeams),
    [view, includeSubTeams],
  );
  const canIncludeSubTeams = (view.subTeams ?? []).length > 0;
  return (
    <InfoCard
      title={t('responsibilityMap.title')}
      subheader={t('responsibilityMap.subheader', { name })}
      noPadding
    >
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
            color={map.counts[mode] ? 'primary' : 'default'}
            label={t('responsibilityMap.count', {
              mode: t(`modes.${mode}`),
              count: map.counts[mode],
            })}
          />
        ))}
        <Typography variant="body2" color="textSecondary">
          {t('responsibilityMap.total', { count: map.rows.length })}
        </Typography>
        {canIncludeSubTeams && (
          <Box ml="auto">
            <FormControlLabel
              control={
                <Switch
                  color="primary"
                  checked={includeSubTeams}
                  onChange={(_e, checked) =>
                    props.onIncludeSubTeamsChange(checked)
                  }
                />
              }
              label={t('responsibilityMap.includeSubTeams')}
            />
          </Box>
        )}
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
    </InfoCard>
  );
}
