import { PERSONA_VIEW_KINDS } from '@platform-personas/backstage-plugin-persona-common';
import { answerDifferences, ReplicaAnswer } from './answerDifferences';
import { BackendReplica } from './BackendReplica';
import { ReplicaCheckFailed } from './ReplicaCheckFailed';
import { Poll } from './waitUntil';

const VIEW_KINDS: ReadonlyArray<string> =
  Object.values(PERSONA_VIEW_KINDS).flat();

/**
 * The persona answers to compare: the view of every catalog entity that has
 * one, and the whole coverage report.
 *
 * @public
 */
export async function personaAnswerPaths(
  replica: BackendReplica,
  token: string,
): Promise<string[]> {
  const answer = await replica.get(
    '/api/catalog/entities/by-query?fields=kind,metadata.namespace,metadata.name&limit=1000',
    token,
  );
  const { items, totalItems } = answer.body as {
    items: Array<{
      kind: string;
      metadata: { namespace?: string; name: string };
    }>;
    totalItems: number;
  };
  if (answer.status !== 200 || items.length !== totalItems) {
    throw new ReplicaCheckFailed(
      `Listing the catalog on ${replica.name} answered ${answer.status} with ${items?.length} of ${totalItems} entities`,
    );
  }
  const views = items
    .filter(item => VIEW_KINDS.includes(item.kind.toLocaleLowerCase('en-US')))
    .map(
      item =>
        `/api/persona/v1/views/by-name/${item.kind.toLocaleLowerCase(
          'en-US',
        )}/${item.metadata.namespace ?? 'default'}/${item.metadata.name}`,
    )
    .sort();
  return [...views, '/api/persona/v1/coverage?limit=500'];
}

async function readAnswers(
  replica: BackendReplica,
  token: string,
  paths: string[],
): Promise<ReplicaAnswer[]> {
  const answers: ReplicaAnswer[] = [];
  for (const urlPath of paths) {
    answers.push(await replica.get(urlPath, token));
  }
  return answers;
}

/**
 * Reads every path from both replicas and compares the answers. Done when
 * all agree (with the number compared); otherwise the differences, per path.
 *
 * @public
 */
export async function compareReplicas(
  [a, b]: [BackendReplica, BackendReplica],
  token: string,
  paths: string[],
): Promise<Poll<number>> {
  const [answersA, answersB] = await Promise.all([
    readAnswers(a, token, paths),
    readAnswers(b, token, paths),
  ]);
  const differing = paths.flatMap((urlPath, i) => {
    const differences = answerDifferences(answersA[i], answersB[i]);
    if (differences.length === 0) return [];
    const shown = differences.slice(0, 5).map(d => `    ${d}`);
    if (differences.length > 5) {
      shown.push(`    ... and ${differences.length - 5} more`);
    }
    return [`  GET ${urlPath} (${a.name} != ${b.name}):`, ...shown];
  });
  if (differing.length === 0) return { done: true, value: paths.length };
  return {
    done: false,
    why: `answers differ:\n${differing.slice(0, 60).join('\n')}`,
  };
}
