import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { ValueChips } from '../ValueChips';

const INTERACTION_TEXT = {
  direct: 'direct',
  indirect: 'indirect (might not interact with the platform directly)',
};

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
  const metadata: Record<string, unknown> = {};
  if (catalogFields) metadata.type = persona.type;
  metadata.framework = persona.framework ?? '—';
  if (showOwner && catalogFields) {
    metadata.owner = persona.owner ? (
      <EntityRefLink entityRef={persona.owner} defaultKind="group" />
    ) : (
      '—'
    );
  }
  metadata.interaction = persona.interaction
    ? INTERACTION_TEXT[persona.interaction]
    : '—';
  metadata.channels = <ValueChips values={persona.channels} />;
  metadata.tools = <ValueChips values={persona.tools} />;
  return <StructuredMetadataTable dense metadata={metadata} />;
}
