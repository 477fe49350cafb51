import {
  RELATION_BUILDS,
  RELATION_BUILT_BY,
  RELATION_CONSUMED_BY,
  RELATION_CONSUMES,
  RELATION_ENABLED_BY,
  RELATION_ENABLES,
} from './relations';

/**
 * How a persona relates to a platform component: it builds it, enables
 * (operates, offers) it for others, or consumes it.
 *
 * @public
 */
export type PersonaMode = 'builds' | 'enables' | 'consumes';

/**
 * Every {@link PersonaMode}, in the order they are presented.
 *
 * @public
 */
export const PERSONA_MODES: ReadonlyArray<PersonaMode> = [
  'builds',
  'enables',
  'consumes',
];

/**
 * The relation pair that each {@link PersonaMode} emits for an explicit ref.
 *
 * @public
 */
export const PERSONA_MODE_RELATIONS: Readonly<
  Record<PersonaMode, { outgoing: string; incoming: string }>
> = {
  builds: { outgoing: RELATION_BUILDS, incoming: RELATION_BUILT_BY },
  enables: { outgoing: RELATION_ENABLES, incoming: RELATION_ENABLED_BY },
  consumes: { outgoing: RELATION_CONSUMES, incoming: RELATION_CONSUMED_BY },
};
