import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';

/**
 * A link to an entity of a persona view, or — when the ref points to
 * nothing in the catalog — the ref itself marked as missing, so that a
 * broken Persona definition shows instead of silently shrinking.
 */
export function PersonaRefLink(props: {
  entityRef: string;
  title?: string;
  missing?: boolean;
}) {
  const { entityRef, title, missing } = props;
  if (missing) {
    return (
      <Typography component="span" variant="body2" color="textSecondary">
        {entityRef}{' '}
        <Chip
          label="missing"
          size="small"
          variant="outlined"
          title="This ref points to no entity in the catalog"
        />
      </Typography>
    );
  }
  return <EntityRefLink entityRef={entityRef} title={title} />;
}
