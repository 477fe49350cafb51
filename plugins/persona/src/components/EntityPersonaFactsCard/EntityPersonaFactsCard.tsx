import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { personaTranslationRef } from '../../translation';
import { PersonaDetailCard } from '../PersonaDetailCard';
import { PersonaFacts } from '../PersonaFacts';

/**
 * What a Persona page of the new frontend system shows beside the catalog's
 * own About card (which already has the description, type and owner): the
 * framework, how the persona interacts with the platform, its channels and
 * its tools.
 */
export function EntityPersonaFactsCard(props: { title?: string }) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <PersonaDetailCard title={props.title ?? t('factsCard.title')}>
      {({ persona }) => (
        <PersonaFacts persona={persona} catalogFields={false} />
      )}
    </PersonaDetailCard>
  );
}
