import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useAuthoringGuidePath } from '../../hooks/usePersonaPaths';

/**
 * Where the guide to authoring Personas lives when neither a `docsUrl` prop
 * nor the `persona.authoringDocsUrl` config says otherwise and the app has not
 * mounted the Personas page elsewhere: the guide shipped with this plugin, at
 * `/authoring` under the Personas page.
 *
 * @public
 */
export const PERSONA_AUTHORING_DOCS_URL = '/personas/authoring';

/** The authoring guide's location: the prop, else the app config, else the guide shipped with the plugin. */
export function useAuthoringDocsUrl(docsUrl?: string): string {
  const configApi = useApi(configApiRef);
  const shippedGuide = useAuthoringGuidePath();
  return (
    docsUrl ??
    configApi.getOptionalString('persona.authoringDocsUrl') ??
    shippedGuide
  );
}

/** Whether a docs location can be a link (a URL or an app path) or must be shown as text. */
export function isLinkable(location: string): boolean {
  return /^(https?:\/\/|\/)/.test(location);
}
