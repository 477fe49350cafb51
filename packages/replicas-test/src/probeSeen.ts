import {
  ComponentPersonaView,
  HolderPersonaView,
  PersonaDetailView,
  PersonaIndexMeta,
} from '@platform-personas/backstage-plugin-persona-common';
import { BackendReplica } from './BackendReplica';
import { PROBE_PERSONA_REF, ProbePersonaState } from './probePersona';
import { Poll } from './waitUntil';

const PROBE_VIEW =
  '/api/persona/v1/views/by-name/persona/default/replica-probe';
const PROBE_COMPONENT_VIEW =
  '/api/persona/v1/views/by-name/component/default/ci-cd-pipelines';
const HOLDERS = ['group:default/platform-team', 'group:default/devops'];

function holderViewPath(holderRef: string) {
  const [kind, rest] = holderRef.split(':');
  return `/api/persona/v1/views/by-name/${kind}/${rest}`;
}

/**
 * Whether a replica's persona index holds the probe Persona in `state`: its
 * own view names the holder and responsibilities, the holder's view lists it
 * and the other group's does not, the component it builds names the holder,
 * and the index holds every entity of the catalog. Done with the index
 * version of the probe's view.
 *
 * @public
 */
export async function probeSeen(
  replica: BackendReplica,
  token: string,
  state: ProbePersonaState,
): Promise<Poll<string>> {
  const notYet = (why: string) => ({
    done: false as const,
    why: `${replica.name}: ${why}`,
  });
  const probe = await replica.get(PROBE_VIEW, token);
  if (probe.status !== 200) {
    return notYet(`probe persona view answered ${probe.status}`);
  }
  const view = probe.body as PersonaDetailView & { meta: PersonaIndexMeta };
  const holders = view.holders.map(holder => holder.ref);
  if (holders.join() !== state.holder) {
    return notYet(`probe persona held by ${holders.join(', ')}`);
  }
  const ids = view.persona.responsibilities.map(r => r.id).join();
  if (ids !== state.responsibilities.map(r => r.id).join()) {
    return notYet(`probe persona responsible for ${ids}`);
  }
  for (const holder of HOLDERS) {
    const answer = await replica.get(holderViewPath(holder), token);
    const held = (answer.body as HolderPersonaView).personas?.some(
      p => p.persona.ref === PROBE_PERSONA_REF,
    );
    if (held !== (holder === state.holder)) {
      return notYet(`${holder} ${held ? 'holds' : 'lacks'} the probe persona`);
    }
  }
  const component = await replica.get(PROBE_COMPONENT_VIEW, token);
  const builders = (component.body as ComponentPersonaView).modes?.builds.find(
    role => role.persona.ref === PROBE_PERSONA_REF,
  );
  if (builders?.holders.join() !== state.holder) {
    return notYet(`ci-cd-pipelines built for ${builders?.holders.join()}`);
  }
  const catalog = await replica.get(
    '/api/catalog/entities/by-query?limit=1',
    token,
  );
  const catalogCount = (catalog.body as { totalItems?: number }).totalItems;
  if (view.meta.indexEntityCount !== catalogCount) {
    return notYet(
      `index holds ${view.meta.indexEntityCount} entities, catalog ${catalogCount}`,
    );
  }
  return { done: true, value: view.meta.indexVersion };
}
