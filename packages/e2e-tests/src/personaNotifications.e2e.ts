import { expect, test } from '@playwright/test';
import { targetPaths } from '@backstage/cli-common';
import fs from 'node:fs';
import path from 'node:path';
import { saveScreenshot } from './support/portal';

/**
 * The example catalog's location for Personas of one's own
 * (app-config.yaml): a file written here is read at the catalog's next
 * processing of the location.
 */
const LOCAL_PERSONAS = path.join(
  targetPaths.resolveRoot(),
  'examples/local-personas',
);

/** A Persona held by the guest, the user these tests sign in as. */
function personaHeldByGuest(name: string, title: string) {
  return `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: ${name}
  title: ${title}
  description: Written by personaNotifications.e2e.ts.
spec:
  type: enabler
  owner: group:default/platform-team
  holders:
    - user:default/guest
  responsibilities:
    - id: answer-questions
      title: Answer the questions of new teams
`;
}

// The catalog reads the location every 20 s, then stitches; the persona
// index follows within 10 s and the notifier within 5 s
test.describe.configure({ timeout: 180_000 });

test('a Persona that comes to name you as a holder tells you so in your notifications', async ({
  page,
}, testInfo) => {
  const name = `e2e-notified-${testInfo.project.name}-${Date.now()}`;
  const title = `E2E notified ${testInfo.project.name}`;
  const file = path.join(LOCAL_PERSONAS, `${name}.yaml`);
  fs.writeFileSync(file, personaHeldByGuest(name, title));
  try {
    await page.goto('/notifications');
    const notification = page.getByText(`You now hold the persona ${title}`);
    await expect(async () => {
      await page.reload();
      await expect(notification.first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    await expect(
      page.getByText(/Answer the questions of new teams/).first(),
    ).toBeVisible();
    await saveScreenshot(page, testInfo, 'persona-notification');
  } finally {
    fs.rmSync(file, { force: true });
  }
});
