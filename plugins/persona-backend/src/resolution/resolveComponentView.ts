import { parseEntityRef } from '@backstage/catalog-model';
import {
  ComponentPersonaRole,
  ComponentPersonaView,
  ComponentViewPart,
  PERSONA_MODES,
  PersonaMode,
  PersonaSelectorMatch,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from './PersonaGraph';
import { isOwnedWithin, ownershipScope } from './ownedByHolder';
import { selectorMatch, summarizePersona } from './summaries';
import { viewTitles } from './viewTitles';

type Modes = Record<PersonaMode, ComponentPersonaRole[]>;

const PART_KINDS = new Set(['component', 'resource', 'api']);

function kindOf(ref: string) {
  return parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
}

/**
 * The personas that build, enable or consume one entity, per mode, with the
 * holders to whom each applies and the selectors that matched it.
 */
function rolesOf(
  graph: PersonaGraph,
  entityRef: string,
  scopes: Map<string, Set<string>>,
): Modes {
  const modes = {} as Modes;
  const ownedByHolder = (holder: string) => {
    let scope = scopes.get(holder);
    if (!scope) {
      scope = ownershipScope(graph, holder);
      scopes.set(holder, scope);
    }
    return isOwnedWithin(graph, entityRef, scope);
  };
  for (const mode of PERSONA_MODES) {
    modes[mode] = [];
  }
  for (const persona of graph.personas()) {
    const allHolders = persona.refs.holders;
    for (const mode of PERSONA_MODES) {
      const { refs, selectors } = persona.refs.modes[mode];
      const via = new Set<'ref' | 'selector'>();
      const holders = new Set<string>();
      const matched: PersonaSelectorMatch[] = [];
      if (refs.includes(entityRef)) {
        via.add('ref');
        allHolders.forEach(h => holders.add(h));
      }
      for (const selector of selectors) {
        if (!graph.matches(selector.filter, entityRef)) continue;
        const applies = selector.ownedByHolder
          ? allHolders.filter(ownedByHolder)
          : allHolders;
        if (applies.length > 0 || !selector.ownedByHolder) {
          via.add('selector');
          matched.push(selectorMatch(selector));
          applies.forEach(h => holders.add(h));
        }
      }
      if (via.size > 0) {
        modes[mode].push({
          persona: summarizePersona(persona),
          via: [...via].sort(),
          holders: [...holders].sort(),
          ...(matched.length ? { selectors: matched } : {}),
        });
      }
    }
  }
  return modes;
}

/**
 * The parts a roll-up covers: a System's components, resources and APIs; a
 * Domain's systems' parts, each with the system it comes through.
 */
function partsOf(graph: PersonaGraph, entityRef: string) {
  const kind = kindOf(entityRef);
  const direct = (ref: string) =>
    graph.partsOf(ref).filter(part => PART_KINDS.has(kindOf(part)));
  if (kind === 'system') {
    return direct(entityRef).map(ref => ({ ref, through: undefined }));
  }
  if (kind === 'domain') {
    return graph
      .partsOf(entityRef)
      .filter(part => kindOf(part) === 'system')
      .flatMap(system => direct(system).map(ref => ({ ref, through: system })));
  }
  return undefined;
}

/**
 * The persona view of a Component, Resource, System, Domain or API: the
 * personas that build, enable or consume it — by an explicit ref or a
 * selector — and the holders to whom that applies. An `ownedByHolder`
 * selector applies only to the holders within whose ownership scope the
 * entity is owned. A System rolls up its parts, a Domain its systems' parts:
 * who builds, enables and consumes each of them.
 *
 * @public
 */
export function resolveComponentView(
  graph: PersonaGraph,
  entityRef: string,
): ComponentPersonaView {
  const scopes = new Map<string, Set<string>>();
  const view: ComponentPersonaView = {
    type: 'component',
    entityRef,
    modes: rolesOf(graph, entityRef, scopes),
  };
  const parts = partsOf(graph, entityRef);
  if (parts) {
    view.parts = parts.map(({ ref, through }): ComponentViewPart => {
      const title = graph.get(ref)?.metadata.title;
      return {
        ref,
        ...(title ? { title } : {}),
        ...(through ? { through } : {}),
        modes: rolesOf(graph, ref, scopes),
      };
    });
  }
  const roles = [view.modes, ...(view.parts ?? []).map(p => p.modes)];
  view.titles = viewTitles(
    graph,
    roles.flatMap(modes =>
      PERSONA_MODES.flatMap(m =>
        modes[m].flatMap(r => [
          ...r.holders,
          ...(r.persona.owner ? [r.persona.owner] : []),
        ]),
      ),
    ),
  );
  return view;
}
