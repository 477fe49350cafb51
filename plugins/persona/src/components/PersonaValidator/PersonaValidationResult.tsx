import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { PersonaProblemTable } from './PersonaProblemTable';
import { PersonaValidationSummary } from './PersonaValidationSummary';
import { PersonaValidationState } from './usePersonaValidation';

/**
 * What the validator found: progress while the text is being checked (the
 * previous verdict stays, dimmed), the verdict and the problems, or the
 * failure of the request — which never touches the text.
 */
export function PersonaValidationResult(props: {
  text: string;
  validation: PersonaValidationState;
  onSelectProblem: (problem: PersonaProblem) => void;
}) {
  const { loading, pending, error, value, retry } = props.validation;
  const { t } = useTranslationRef(personaTranslationRef);
  if (!props.text.trim()) {
    return (
      <Typography color="textSecondary">{t('validator.blank')}</Typography>
    );
  }
  const checking = loading || pending;
  if (error && !checking) {
    return (
      <RetryableErrorPanel
        error={error}
        title={t('validator.errorTitle')}
        onRetry={retry}
      />
    );
  }
  return (
    <>
      {checking && <Progress />}
      {value && (
        <Box
          aria-busy={checking}
          style={{ opacity: checking ? 0.5 : 1, transition: 'opacity 0.2s' }}
        >
          <PersonaValidationSummary result={value} />
          {value.problems.length > 0 && (
            <PersonaProblemTable
              problems={value.problems}
              onSelect={props.onSelectProblem}
            />
          )}
        </Box>
      )}
    </>
  );
}
