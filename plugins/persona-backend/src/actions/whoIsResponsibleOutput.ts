import {
  ComponentPersonaRole,
  ComponentPersonaView,
  PersonaDetailView,
} from '@platform-personas/backstage-plugin-persona-common';
import type { Zod } from './deps';
import {
  named,
  namedSchema,
  perMode,
  perModeSchema,
  personaBrief,
  personaBriefSchema,
  selectorSchema,
  titled,
  viaSchema,
} from './outputSchemas';

/** The answer of `who-is-responsible`, for a component view or a persona view. */
export const whoIsResponsibleOutput = (z: Zod) => {
  const holders = z.array(namedSchema(z));
  const role = z.object({
    persona: personaBriefSchema(z),
    via: viaSchema(z),
    selectors: z.array(selectorSchema(z)).optional(),
    holders,
  });
  const component = namedSchema(z).extend({
    type: z.string().optional(),
    missing: z.boolean().optional(),
    via: viaSchema(z),
    appliesTo: z.array(z.string()),
  });
  const part = namedSchema(z).extend({
    through: z.string().optional(),
    modes: perModeSchema(z, role),
  });
  return z.object({
    entityRef: z.string(),
    viewType: z.enum(['component', 'persona']),
    modes: perModeSchema(z, role).optional(),
    parts: z.array(part).optional(),
    persona: personaBriefSchema(z).optional(),
    holders: holders.optional(),
    components: perModeSchema(z, component).optional(),
  });
};

/** Who builds, enables and consumes a component (and each of its parts). */
export function fromComponentView(view: ComponentPersonaView) {
  const titles = view.titles ?? {};
  const role = (r: ComponentPersonaRole) => ({
    persona: personaBrief(r.persona),
    via: r.via,
    ...(r.selectors ? { selectors: r.selectors } : {}),
    holders: r.holders.map(h => named(h, titles)),
  });
  return {
    entityRef: view.entityRef,
    viewType: 'component' as const,
    modes: perMode(view.modes, role),
    ...(view.parts
      ? {
          parts: view.parts.map(part => ({
            ...titled(part.ref, part.title),
            ...(part.through ? { through: part.through } : {}),
            modes: perMode(part.modes, role),
          })),
        }
      : {}),
  };
}

/** The holders and components of a persona; `titles` names the holders. */
export function fromPersonaView(
  view: PersonaDetailView,
  titles: Record<string, string>,
) {
  return {
    entityRef: view.entityRef,
    viewType: 'persona' as const,
    persona: personaBrief(view.persona),
    holders: view.holders.map(h => named(h.ref, titles)),
    components: perMode(view.components, c => ({
      ...titled(c.ref, c.title),
      ...(c.type ? { type: c.type } : {}),
      ...(c.missing ? { missing: true } : {}),
      via: c.via,
      appliesTo: c.appliesTo,
    })),
  };
}
