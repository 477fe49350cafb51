import { ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import { personaTranslationRef } from '../../translation';

/**
 * A failed request, shown where its answer would have been — never blanking
 * the page — with a button to send it again.
 */
export function RetryableErrorPanel(props: {
  error: Error;
  title: string;
  onRetry: () => void;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <>
      <ResponseErrorPanel error={props.error} title={props.title} />
      <Box mt={1}>
        <Button variant="outlined" size="small" onClick={props.onRetry}>
          {t('retryableErrorPanel.retry')}
        </Button>
      </Box>
    </>
  );
}
