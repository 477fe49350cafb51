import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { HeldPersona } from '@platform-personas/backstage-plugin-persona-common';
import { HoldingSources } from '../HoldingSources';
import { PersonaRefLink } from '../PersonaRefLink';
import { CompactResponsibilities } from './CompactResponsibilities';
import { ModeCounts } from './ModeCounts';

/**
 * One persona the user holds, compactly: a link to it, how the user holds
 * it, its first responsibilities, and its components per mode.
 */
export function MyPersonaItem(props: {
  held: HeldPersona;
  personasTabPath?: string;
}) {
  const { persona, sources, components, componentPages } = props.held;
  return (
    <Box component="li" mb={2} data-testid="my-persona">
      <Typography variant="subtitle1" component="h3">
        <PersonaRefLink entityRef={persona.ref} title={persona.title} />
      </Typography>
      <HoldingSources sources={sources} />
      <CompactResponsibilities responsibilities={persona.responsibilities} />
      <Box mt={0.5}>
        <ModeCounts
          components={components}
          pages={componentPages}
          to={props.personasTabPath}
        />
      </Box>
    </Box>
  );
}
