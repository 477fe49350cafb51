import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { ValueChips } from '../ValueChips';

const INTERACTION_TEXT = {
  direct: 'direct',
  indirect: 'indirect (might not interact with the platform directly)',
};

/** The facts of a persona: type, framework, owner, interaction, channels and tools. */
export function PersonaFacts(props: {
  persona: PersonaSummary;
  showOwner?: boolean;
}) {
  const { persona, showOwner } = props;
  const metadata: Record<string, unknown> = {
    type: persona.type,
    framework: persona.framework ?? '—',
  };
  if (showOwner) {
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
