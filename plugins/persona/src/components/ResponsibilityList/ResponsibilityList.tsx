import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { PersonaResponsibility } from '@platform-personas/backstage-plugin-persona-common';

/** The responsibilities that come with a persona, in the order it lists them. */
export function ResponsibilityList(props: {
  responsibilities: PersonaResponsibility[];
}) {
  return (
    <List dense disablePadding>
      {props.responsibilities.map(responsibility => (
        <ListItem key={responsibility.id} disableGutters>
          <ListItemText
            primary={responsibility.title}
            secondary={responsibility.description}
          />
        </ListItem>
      ))}
    </List>
  );
}
