import {
  PersonaTeam,
  TeamInteraction,
  TeamInteractionMode,
  TeamType,
} from '@platform-personas/backstage-plugin-persona-common';

/** A team of an interactions answer: `group:default/<name>`. */
export function team(
  name: string,
  title: string,
  teamType: TeamType,
  teamTypeSource: PersonaTeam['teamTypeSource'] = 'inferred',
): PersonaTeam {
  return { ref: `group:default/${name}`, title, teamType, teamTypeSource };
}

/** An interaction between `group:default/<from>` and `group:default/<to>`. */
export function interaction(
  mode: TeamInteractionMode,
  from: string,
  to: string,
  components: string[],
  personas: string[],
): TeamInteraction {
  return {
    mode,
    from: `group:default/${from}`,
    to: `group:default/${to}`,
    components,
    personas,
  };
}
