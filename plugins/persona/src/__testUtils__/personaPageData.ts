import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { platformTeamPersonaView } from './fixtures';

/** The persona view of anthos-platform-team with nothing attached to it. */
export const barePersonaView: PersonaViewResponse = {
  ...platformTeamPersonaView,
  persona: {
    ...platformTeamPersonaView.persona,
    responsibilities: [],
    description: undefined,
  },
  holders: [],
  components: { builds: [], enables: [], consumes: [] },
};
