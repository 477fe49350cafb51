import { Progress, WarningPanel } from '@backstage/core-components';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import { ReactNode } from 'react';
import { usePersonaView } from '../../hooks/usePersonaView';
import { RetryableErrorPanel } from '../RetryableErrorPanel';

type ViewOfType<T extends PersonaViewResponse['type']> = Extract<
  PersonaViewResponse,
  { type: T }
>;

/**
 * Asks for the persona view of an entity and renders it once it is there:
 * progress while loading, the error (with a retry) when the request failed,
 * and a warning when the entity has another kind of view than expected —
 * each inside the card or tab that asked, never blanking the page.
 */
export function PersonaViewLoader<
  T extends PersonaViewResponse['type'],
>(props: {
  entityRef: string;
  type: T;
  children: (view: ViewOfType<T>) => ReactNode;
}) {
  const { entityRef, type, children } = props;
  const { loading, error, value, retry } = usePersonaView(entityRef);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return (
      <RetryableErrorPanel
        error={error}
        title={`Could not load the personas of ${entityRef}`}
        onRetry={retry}
      />
    );
  }
  if (!value || value.type !== type) {
    return (
      <WarningPanel
        title="No persona view of this kind"
        message={`${entityRef} has a persona view of type "${value?.type}", not "${type}".`}
      />
    );
  }
  return <>{children(value as ViewOfType<T>)}</>;
}
