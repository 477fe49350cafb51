import { expect, test } from '@playwright/test';
import { BACKEND_URL } from './support/backend';
import { saveScreenshot } from './support/portal';

// The example portal's static token (app-config.yaml, backend.auth.externalAccess):
// a service principal, which the notifications backend lets send
const SERVICE_TOKEN =
  process.env.PERSONA_MCP_TOKEN ?? 'local-mcp-token-for-the-example-portal';

/** Sends a notification to every user, as a backend plugin does. */
async function broadcast(title: string, description: string) {
  const response = await fetch(
    `${BACKEND_URL}/api/notifications/notifications`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${SERVICE_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        recipients: { type: 'broadcast' },
        payload: { title, description, severity: 'normal', topic: 'e2e' },
      }),
    },
  );
  expect(response.status, await response.clone().text()).toBe(200);
}

test('a notification arrives live, through signals, and is listed on the notifications page', async ({
  page,
}, testInfo) => {
  const title = `Persona e2e ${testInfo.project.name} ${Date.now()}`;

  // The signals connection opens once the sidebar's notifications item
  // subscribes; send only when it has subscribed, so that delivery is live
  const subscribed = new Promise<void>(resolve => {
    page.on('websocket', ws => {
      if (!ws.url().includes('/api/signals')) return;
      ws.on('framesent', frame => {
        if (String(frame.payload).includes('"channel":"notifications"')) {
          resolve();
        }
      });
    });
  });
  await page.goto('/personas');
  const sidebar = page.getByRole('navigation', { name: 'sidebar nav' });
  const notificationsItem = sidebar.getByRole('link', {
    name: /Notifications/,
  });
  await expect(notificationsItem).toBeVisible();
  await subscribed;
  // the backend registers the subscription as it reads the frame
  await page.waitForTimeout(1_000);

  await broadcast(title, 'Sent by notifications.e2e.ts');

  // No reload: the snackbar of the sidebar item shows it
  await expect(page.getByText(title).first()).toBeVisible();
  await expect(page).toHaveURL(/\/personas$/);
  await saveScreenshot(page, testInfo, 'notification-snackbar');

  await notificationsItem.click();
  await expect(page).toHaveURL(/\/notifications/);
  await expect(page.getByText(title).first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'notifications-page');
});
