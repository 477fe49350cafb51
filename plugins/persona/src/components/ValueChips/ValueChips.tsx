import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { personaTranslationRef } from '../../translation';

// kind:name or kind:namespace/name; plain tool names such as "helm" are text
const ENTITY_REF = /^[a-z][\w-]*:(?:[\w.-]+\/)?[\w.-]+$/i;

/**
 * Free-text values such as channels and tools as chips; a value written as
 * an entity ref becomes a link to that entity.
 */
export function ValueChips(props: { values: string[] }) {
  const { t } = useTranslationRef(personaTranslationRef);
  if (props.values.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('valueChips.none')}
      </Typography>
    );
  }
  return (
    <>
      {props.values.map(value => (
        <Chip
          key={value}
          size="small"
          label={
            ENTITY_REF.test(value) ? <EntityRefLink entityRef={value} /> : value
          }
        />
      ))}
    </>
  );
}
