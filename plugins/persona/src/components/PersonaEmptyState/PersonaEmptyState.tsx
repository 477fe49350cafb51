import { CodeSnippet, EmptyState, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useValidatorPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(personaTranslationRef);
  const description = (
    <>
      {props.description && <>{props.description} </>}
      {showExample && t('emptyState.example', { kind: <code>Persona</code> })}
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
            {isLinkable(docsUrl)
              ? t('emptyState.guideLink', {
                  guide: (
                    <Link to={docsUrl}>{t('emptyState.guideLinkText')}</Link>
                  ),
                })
              : t('emptyState.guideText', {
                  location: <code>{docsUrl}</code>,
                })}{' '}
            {t('emptyState.validatorLink', {
              validator: (
                <Link to={validatorPath}>
                  {t('emptyState.validatorLinkText')}
                </Link>
              ),
            })}
          </Typography>
        </Box>
      }
    />
  );
}
