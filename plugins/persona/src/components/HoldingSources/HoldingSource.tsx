import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonaHoldingSource } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';

/** One way of holding a persona, in words, with links to the groups involved. */
export function HoldingSource(props: { source: PersonaHoldingSource }) {
  const { source } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  switch (source.type) {
    case 'direct':
      return <>{t('holdingSource.direct')}</>;
    case 'inherited':
      return t('holdingSource.inherited', {
        group: <EntityRefLink entityRef={source.from} />,
      });
    case 'membership':
      if (source.from === source.group) {
        return t('holdingSource.membership', {
          group: <EntityRefLink entityRef={source.group} />,
        });
      }
      return t('holdingSource.membershipInherited', {
        group: <EntityRefLink entityRef={source.group} />,
        from: <EntityRefLink entityRef={source.from} />,
      });
    default:
      return null;
  }
}
