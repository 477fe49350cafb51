import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  PERSONA_MODE_RELATIONS,
  PERSONA_MODES,
  PersonaEntityV1alpha1,
  PersonaMode,
  RELATION_PERSONA_OF,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaDocument } from './PersonaDocument';

/**
 * The refs that a persona's document names: the targets of its `personaOf`
 * relations (holders) and of its `builds`, `enables` and `consumes`
 * relations (explicit refs and selector matches alike), each once.
 */
export function relatedRefs(
  persona: PersonaEntityV1alpha1,
  types: readonly string[] = [
    RELATION_PERSONA_OF,
    ...PERSONA_MODES.map(mode => PERSONA_MODE_RELATIONS[mode].outgoing),
  ],
): string[] {
  const refs = (persona.relations ?? [])
    .filter(relation => types.includes(relation.type))
    .map(relation => relation.targetRef);
  return [...new Set(refs)];
}

/** Ends a piece of text with a full stop, unless it ends a sentence already. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The persona as prose: what the search engine matches and a result shows. */
function describe(persona: PersonaEntityV1alpha1): string {
  const { description } = persona.metadata;
  const { responsibilities, channels = [], tools = [] } = persona.spec;
  const parts: string[] = [];
  if (description?.trim()) parts.push(sentence(description));
  if (responsibilities.length) {
    parts.push('Responsibilities:');
    for (const { title, description: detail } of responsibilities) {
      parts.push(
        detail?.trim()
          ? `${title.trim()}: ${sentence(detail)}`
          : sentence(title),
      );
    }
  }
  if (channels.length) parts.push(sentence(`Channels: ${channels.join(', ')}`));
  if (tools.length) parts.push(sentence(`Tools: ${tools.join(', ')}`));
  return parts.join(' ');
}

const MODE_LABELS: Record<PersonaMode, string> = {
  builds: 'Builds',
  enables: 'Enables',
  consumes: 'Consumes',
};

const byText = (a: string, b: string) => a.localeCompare(b, 'en-US');

/**
 * Shapes a Persona into its search document, `titleOf` giving the title of
 * each related entity, or `undefined` for an untitled or missing one (whose
 * ref then stands in for the title).
 */
export function toPersonaDocument(
  persona: PersonaEntityV1alpha1,
  titleOf: (ref: string) => string | undefined,
): PersonaDocument {
  const { metadata, spec } = persona;
  const namespace = metadata.namespace ?? DEFAULT_NAMESPACE;
  const entityRef = stringifyEntityRef(persona);
  const titles = (mode: PersonaMode) =>
    relatedRefs(persona, [PERSONA_MODE_RELATIONS[mode].outgoing])
      .map(ref => titleOf(ref) ?? ref)
      .sort(byText);
  const holders = relatedRefs(persona, [RELATION_PERSONA_OF])
    .map(ref => ({ ref, title: titleOf(ref) ?? ref }))
    .sort((a, b) => byText(a.title, b.title) || byText(a.ref, b.ref));
  const components = {
    builds: titles('builds'),
    enables: titles('enables'),
    consumes: titles('consumes'),
  };
  // Who holds it and what it works on are in the prose too: engines such as
  // Lunr search only text and flat fields, never arrays of objects.
  const named = [
    holders.length ? `Held by: ${holders.map(h => h.title).join(', ')}` : '',
    ...PERSONA_MODES.map(mode =>
      components[mode].length
        ? `${MODE_LABELS[mode]}: ${components[mode].join(', ')}`
        : '',
    ),
  ].filter(Boolean);
  return {
    title: metadata.title ?? metadata.name,
    text: [describe(persona), ...named.map(sentence)].filter(Boolean).join(' '),
    // The trailing slash keeps this document apart from the catalog
    // collator's document of the same entity in engines that key all types
    // by location (Lunr); the entity page answers both paths.
    location: `/catalog/${encodeURIComponent(
      namespace,
    )}/persona/${encodeURIComponent(metadata.name)}/`,
    authorization: { resourceRef: entityRef },
    entityRef,
    // every field in every document, for engines (Lunr) that take the
    // fields of the first document as the fields of all
    framework: spec.framework,
    personaType: spec.type,
    responsibilities: spec.responsibilities.map(({ title, description }) =>
      description === undefined ? { title } : { title, description },
    ),
    channels: spec.channels ?? [],
    tools: spec.tools ?? [],
    holders,
    ...components,
  };
}
