import {
  InfoCard,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { fetchApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import useAsync from 'react-use/esm/useAsync';
import { personaTranslationRef } from '../../translation';
import guideUrl from './authoring-personas.md';

/**
 * The guide to authoring Personas, as shipped with the plugin: every field,
 * selectors, inheritance, the persona packs and the common mistakes. The
 * Markdown is a static asset of the app, fetched when the guide is opened, so
 * it costs the app bundle nothing.
 */
export function AuthoringGuide() {
  const fetchApi = useApi(fetchApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  // The answer, not an error, comes back for a failed status: the message
  // is translated at render time, so that a language switch reaches it too
  const { loading, error, value } = useAsync(async () => {
    const response = await fetchApi.fetch(
      new URL(guideUrl, window.location.href).toString(),
    );
    return {
      ok: response.ok,
      status: response.status,
      statusText: response.statusText,
      text: response.ok ? await response.text() : '',
    };
  }, [fetchApi]);

  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (value && !value.ok) {
    const message = t('authoringGuide.loadError', {
      status: String(value.status),
      statusText: value.statusText,
    });
    return <ResponseErrorPanel error={new Error(message)} />;
  }
  return (
    <InfoCard>
      <MarkdownContent content={value?.text ?? ''} dialect="gfm" />
    </InfoCard>
  );
}
