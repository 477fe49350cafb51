import { StatusError, StatusOK } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';
import { TechInsightsCheckResult } from './TechInsightsChecksClient';

/** Each check with its outcome in words and icon, its name and description. */
export function ScorecardCheckList(props: {
  results: TechInsightsCheckResult[];
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  const passed = props.results.filter(r => r.result === true).length;
  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {t('scorecard.summary', {
          passed: String(passed),
          total: String(props.results.length),
        })}
      </Typography>
      <List dense>
        {props.results.map(({ check, result }) => (
          <ListItem
            key={check.id}
            alignItems="flex-start"
            data-testid={`scorecard-check-${check.id}`}
            disableGutters
          >
            <ListItemText
              // the theme's dense list items keep to one line; these wrap
              style={{ whiteSpace: 'normal' }}
              primary={
                <>
                  {result === true ? (
                    <StatusOK>{t('scorecard.passed')}</StatusOK>
                  ) : (
                    <StatusError>{t('scorecard.failed')}</StatusError>
                  )}{' '}
                  <strong>{check.name}</strong>
                </>
              }
              secondary={check.description}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
