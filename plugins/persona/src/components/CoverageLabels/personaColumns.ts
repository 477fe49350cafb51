import { PersonaSummary } from '@platform-personas/backstage-plugin-persona-common';
import { compareShown, humanize, titleOf } from './humanize';

/** The personas of one framework: a group of matrix columns. */
export type FrameworkGroup = {
  /** The framework value; undefined for personas without one. */
  framework?: string;
  /** The framework as people read it (`CNCF Platforms`). */
  label?: string;
  personas: PersonaSummary[];
};

/** The text shown for a persona: its title, else its name humanised. */
export function personaTitle(persona: PersonaSummary): string {
  return titleOf(persona.ref, persona.title);
}

/**
 * The matrix columns grouped by framework — frameworks by their label,
 * personas without a framework last, and the personas of each by title.
 */
export function groupByFramework(personas: PersonaSummary[]): FrameworkGroup[] {
  const groups = new Map<string | undefined, PersonaSummary[]>();
  for (const persona of personas) {
    const list = groups.get(persona.framework) ?? [];
    list.push(persona);
    groups.set(persona.framework, list);
  }
  return [...groups.entries()]
    .map(([framework, list]) => ({
      framework,
      label: framework ? humanize(framework) : undefined,
      personas: list.sort((a, b) =>
        compareShown(personaTitle(a), personaTitle(b)),
      ),
    }))
    .sort((a, b) => {
      if (!a.label || !b.label) {
        return a.label ? -1 : 1;
      }
      return compareShown(a.label, b.label);
    });
}
