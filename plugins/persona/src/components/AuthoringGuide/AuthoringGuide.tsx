import {
  InfoCard,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { fetchApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import guideUrl from './authoring-personas.md';

/**
 * The guide to authoring Personas, as shipped with the plugin: every field,
 * selectors, inheritance, the persona packs and the common mistakes. The
 * Markdown is a static asset of the app, fetched when the guide is opened, so
 * it costs the app bundle nothing.
 */
export function AuthoringGuide() {
  const fetchApi = useApi(fetchApiRef);
  const { loading, error, value } = useAsync(async () => {
    const response = await fetchApi.fetch(
      new URL(guideUrl, window.location.href).toString(),
    );
    if (!response.ok) {
      throw new Error(
        `The authoring guide could not be loaded: ${response.status} ${response.statusText}`,
      );
    }
    return response.text();
  }, [fetchApi]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  return (
    <InfoCard>
      <MarkdownContent content={value ?? ''} dialect="gfm" />
    </InfoCard>
  );
}
