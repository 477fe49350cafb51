import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The entity ref of the signed-in user, as the identity API tells it. */
export function useSignedInUserRef(): {
  loading: boolean;
  error?: Error;
  userRef?: string;
} {
  const identityApi = useApi(identityApiRef);
  const { loading, error, value } = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  return { loading, error, userRef: value };
}
