import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import WarningIcon from '@material-ui/icons/ReportProblemOutlined';
import { personaTranslationRef } from '../../translation';
import { PersonaRefLink } from '../PersonaRefLink';
import { AttentionItem } from './needsAttention';

function itemKey(item: AttentionItem) {
  return item.type === 'noEnabler'
    ? `noEnabler:${item.component}`
    : `danglingRef:${item.persona.ref}:${item.ref}`;
}

/** One thing that needs attention, in words, with links. */
function AttentionText(props: { item: AttentionItem }) {
  const { item } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  if (item.type === 'noEnabler') {
    return t('homeCard.noEnabler', {
      component: (
        <EntityRefLink entityRef={item.component} title={item.title} />
      ),
    });
  }
  return t('homeCard.danglingRef', {
    persona: (
      <PersonaRefLink entityRef={item.persona.ref} title={item.persona.title} />
    ),
    ref: <code>{item.ref}</code>,
  });
}

/**
 * What needs attention in the user's scope: components they build that no
 * persona enables, and refs of their personas to nothing in the catalog.
 */
export function NeedsAttention(props: { items: AttentionItem[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <section aria-label={t('homeCard.needsAttention')}>
      <Typography variant="subtitle2" component="h3">
        {t('homeCard.needsAttention')}
      </Typography>
      {props.items.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('homeCard.nothingNeedsAttention')}
        </Typography>
      ) : (
        <Box component="ul" m={0} pl={0} style={{ listStyle: 'none' }}>
          {props.items.map(item => (
            <Box
              component="li"
              key={itemKey(item)}
              display="flex"
              alignItems="flex-start"
              mb={0.5}
              style={{ gap: 6 }}
            >
              <WarningIcon fontSize="small" color="error" aria-hidden />
              <Typography variant="body2" component="span">
                <AttentionText item={item} />
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </section>
  );
}
