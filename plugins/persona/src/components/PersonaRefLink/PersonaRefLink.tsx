import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';

/**
 * A link to an entity of a persona view, or — when the ref points to
 * nothing in the catalog — the ref itself marked as missing, so that a
 * broken Persona definition shows instead of silently shrinking.
 */
export function PersonaRefLink(props: {
  entityRef: string;
  title?: string;
  missing?: boolean;
}) {
  const { entityRef, title, missing } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  if (missing) {
    return (
      <Typography component="span" variant="body2" color="textSecondary">
        {entityRef}{' '}
        <Chip
          label={t('refLink.missing')}
          size="small"
          variant="outlined"
          title={t('refLink.missingTooltip')}
        />
      </Typography>
    );
  }
  return <EntityRefLink entityRef={entityRef} title={title} />;
}
