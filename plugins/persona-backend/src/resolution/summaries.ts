import {
  PERSONA_MODES,
  PersonaMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { IndexedPersona, PersonaGraph } from './PersonaGraph';
import { isOwnedWithin } from './ownedByHolder';
import {
  PersonaComponent,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';

export function summarizePersona({
  ref,
  entity,
  refs,
}: IndexedPersona): PersonaSummary {
  const { metadata, spec } = entity;
  return {
    ref,
    title: metadata.title,
    description: metadata.description,
    type: spec.type,
    framework: spec.framework,
    owner: refs.owner,
    interaction: spec.interaction,
    channels: spec.channels ?? [],
    tools: spec.tools ?? [],
    responsibilities: spec.responsibilities,
  };
}

export function summarizeComponent(
  graph: PersonaGraph,
  ref: string,
  via: Iterable<'ref' | 'selector'>,
): PersonaComponent {
  const entity = graph.get(ref);
  const spec = (entity?.spec ?? {}) as { type?: unknown; lifecycle?: unknown };
  return {
    ref,
    missing: !entity,
    via: [...new Set(via)].sort(),
    title: entity?.metadata.title,
    type: typeof spec.type === 'string' ? spec.type : undefined,
    lifecycle: typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined,
    owners: graph.ownersOf(ref),
  };
}

/** Per mode, each component ref with how it got in. */
export type ComponentVias = Record<
  PersonaMode,
  Map<string, Set<'ref' | 'selector'>>
>;

/**
 * The explicit refs and selector matches of each mode; `ownedByHolder`
 * selectors keep only what is owned within `scope`, or nothing without one.
 */
export function collectComponents(
  graph: PersonaGraph,
  { refs }: IndexedPersona,
  scope: Set<string> | undefined,
): ComponentVias {
  const result = {} as ComponentVias;
  for (const mode of PERSONA_MODES) {
    const vias = new Map<string, Set<'ref' | 'selector'>>();
    const add = (ref: string, via: 'ref' | 'selector') => {
      const set = vias.get(ref) ?? new Set();
      set.add(via);
      vias.set(ref, set);
    };
    refs.modes[mode].refs.forEach(ref => add(ref, 'ref'));
    for (const selector of refs.modes[mode].selectors) {
      if (selector.ownedByHolder && !scope) continue;
      for (const match of graph.match(selector.filter)) {
        if (!selector.ownedByHolder || isOwnedWithin(graph, match, scope!)) {
          add(match, 'selector');
        }
      }
    }
    result[mode] = vias;
  }
  return result;
}

export function summarizeComponents(graph: PersonaGraph, vias: ComponentVias) {
  const result = {} as Record<PersonaMode, PersonaComponent[]>;
  for (const mode of PERSONA_MODES) {
    result[mode] = [...vias[mode].entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, via]) => summarizeComponent(graph, ref, via));
  }
  return result;
}
