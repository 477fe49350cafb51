import { Link } from '@backstage/core-components';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { titleOf } from '../CoverageLabels';

/** The path of the Personas tab of Group and User pages in both example apps. */
export const PERSONAS_TAB_PATH = 'personas';

/**
 * A link to the Personas tab of a team's page, named by the team's title
 * (its name, humanised, where it has none).
 */
export function TeamLink(props: { group: string; title?: string }) {
  const entityPath = useEntityRefLink();
  const base = entityPath(props.group).replace(/\/$/, '');
  return (
    <Link to={`${base}/${PERSONAS_TAB_PATH}`}>
      {titleOf(props.group, props.title)}
    </Link>
  );
}
