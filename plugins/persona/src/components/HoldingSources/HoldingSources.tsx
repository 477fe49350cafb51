import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { PersonaHoldingSource } from '@platform-personas/backstage-plugin-persona-common';
import { HoldingSource } from './HoldingSource';

/** How a User or Group holds a persona: each way, one per line. */
export function HoldingSources(props: { sources: PersonaHoldingSource[] }) {
  return (
    <List dense disablePadding>
      {props.sources.map(source => (
        <ListItem
          key={`${source.type}:${'group' in source ? source.group : ''}:${
            'from' in source ? source.from : ''
          }`}
          disableGutters
        >
          <Typography variant="body2">
            <HoldingSource source={source} />
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}
