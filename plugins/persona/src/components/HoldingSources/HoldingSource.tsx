import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PersonaHoldingSource } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { TitledRefLink } from '../ViewTitles';

/**
 * One way of holding a persona, in words a person uses — group titles, and
 * how many levels up the hierarchy an inherited persona comes from — with
 * links to the groups involved.
 */
export function HoldingSource(props: { source: PersonaHoldingSource }) {
  const { source } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const levelsText = (levels: number) =>
    levels === 1
      ? t('holdingSource.parentGroup')
      : t('holdingSource.levelsUp', { count: levels });
  switch (source.type) {
    case 'direct':
      return <>{t('holdingSource.direct')}</>;
    case 'inherited':
      if (source.levels === undefined) {
        return t('holdingSource.inherited', {
          group: <TitledRefLink entityRef={source.from} />,
        });
      }
      return t('holdingSource.inheritedLevels', {
        group: <TitledRefLink entityRef={source.from} />,
        levels: levelsText(source.levels),
      });
    case 'membership':
      if (source.from === source.group) {
        return t('holdingSource.membership', {
          group: <TitledRefLink entityRef={source.group} />,
        });
      }
      if (source.levels === undefined) {
        return t('holdingSource.membershipInherited', {
          group: <TitledRefLink entityRef={source.group} />,
          from: <TitledRefLink entityRef={source.from} />,
        });
      }
      return t('holdingSource.membershipInheritedLevels', {
        group: <TitledRefLink entityRef={source.group} />,
        from: <TitledRefLink entityRef={source.from} />,
        levels: levelsText(source.levels),
      });
    default:
      return null;
  }
}
