/**
 * The kinds that have a persona view, by the view they get.
 *
 * @public
 */
export const PERSONA_VIEW_KINDS = {
  holder: ['user', 'group'],
  component: ['component', 'resource', 'system', 'domain', 'api'],
  persona: ['persona'],
} as const;
