import {
  ComponentPersonaRole,
  HeldPersona,
  PERSONA_MODES,
  PersonaComponent,
  PersonaHoldingSource,
  PersonaMode,
  PersonaSummary,
  PersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { PersonaGraph } from '../resolution';
import { directMembersOf } from '../resolution/resolvePersonaDetailView';
import type { ReadableRefs } from './ReadableRefs';

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
  const addHeld = (held: HeldPersona) => {
    addPersona(held.persona);
    for (const source of held.sources) {
      if ('from' in source) refs.add(source.from);
      if ('group' in source) refs.add(source.group);
    }
    PERSONA_MODES.forEach(m => held.components[m].forEach(addComponent));
  };
  const addRoles = (modes: Record<PersonaMode, ComponentPersonaRole[]>) => {
    for (const mode of PERSONA_MODES) {
      for (const role of modes[mode]) {
        addPersona(role.persona);
        role.holders.forEach(h => refs.add(h));
      }
    }
  };
  if (view.type === 'holder') {
    view.personas.forEach(addHeld);
    view.ownedPersonas?.forEach(addPersona);
    for (const sub of view.subTeams ?? []) {
      refs.add(sub.group);
      sub.personas.forEach(addHeld);
    }
  } else if (view.type === 'component') {
    addRoles(view.modes);
    for (const part of view.parts ?? []) {
      refs.add(part.ref);
      if (part.through) refs.add(part.through);
      addRoles(part.modes);
    }
  } else {
    addPersona(view.persona);
    for (const holder of view.holders) {
      refs.add(holder.ref);
      graph.membersOfSubtree(holder.ref).forEach(m => refs.add(m));
    }
    PERSONA_MODES.forEach(m => view.components[m].forEach(addComponent));
  }
  if ('titles' in view && view.titles) {
    Object.keys(view.titles).forEach(ref => refs.add(ref));
  }
  return [...refs];
}

/**
 * The view as the caller may see it: nothing the caller cannot read appears,
 * not as an item, a ref, a provenance, a title or a count. Refs to entities
 * that do not exist at all stay, marked missing: they are the persona's own
 * text.
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
    ) as Record<PersonaMode, T[]>;
  const sourceVisible = (s: PersonaHoldingSource) =>
    (!('from' in s) || visible(s.from)) &&
    (!('group' in s) || visible(s.group));
  const heldList = (list: HeldPersona[]): HeldPersona[] =>
    list
      .filter(held => readable.has(held.persona.ref))
      .map(held => ({ ...held, sources: held.sources.filter(sourceVisible) }))
      .filter(held => held.sources.length > 0)
      .map(held => ({
        ...held,
        persona: persona(held.persona),
        components: components(held.components),
      }));
  const roles = (modes: Record<PersonaMode, ComponentPersonaRole[]>) => {
    const result = {} as Record<PersonaMode, ComponentPersonaRole[]>;
    for (const mode of PERSONA_MODES) {
      result[mode] = modes[mode]
        .filter(role => readable.has(role.persona.ref))
        .map(role => ({
          ...role,
          persona: persona(role.persona),
          holders: role.holders.filter(visible),
        }));
    }
    return result;
  };
  const titles = (all?: Record<string, string>) =>
    all
      ? Object.fromEntries(
          Object.entries(all).filter(([ref]) => readable.has(ref)),
        )
      : undefined;

  if (view.type === 'holder') {
    return {
      ...view,
      personas: heldList(view.personas),
      ...(view.ownedPersonas && {
        ownedPersonas: view.ownedPersonas
          .filter(p => readable.has(p.ref))
          .map(persona),
      }),
      ...(view.subTeams && {
        subTeams: view.subTeams
          .filter(sub => readable.has(sub.group))
          .map(sub => ({ ...sub, personas: heldList(sub.personas) }))
          .filter(sub => sub.personas.length > 0),
      }),
      ...(view.titles && { titles: titles(view.titles) }),
    };
  }
  if (view.type === 'component') {
    return {
      ...view,
      modes: roles(view.modes),
      ...(view.parts && {
        parts: view.parts
          .filter(part => readable.has(part.ref))
          .map(part => ({
            ...part,
            ...(part.through && !readable.has(part.through)
              ? { through: undefined }
              : {}),
            modes: roles(part.modes),
          })),
      }),
      ...(view.titles && { titles: titles(view.titles) }),
    };
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
              ...(h.directMemberCount !== undefined && {
                directMemberCount: directMembersOf(graph, h.ref).filter(m =>
                  readable.has(m),
                ).length,
              }),
            },
      ),
    components: components(view.components),
  };
}
