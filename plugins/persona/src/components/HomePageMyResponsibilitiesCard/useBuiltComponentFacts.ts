import { useApi } from '@backstage/core-plugin-api';
import { PlatformComponentFacts } from '@platform-personas/backstage-plugin-persona-common';
import useAsync from 'react-use/esm/useAsync';
import { personaApiRef } from '../../api';

/**
 * The coverage facts of the components a user builds. Asks only when there
 * are some: the endpoint answers every platform component when given none.
 */
export function useBuiltComponentFacts(refs: string[]): {
  loading: boolean;
  error?: Error;
  facts?: PlatformComponentFacts[];
} {
  const personaApi = useApi(personaApiRef);
  const key = refs.join('\n');
  const { loading, error, value } = useAsync(async () => {
    if (refs.length === 0) {
      return [];
    }
    return (await personaApi.getComponentFacts(refs)).items;
    // the refs are compared by value, through their key
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [personaApi, key]);
  return { loading, error, facts: value };
}
