import { PersonaMode } from '@platform-personas/backstage-plugin-persona-common';

/** How a mode reads from the persona's side. */
export const MODE_TITLES: Record<PersonaMode, string> = {
  builds: 'Builds',
  enables: 'Enables',
  consumes: 'Consumes',
};

/** How a mode reads from the component's side. */
export const INVERSE_MODE_TITLES: Record<PersonaMode, string> = {
  builds: 'Built by',
  enables: 'Enabled by',
  consumes: 'Consumed by',
};
