import fs from 'node:fs';
import { BackendReplica } from './BackendReplica';
import { compareReplicas, personaAnswerPaths } from './compareReplicas';
import { PhaseLog } from './PhaseLog';
import {
  PROBE_AFTER,
  PROBE_BEFORE,
  probePersonaYaml,
  ProbePersonaState,
} from './probePersona';
import { probeSeen } from './probeSeen';
import { ReplicaCheckFailed } from './ReplicaCheckFailed';
import { waitUntil } from './waitUntil';

const READY_TIMEOUT_MS = 150_000;
const CATALOG_TIMEOUT_MS = 90_000;
const AGREE_TIMEOUT_MS = 30_000;
const EDIT_TIMEOUT_MS = 90_000;

async function waitForReadiness(replica: BackendReplica) {
  await waitUntil(
    `${replica.name} readiness`,
    async () => {
      const failed = replica.exitDescription() ?? replica.startupFailure();
      if (failed) {
        throw new ReplicaCheckFailed(`${replica.name} ${failed}`);
      }
      const { status } = await replica.get('/.backstage/health/v1/readiness');
      return status === 200
        ? { done: true, value: undefined }
        : { done: false, why: `readiness answered ${status}` };
    },
    { timeoutMs: READY_TIMEOUT_MS, intervalMs: 1_000 },
  );
}

async function waitForProbe(
  replicas: BackendReplica[],
  token: string,
  state: ProbePersonaState,
  timeoutMs: number,
): Promise<string[]> {
  return Promise.all(
    replicas.map(replica =>
      waitUntil(
        `${replica.name} to show the probe persona held by ${state.holder}`,
        () => probeSeen(replica, token, state),
        { timeoutMs },
      ),
    ),
  );
}

/**
 * The scenario: both replicas start on the shared stores, both persona
 * indexes come to hold the catalog with the probe Persona, every persona
 * answer agrees; then the Persona's YAML changes, both replicas pick the
 * change up, and every answer agrees again.
 *
 * @public
 */
export async function replicasScenario(options: {
  replicas: [BackendReplica, BackendReplica];
  personaPath: string;
  phases: PhaseLog;
}): Promise<void> {
  const { replicas, personaPath, phases } = options;

  // One after the other: replicas that start together on fresh databases
  // race for the plugins' migration locks, and the loser never becomes ready
  // (knex MigrationLocked; a known Backstage limitation).
  for (const replica of replicas) {
    await phases.run(`start ${replica.name} until ready`, async () => {
      await replica.start();
      await waitForReadiness(replica);
    });
  }

  // One sign-in for both: a user's session must work on either replica.
  const token = await replicas[0].guestToken();

  const versionBefore = await phases.run(
    'catalog processed, both indexes hold it',
    async () => {
      const versions = await waitForProbe(
        replicas,
        token,
        PROBE_BEFORE,
        CATALOG_TIMEOUT_MS,
      );
      return versions[0];
    },
  );

  let paths = await personaAnswerPaths(replicas[0], token);
  const compared = await phases.run('answers agree', () =>
    waitUntil(
      'the replicas to agree',
      () => compareReplicas(replicas, token, paths),
      {
        timeoutMs: AGREE_TIMEOUT_MS,
      },
    ),
  );
  phases.log(`${compared} answers agree (index version ${versionBefore})`);

  fs.writeFileSync(personaPath, probePersonaYaml(PROBE_AFTER));
  const versionAfter = await phases.run(
    'Persona YAML edit seen by both',
    async () => {
      const versions = await waitForProbe(
        replicas,
        token,
        PROBE_AFTER,
        EDIT_TIMEOUT_MS,
      );
      return versions[0];
    },
  );
  if (versionAfter === versionBefore) {
    throw new ReplicaCheckFailed(
      `The index version stayed ${versionBefore} although the catalog changed`,
    );
  }

  paths = await personaAnswerPaths(replicas[0], token);
  const comparedAfter = await phases.run('answers agree after the edit', () =>
    waitUntil(
      'the replicas to agree after the edit',
      () => compareReplicas(replicas, token, paths),
      { timeoutMs: AGREE_TIMEOUT_MS },
    ),
  );
  phases.log(`${comparedAfter} answers agree (index version ${versionAfter})`);
}
