import { SvgIconProps } from '@material-ui/core/SvgIcon';
import AssignmentIndIcon from '@material-ui/icons/AssignmentInd';

/**
 * The icon of the Persona kind: a badge with a person, for the role someone
 * takes towards the platform. Register it as the app's `kind:persona` icon for
 * entity links and tables, and as `kindIcons.persona` of the entity
 * presentation API for the catalog graph's nodes (see the README).
 *
 * @public
 */
export function PersonaIcon(props: SvgIconProps) {
  return <AssignmentIndIcon {...props} />;
}
