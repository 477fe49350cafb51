import {
  PERSONA_MODES,
  PersonaMode,
  PersonaSummary,
} from '@platform-personas/backstage-plugin-persona-common';
import type { Zod, ZodSchema } from './deps';

/** What every persona action may do: read, nothing else. */
export const READ_ONLY = {
  readOnly: true,
  idempotent: true,
  destructive: false,
} as const;

/** An entity by ref, with its display name where the caller may read one. */
export const namedSchema = (z: Zod) =>
  z.object({ ref: z.string(), title: z.string().optional() });

/** A persona in brief. */
export const personaBriefSchema = (z: Zod) =>
  z.object({
    ref: z.string(),
    title: z.string().optional(),
    type: z.string(),
    framework: z.string().optional(),
  });

/** A responsibility of a persona. */
export const responsibilitySchema = (z: Zod) =>
  z.object({
    id: z.string(),
    title: z.string(),
    description: z.string().optional(),
  });

/** How a component came to a persona: an explicit ref, a selector, or both. */
export const viaSchema = (z: Zod) => z.array(z.enum(['ref', 'selector']));

/** A catalog filter of a persona that matched, narrowed to its holders' own or not. */
export const selectorSchema = (z: Zod) =>
  z.object({
    filter: z.record(z.union([z.string(), z.array(z.string())])),
    ownedByHolder: z.boolean().optional(),
  });

/** One list of `item` per mode: builds, enables, consumes. */
export const perModeSchema = <T extends ZodSchema>(z: Zod, item: T) =>
  z.object({
    builds: z.array(item),
    enables: z.array(item),
    consumes: z.array(item),
  });

/** A persona in brief, from a view's summary. */
export function personaBrief(persona: PersonaSummary) {
  return {
    ref: persona.ref,
    ...(persona.title ? { title: persona.title } : {}),
    type: persona.type,
    ...(persona.framework ? { framework: persona.framework } : {}),
  };
}

/** A ref with its title from `titles`, when there is one. */
export function named(ref: string, titles: Record<string, string>) {
  return titles[ref] ? { ref, title: titles[ref] } : { ref };
}

/** A ref with `title`, when there is one. */
export function titled(ref: string, title?: string) {
  return title ? { ref, title } : { ref };
}

/** `map` applied to the list of each mode. */
export function perMode<T, U>(
  lists: Record<PersonaMode, T[]>,
  map: (item: T) => U,
): Record<PersonaMode, U[]> {
  const result = {} as Record<PersonaMode, U[]>;
  for (const mode of PERSONA_MODES) result[mode] = lists[mode].map(map);
  return result;
}
