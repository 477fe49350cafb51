import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  PersonaViewResponse,
  resolvePersonaView,
} from '@platform-personas/backstage-plugin-persona-common';
import { CallerAccess } from './CallerAccess';
import { indexMeta } from './indexMeta';
import { PersonaIndex } from './PersonaIndex';
import { refsOfView, visibleView } from './visibleView';

/**
 * Answers persona views from the index, each filtered with the caller's own
 * credentials before it leaves the plugin.
 *
 * @public
 */
export class PersonaViewService {
  constructor(
    private readonly options: { index: PersonaIndex; access: CallerAccess },
  ) {}

  async getView(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<PersonaViewResponse> {
    const snapshot = await this.options.index.snapshot();
    const { graph, builtAt } = snapshot;
    // The same answer for "does not exist" and "may not be read": no leak.
    const notFound = new NotFoundError(`No persona view for ${entityRef}`);
    const view = resolvePersonaView(graph, entityRef);
    if (!view) throw notFound;

    const readable = await this.options.access.readable(
      () => refsOfView(view, graph),
      credentials,
      builtAt,
    );
    if (!readable.has(entityRef)) throw notFound;
    return { ...visibleView(view, graph, readable), meta: indexMeta(snapshot) };
  }
}
