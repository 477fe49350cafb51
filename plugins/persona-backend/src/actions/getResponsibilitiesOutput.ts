import {
  HeldPersona,
  HolderPersonaView,
  PersonaHoldingSource,
} from '@platform-personas/backstage-plugin-persona-common';
import type { Zod } from './deps';
import {
  named,
  namedSchema,
  perMode,
  perModeSchema,
  personaBrief,
  personaBriefSchema,
  responsibilitySchema,
  titled,
  viaSchema,
} from './outputSchemas';

/** The answer of `get-responsibilities`. */
export const getResponsibilitiesOutput = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    title: z.string().optional(),
    personas: z.array(
      z.object({
        persona: personaBriefSchema(z).extend({
          description: z.string().optional(),
        }),
        held: z.array(
          z.object({
            how: z.enum(['direct', 'inherited', 'membership']),
            group: namedSchema(z).optional(),
            from: namedSchema(z).optional(),
            levels: z.number().optional(),
            summary: z.string(),
          }),
        ),
        responsibilities: z.array(responsibilitySchema(z)),
        components: perModeSchema(
          z,
          namedSchema(z).extend({
            type: z.string().optional(),
            missing: z.boolean().optional(),
            via: viaSchema(z),
          }),
        ),
      }),
    ),
    subTeams: z
      .array(
        z.object({
          group: namedSchema(z),
          levels: z.number(),
          personas: z.array(personaBriefSchema(z)),
        }),
      )
      .optional(),
  });

function describeSource(
  source: PersonaHoldingSource,
  titles: Record<string, string>,
) {
  const name = (ref: string) => (titles[ref] ? `${titles[ref]} (${ref})` : ref);
  if (source.type === 'direct') return 'holds it directly';
  if (source.type === 'inherited') {
    return `inherits it from ${name(source.from)}${
      source.levels ? `, ${source.levels} level(s) up` : ''
    }`;
  }
  return source.from === source.group
    ? `member of ${name(source.group)}, which holds it`
    : `member of ${name(source.group)}, which inherits it from ${name(
        source.from,
      )}`;
}

function held(persona: HeldPersona, titles: Record<string, string>) {
  return {
    persona: {
      ...personaBrief(persona.persona),
      ...(persona.persona.description
        ? { description: persona.persona.description }
        : {}),
    },
    held: persona.sources.map(source => ({
      how: source.type,
      ...('group' in source ? { group: named(source.group, titles) } : {}),
      ...('from' in source ? { from: named(source.from, titles) } : {}),
      ...('levels' in source && source.levels !== undefined
        ? { levels: source.levels }
        : {}),
      summary: describeSource(source, titles),
    })),
    responsibilities: persona.persona.responsibilities,
    components: perMode(persona.components, c => ({
      ...titled(c.ref, c.title),
      ...(c.type ? { type: c.type } : {}),
      ...(c.missing ? { missing: true } : {}),
      via: c.via,
    })),
  };
}

/** What a User or Group is responsible for, from its holder view. */
export function fromHolderView(view: HolderPersonaView) {
  const titles = view.titles ?? {};
  return {
    entityRef: view.entityRef,
    ...(titles[view.entityRef] ? { title: titles[view.entityRef] } : {}),
    personas: view.personas.map(p => held(p, titles)),
    ...(view.subTeams?.length
      ? {
          subTeams: view.subTeams.map(sub => ({
            group: named(sub.group, titles),
            levels: sub.levels,
            personas: sub.personas.map(p => personaBrief(p.persona)),
          })),
        }
      : {}),
  };
}
