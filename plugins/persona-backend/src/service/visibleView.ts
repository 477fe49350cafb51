import {
  PERSONA_MODES,
  PersonaComponent,
  PersonaHoldingSource,
  PersonaSummary,
  PersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from '../resolution';
import { ReadableRefs } from './CallerAccess';

/**
 * Every entity ref that a view mentions, and for a persona view the members
 * behind its member counts: what the caller must be allowed to read.
 */
export function refsOfView(view: PersonaView, graph: PersonaGraph): string[] {
  const refs = new Set<string>([view.entityRef]);
  const addPersona = (p: PersonaSummary) => {
    refs.add(p.ref);
    if (p.owner) refs.add(p.owner);
  };
  const addComponent = (c: PersonaComponent) => {
    refs.add(c.ref);
    c.owners.forEach(o => refs.add(o));
  };
  if (view.type === 'holder') {
    for (const held of view.personas) {
      addPersona(held.persona);
      for (const source of held.sources) {
        if ('from' in source) refs.add(source.from);
        if ('group' in source) refs.add(source.group);
      }
      PERSONA_MODES.forEach(m => held.components[m].forEach(addComponent));
    }
  } else if (view.type === 'component') {
    for (const mode of PERSONA_MODES) {
      for (const role of view.modes[mode]) {
        addPersona(role.persona);
        role.holders.forEach(h => refs.add(h));
      }
    }
  } else {
    addPersona(view.persona);
    for (const holder of view.holders) {
      refs.add(holder.ref);
      graph.membersOfSubtree(holder.ref).forEach(m => refs.add(m));
    }
    PERSONA_MODES.forEach(m => view.components[m].forEach(addComponent));
  }
  return [...refs];
}

/**
 * The view as the caller may see it: nothing the caller cannot read appears,
 * not as an item, a ref, a provenance or a count. Refs to entities that do not
 * exist at all stay, marked missing: they are the persona's own text.
 */
export function visibleView(
  view: PersonaView,
  graph: PersonaGraph,
  readable: ReadableRefs,
): PersonaView {
  const visible = (ref: string) => readable.has(ref) || !graph.get(ref);
  const persona = (p: PersonaSummary): PersonaSummary => ({
    ...p,
    owner: p.owner && visible(p.owner) ? p.owner : undefined,
  });
  const component = <T extends PersonaComponent & { appliesTo?: string[] }>(
    c: T,
  ): T => ({
    ...c,
    owners: c.owners.filter(visible),
    ...(c.appliesTo ? { appliesTo: c.appliesTo.filter(visible) } : {}),
  });
  const components = <T extends PersonaComponent>(list: Record<string, T[]>) =>
    Object.fromEntries(
      PERSONA_MODES.map(m => [
        m,
        list[m].filter(c => visible(c.ref)).map(component),
      ]),
    ) as Record<(typeof PERSONA_MODES)[number], T[]>;
  const sourceVisible = (s: PersonaHoldingSource) =>
    (!('from' in s) || visible(s.from)) &&
    (!('group' in s) || visible(s.group));

  if (view.type === 'holder') {
    return {
      ...view,
      personas: view.personas
        .filter(held => readable.has(held.persona.ref))
        .map(held => ({ ...held, sources: held.sources.filter(sourceVisible) }))
        .filter(held => held.sources.length > 0)
        .map(held => ({
          persona: persona(held.persona),
          sources: held.sources,
          components: components(held.components),
        })),
    };
  }
  if (view.type === 'component') {
    const modes = {} as typeof view.modes;
    for (const mode of PERSONA_MODES) {
      modes[mode] = view.modes[mode]
        .filter(role => readable.has(role.persona.ref))
        .map(role => ({
          ...role,
          persona: persona(role.persona),
          holders: role.holders.filter(visible),
        }));
    }
    return { ...view, modes };
  }
  return {
    ...view,
    persona: persona(view.persona),
    holders: view.holders
      .filter(h => visible(h.ref))
      .map(h =>
        h.memberCount === undefined
          ? h
          : {
              ...h,
              memberCount: graph
                .membersOfSubtree(h.ref)
                .filter(m => readable.has(m)).length,
            },
      ),
    components: components(view.components),
  };
}
