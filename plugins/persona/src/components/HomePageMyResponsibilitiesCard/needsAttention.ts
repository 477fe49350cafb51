import {
  HeldPersona,
  PERSONA_MODES,
  PlatformComponentFacts,
} from '@platform-personas/backstage-plugin-persona-common';

/** Something in a user's scope that somebody should look at. */
export type AttentionItem =
  | { type: 'noEnabler'; component: string; title?: string }
  | { type: 'danglingRef'; persona: HeldPersona['persona']; ref: string };

/**
 * The components that the user's personas build, each once: the refs that
 * point to something, for the facts request.
 */
export function builtComponentRefs(personas: HeldPersona[]): string[] {
  const refs = new Set<string>();
  for (const held of personas) {
    for (const component of held.components.builds) {
      if (!component.missing) {
        refs.add(component.ref);
      }
    }
  }
  return [...refs].sort();
}

/**
 * What needs attention in a user's scope: each component they build that no
 * persona enables (as far as the facts tell; a component the facts do not
 * mention is not flagged), and each ref of their personas that points to
 * nothing in the catalog.
 */
export function needsAttention(
  personas: HeldPersona[],
  facts: PlatformComponentFacts[] | undefined,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  const titles = new Map<string, string | undefined>();
  for (const held of personas) {
    for (const component of held.components.builds) {
      titles.set(component.ref, component.title);
    }
  }
  const built = new Set(builtComponentRefs(personas));
  for (const fact of facts ?? []) {
    if (built.has(fact.entityRef) && !fact.hasEnabler) {
      items.push({
        type: 'noEnabler',
        component: fact.entityRef,
        title: titles.get(fact.entityRef),
      });
    }
  }
  for (const held of personas) {
    const dangling = new Set<string>();
    for (const mode of PERSONA_MODES) {
      for (const component of held.components[mode]) {
        if (component.missing) {
          dangling.add(component.ref);
        }
      }
    }
    for (const ref of [...dangling].sort()) {
      items.push({ type: 'danglingRef', persona: held.persona, ref });
    }
  }
  return items;
}
