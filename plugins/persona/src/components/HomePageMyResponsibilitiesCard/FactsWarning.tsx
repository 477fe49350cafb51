import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import InfoIcon from '@material-ui/icons/InfoOutlined';
import { personaTranslationRef } from '../../translation';

/**
 * A small note that the facts request failed, so the "no enabler" items may
 * be missing — the rest of the card stands.
 */
export function FactsWarning(props: { error: Error }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Box display="flex" alignItems="center" mt={0.5} style={{ gap: 6 }}>
      <InfoIcon fontSize="small" color="action" aria-hidden />
      <Typography variant="caption" color="textSecondary" role="status">
        {t('homeCard.factsWarning', { message: props.error.message })}
      </Typography>
    </Box>
  );
}
