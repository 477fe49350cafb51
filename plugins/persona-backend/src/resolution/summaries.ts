import {
  PERSONA_MODES,
  PersonaMode,
} from '@platform-personas/backstage-plugin-persona-common';
import { IndexedPersona, PersonaGraph } from './PersonaGraph';
import { isOwnedWithin } from './ownedByHolder';
import {
  PersonaComponent,
  PersonaSelectorMatch,
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
  selectors?: PersonaSelectorMatch[],
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
    ...(selectors?.length ? { selectors } : {}),
  };
}

/** A selector as a view shows it: its filter, and `ownedByHolder` when set. */
export function selectorMatch(selector: {
  filter: PersonaSelectorMatch['filter'];
  ownedByHolder?: boolean;
}): PersonaSelectorMatch {
  return selector.ownedByHolder
    ? { filter: selector.filter, ownedByHolder: true }
    : { filter: selector.filter };
}

/** Per mode, each component ref with how it got in. */
export type ComponentVias = Record<
  PersonaMode,
  Map<string, Set<'ref' | 'selector'>>
>;

/** How a component got into a mode: named, matched by selectors, or both. */
export type ComponentMatch = {
  via: Set<'ref' | 'selector'>;
  selectors: PersonaSelectorMatch[];
};

/** Per mode, each component ref with how it got in and the selectors that matched it. */
export type ComponentMatches = Record<PersonaMode, Map<string, ComponentMatch>>;

/**
 * The explicit refs and selector matches of each mode, with the selectors
 * that matched; `ownedByHolder` selectors keep only what is owned within
 * `scope`, or nothing without one.
 */
export function matchComponents(
  graph: PersonaGraph,
  { refs }: IndexedPersona,
  scope: Set<string> | undefined,
): ComponentMatches {
  const result = {} as ComponentMatches;
  for (const mode of PERSONA_MODES) {
    const matches = new Map<string, ComponentMatch>();
    const get = (ref: string) => {
      const match = matches.get(ref) ?? { via: new Set(), selectors: [] };
      matches.set(ref, match);
      return match;
    };
    refs.modes[mode].refs.forEach(ref => get(ref).via.add('ref'));
    for (const selector of refs.modes[mode].selectors) {
      if (selector.ownedByHolder && !scope) continue;
      for (const ref of graph.match(selector.filter)) {
        if (!selector.ownedByHolder || isOwnedWithin(graph, ref, scope!)) {
          const match = get(ref);
          match.via.add('selector');
          match.selectors.push(selectorMatch(selector));
        }
      }
    }
    result[mode] = matches;
  }
  return result;
}

/**
 * The explicit refs and selector matches of each mode; `ownedByHolder`
 * selectors keep only what is owned within `scope`, or nothing without one.
 */
export function collectComponents(
  graph: PersonaGraph,
  persona: IndexedPersona,
  scope: Set<string> | undefined,
): ComponentVias {
  const matches = matchComponents(graph, persona, scope);
  const result = {} as ComponentVias;
  for (const mode of PERSONA_MODES) {
    result[mode] = new Map(
      [...matches[mode]].map(([ref, match]) => [ref, match.via]),
    );
  }
  return result;
}

export function summarizeComponents(
  graph: PersonaGraph,
  matches: ComponentMatches,
) {
  const result = {} as Record<PersonaMode, PersonaComponent[]>;
  for (const mode of PERSONA_MODES) {
    result[mode] = [...matches[mode].entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, match]) =>
        summarizeComponent(graph, ref, match.via, match.selectors),
      );
  }
  return result;
}
