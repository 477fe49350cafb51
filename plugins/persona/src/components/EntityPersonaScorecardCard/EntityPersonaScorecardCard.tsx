import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntity } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';
import { ScorecardCheckList } from './ScorecardCheckList';
import {
  isNotInstalled,
  PERSONA_SCORECARD_CHECK_IDS,
} from './TechInsightsChecksClient';
import { useScorecardChecks } from './useScorecardChecks';

/**
 * Props of {@link EntityPersonaScorecardCard}.
 *
 * @public
 */
export type EntityPersonaScorecardCardProps = {
  title?: string;
  /**
   * The tech-insights checks to run, in the order to show them; by default
   * the persona coverage checks: `personaHasBuilder`, `personaHasEnabler`,
   * `personaHasConsumer`, `personaBuilderBusFactor`,
   * `personaNotOnlyInherited`.
   */
  checkIds?: string[];
};

/**
 * The persona scorecard of a Component or Resource page: whether it has a
 * builder, an enabler and a consumer, a builder bus factor of two, and
 * builders named at its owner's level — each a tech-insights check, run by
 * the tech-insights backend (`/api/tech-insights`) with the persona facts of
 * `@platform-personas/backstage-plugin-tech-insights-backend-module-persona`.
 * Says so when tech insights is not installed.
 *
 * @public
 */
export function EntityPersonaScorecardCard(
  props: EntityPersonaScorecardCardProps,
) {
  const { entity } = useEntity();
  const { t } = useTranslationRef(personaTranslationRef);
  const checkIds = props.checkIds ?? PERSONA_SCORECARD_CHECK_IDS;
  const { loading, error, value } = useScorecardChecks(entity, checkIds);

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error && isNotInstalled(error)) {
    body = (
      <div data-testid="scorecard-not-installed">
        <Typography variant="subtitle1" component="p">
          {t('scorecard.notInstalledTitle')}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('scorecard.notInstalledDescription')}
        </Typography>
      </div>
    );
  } else if (error) {
    body = (
      <ResponseErrorPanel error={error} title={t('scorecard.errorTitle')} />
    );
  } else if (!value || value.length === 0) {
    body = <Typography>{t('scorecard.noChecks')}</Typography>;
  } else {
    body = <ScorecardCheckList results={value} />;
  }

  return (
    <InfoCard
      title={props.title ?? t('scorecard.title')}
      subheader={t('scorecard.subtitle')}
    >
      {body}
    </InfoCard>
  );
}
