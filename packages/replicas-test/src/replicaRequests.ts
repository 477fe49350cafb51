import { ResponseError } from '@backstage/errors';
import { ReplicaAnswer } from './answerDifferences';
import { ReplicaCheckFailed } from './ReplicaCheckFailed';

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * GETs a path of a backend as JSON, with an optional bearer token; a body
 * that is not JSON is kept as text.
 *
 * @public
 */
export async function getAnswer(
  baseUrl: string,
  urlPath: string,
  token?: string,
): Promise<ReplicaAnswer> {
  const response = await fetch(`${baseUrl}${urlPath}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

/**
 * A guest user's Backstage token, got the way the frontend's guest sign-in
 * gets it.
 *
 * @public
 */
export async function guestToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw await ResponseError.fromResponse(response);
  const body = await response.json();
  const token = body?.backstageIdentity?.token;
  if (typeof token !== 'string') {
    throw new ReplicaCheckFailed(
      `Guest sign-in on ${baseUrl} gave no token: ${JSON.stringify(body).slice(
        0,
        300,
      )}`,
    );
  }
  return token;
}
