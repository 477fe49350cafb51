import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { PersonaValidateResponse } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { isWarning, validationSummary } from './problemReport';

/**
 * The verdict on the text: valid with how many Personas, how many problems,
 * or that the text holds no Persona at all. A live region, so that a screen
 * reader hears the verdict change while typing.
 */
export function PersonaValidationSummary(props: {
  result: PersonaValidateResponse;
}) {
  const { result } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const summary = validationSummary(result, t);
  let status;
  if (result.problems.some(problem => !isWarning(problem))) {
    status = <StatusError>{summary}</StatusError>;
  } else if (result.problems.length > 0 || result.personas === 0) {
    status = <StatusWarning>{summary}</StatusWarning>;
  } else {
    status = <StatusOK>{summary}</StatusOK>;
  }
  return (
    <Typography variant="h6" component="p" role="status" aria-live="polite">
      {status}
    </Typography>
  );
}
