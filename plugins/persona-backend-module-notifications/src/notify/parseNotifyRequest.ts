import { InputError } from '@backstage/errors';
import { NotificationSeverity } from '@backstage/plugin-notifications-common';

/**
 * A notification to the holders of a persona, as a caller writes it.
 *
 * @public
 */
export type NotifyHoldersRequest = {
  title: string;
  description?: string;
  link?: string;
  severity?: NotificationSeverity;
};

const SEVERITIES: NotificationSeverity[] = [
  'critical',
  'high',
  'normal',
  'low',
];

function optionalString(
  body: Record<string, unknown>,
  field: string,
  maxLength: number,
): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > maxLength) {
    throw new InputError(
      `Invalid ${field}: expected a string of at most ${maxLength} characters`,
    );
  }
  return value;
}

/**
 * Checks a notification request, failing with an `InputError` (400) that
 * names the field and what it expects.
 */
export function parseNotifyRequest(body: unknown): NotifyHoldersRequest {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError(
      'Invalid request body: expected a JSON object with a title',
    );
  }
  const fields = body as Record<string, unknown>;
  const title = optionalString(fields, 'title', 200)?.trim();
  if (!title) {
    throw new InputError('Invalid title: expected a non-empty string');
  }
  const description = optionalString(fields, 'description', 4000);
  const link = optionalString(fields, 'link', 2000);
  // what the notifications backend accepts: a path of this portal, or http(s)
  if (link !== undefined && !/^(\/(?!\/)|https?:\/\/)/.test(link)) {
    throw new InputError(
      `Invalid link: expected a path such as /catalog/default/component/x or an http(s) URL, got ${JSON.stringify(
        link.slice(0, 80),
      )}`,
    );
  }
  const severity = fields.severity ?? undefined;
  if (
    severity !== undefined &&
    !SEVERITIES.includes(severity as NotificationSeverity)
  ) {
    throw new InputError(
      `Invalid severity: expected one of ${SEVERITIES.join(', ')}`,
    );
  }
  return {
    title,
    ...(description ? { description } : {}),
    ...(link ? { link } : {}),
    ...(severity ? { severity: severity as NotificationSeverity } : {}),
  };
}
