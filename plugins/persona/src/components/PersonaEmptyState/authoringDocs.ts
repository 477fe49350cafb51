import { configApiRef, useApi } from '@backstage/core-plugin-api';

/**
 * Where the guide to authoring Personas lives, when neither a `docsUrl` prop
 * nor the `persona.authoringDocsUrl` config says otherwise: the guide's path
 * in the Platform Personas repository. A value that is not a URL or an
 * absolute path is shown as text rather than as a link.
 *
 * @public
 */
export const PERSONA_AUTHORING_DOCS_URL = 'docs/authoring-personas.md';

/** The authoring guide's location: the prop, else the app config, else the default. */
export function useAuthoringDocsUrl(docsUrl?: string): string {
  const configApi = useApi(configApiRef);
  return (
    docsUrl ??
    configApi.getOptionalString('persona.authoringDocsUrl') ??
    PERSONA_AUTHORING_DOCS_URL
  );
}

/** Whether a docs location can be a link (a URL or an app path) or must be shown as text. */
export function isLinkable(location: string): boolean {
  return /^(https?:\/\/|\/)/.test(location);
}
