import { StructuredMetadataTable } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { ValueChips } from '../ValueChips';

// The keys are translated already; startCase would mangle other languages
const KEEP_TITLE = { titleFormat: (key: string) => key };

/**
 * The facts of a persona: type, framework, owner, interaction, channels and
 * tools — without the type and owner where the catalog's About card already
 * shows them (`catalogFields: false`).
 */
export function PersonaFacts(props: {
  persona: PersonaSummary;
  showOwner?: boolean;
  catalogFields?: boolean;
}) {
  const { persona, showOwner } = props;
  const catalogFields = props.catalogFields ?? true;
  const { t } = useTranslationRef(personaTranslationRef);
  const metadata: Record<string, unknown> = {};
  if (catalogFields) metadata[t('facts.type')] = persona.type;
  metadata[t('facts.framework')] = persona.framework ?? '—';
  if (showOwner && catalogFields) {
    metadata[t('facts.owner')] = persona.owner ? (
      <EntityRefLink entityRef={persona.owner} defaultKind="group" />
    ) : (
      '—'
    );
  }
  metadata[t('facts.interaction')] = persona.interaction
    ? t(`facts.${persona.interaction}`)
    : '—';
  metadata[t('facts.channels')] = <ValueChips values={persona.channels} />;
  metadata[t('facts.tools')] = <ValueChips values={persona.tools} />;
  return (
    <StructuredMetadataTable dense metadata={metadata} options={KEEP_TITLE} />
  );
}
