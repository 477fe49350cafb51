import { Progress, WarningPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntityPresentation } from '@backstage/plugin-catalog-react';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode } from 'react';
import { usePersonaView } from '../../hooks/usePersonaView';
import { personaTranslationRef } from '../../translation';
import { RetryableErrorPanel } from '../RetryableErrorPanel';

type ViewOfType<T extends PersonaViewResponse['type']> = Extract<
  PersonaViewResponse,
  { type: T }
>;

/**
 * Asks for the persona view of an entity and renders it once it is there:
 * progress while loading, the error (with a retry, naming the entity by its
 * title) when the request failed,
 * and a warning when the entity has another kind of view than expected —
 * each inside the card or tab that asked, never blanking the page.
 */
export function PersonaViewLoader<
  T extends PersonaViewResponse['type'],
>(props: {
  entityRef: string;
  /** What a person calls the entity; its catalog presentation by default. */
  name?: string;
  type: T;
  children: (view: ViewOfType<T>) => ReactNode;
}) {
  const { entityRef, type, children } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const { loading, error, value, retry } = usePersonaView(entityRef);
  // A person reads the entity's title, not its ref
  const presented = useEntityPresentation(entityRef).primaryTitle;
  const name = props.name ?? presented;

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <RetryableErrorPanel
        error={error}
        title={t('viewLoader.errorTitle', { name })}
        onRetry={retry}
      />
    );
  }
  if (!value || value.type !== type) {
    return (
      <WarningPanel
        title={t('viewLoader.wrongViewTitle')}
        message={t('viewLoader.wrongViewMessage', {
          name,
          actual: String(value?.type),
          expected: type,
        })}
      />
    );
  }
  return <>{children(value as ViewOfType<T>)}</>;
}
