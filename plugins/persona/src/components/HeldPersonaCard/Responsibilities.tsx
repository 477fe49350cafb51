import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { PersonaResponsibility } from '@platform-personas/backstage-plugin-persona-common';

/**
 * The responsibilities of a persona, each title with its whole description —
 * wrapped, never clipped to a line.
 */
export function Responsibilities(props: {
  responsibilities: PersonaResponsibility[];
}) {
  return (
    <Box component="ul" m={0} pl={2}>
      {props.responsibilities.map(responsibility => (
        <Box component="li" key={responsibility.id} mb={1}>
          <Typography variant="body2" style={{ fontWeight: 500 }}>
            {responsibility.title}
          </Typography>
          {responsibility.description && (
            <Typography
              variant="body2"
              color="textSecondary"
              style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
            >
              {responsibility.description}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
