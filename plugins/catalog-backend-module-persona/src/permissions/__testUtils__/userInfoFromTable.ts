import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';

/**
 * A user info service that gives each user the ownership refs of the table,
 * as a sign-in resolver would put them in the user's token, or only their
 * user ref.
 */
export function userInfoFromTable(ownership: Record<string, string[]>) {
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: () => ({
      async getUserInfo(credentials: BackstageCredentials) {
        const { userEntityRef } = credentials.principal as {
          userEntityRef: string;
        };
        return {
          userEntityRef,
          ownershipEntityRefs: ownership[userEntityRef] ?? [userEntityRef],
        };
      },
    }),
  });
}
