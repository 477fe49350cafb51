import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError, isError } from '@backstage/errors';
import { PersonaViewResponse } from '@platform-personas/backstage-plugin-persona-common';
import type { PersonaViewService } from '../service/personaViewServiceRef';

/**
 * The persona view of `entityRef` as the caller may see it — the very answer
 * of `GET /v1/views/by-name/…`, parsed. A view the caller may not read and
 * one that does not exist are the same `NotFoundError`, which here also says
 * what to try instead.
 */
export async function readView(
  viewService: PersonaViewService,
  entityRef: string,
  credentials: BackstageCredentials,
  hint: string,
): Promise<PersonaViewResponse> {
  try {
    const { json } = await viewService.getViewBody(entityRef, credentials);
    return JSON.parse(json);
  } catch (error) {
    if (isError(error) && error.name === 'NotFoundError') {
      throw new NotFoundError(
        `No persona view of ${entityRef} that you may read. ${hint}`,
      );
    }
    throw error;
  }
}
