import { CodeSnippet, EmptyState, Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useValidatorPath } from '../../hooks/usePersonaPaths';
import { isLinkable, useAuthoringDocsUrl } from './authoringDocs';

const EXAMPLE_PERSONA = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: anthos-platform-team
  title: Platform team
spec:
  type: builder
  owner: group:default/platform-team
  holders:
    - group:default/platform-team
  responsibilities:
    - id: platform-lifecycle
      title: Build and manage the life cycle of the platform
  builds:
    - resource:default/anthos-prod-eu`;

type PersonaEmptyStateProps = {
  title: string;
  /** What is missing here, before the instructions. */
  description?: string;
  /** Where the authoring guide lives; see PERSONA_AUTHORING_DOCS_URL. */
  docsUrl?: string;
  /** Whether to show an example Persona; defaults to true. */
  showExample?: boolean;
};

/**
 * What a persona view shows when there is nothing to show yet: how to
 * describe a Persona in the catalog, where the authoring guide is, and a
 * link to the validator.
 */
export function PersonaEmptyState(props: PersonaEmptyStateProps) {
  const docsUrl = useAuthoringDocsUrl(props.docsUrl);
  const validatorPath = useValidatorPath();
  const showExample = props.showExample ?? true;
  const description = (
    <>
      {props.description && <>{props.description} </>}
      {showExample && (
        <>
          Personas are catalog entities of kind <code>Persona</code>: a role
          with its responsibilities, the Groups and Users that hold it, and the
          components it builds, enables or consumes. Add one to a catalog
          location like this:
        </>
      )}
    </>
  );
  return (
    <EmptyState
      missing="info"
      title={props.title}
      description={description}
      action={
        <Box maxWidth={640}>
          {showExample && (
            <CodeSnippet
              language="yaml"
              text={EXAMPLE_PERSONA}
              showCopyCodeButton
            />
          )}
          <Typography variant="body2" component="p">
            {isLinkable(docsUrl) ? (
              <>
                Every field is described in the{' '}
                <Link to={docsUrl}>authoring guide</Link>.
              </>
            ) : (
              <>
                Every field is described in the authoring guide:{' '}
                <code>{docsUrl}</code>.
              </>
            )}{' '}
            Check a definition before committing it with the{' '}
            <Link to={validatorPath}>Persona validator</Link>.
          </Typography>
        </Box>
      }
    />
  );
}
