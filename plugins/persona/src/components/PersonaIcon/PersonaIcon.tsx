import { SvgIconProps } from '@material-ui/core/SvgIcon';
import AssignmentIndIcon from '@material-ui/icons/AssignmentInd';

/**
 * The icon of the Persona kind: a badge with a person, for the role someone
 * takes towards the platform. Register it as `kind:persona` so that entity
 * links, tables and the catalog graph show it.
 *
 * @public
 */
export function PersonaIcon(props: SvgIconProps) {
  return <AssignmentIndIcon {...props} />;
}
