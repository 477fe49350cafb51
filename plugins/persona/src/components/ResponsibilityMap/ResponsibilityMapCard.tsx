import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import { HolderPersonaView } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { IncludeSubTeamsSwitch } from './IncludeSubTeamsSwitch';
import { MapOfView } from './MapOfView';
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
      {mapView.loading && <Progress />}
      {mapView.error && (
        <Box px={2} pt={1}>
          <RetryableErrorPanel
            error={mapView.error}
            title={t('responsibilityMap.subTeamsFailed')}
            onRetry={mapView.retry}
          />
        </Box>
      )}
      <MapOfView
        view={mapView.view}
        firstAnswer={props.view}
        includeSubTeams={mapView.withSubTeams}
        subTeamsSwitch={switchOf}
      />
    </InfoCard>
  );
}
