import { expect, test } from '@playwright/test';
import { getAsGuest, getGuestToken } from './support/backend';
import { saveScreenshot } from './support/portal';

test('the empty state of a component without persona leads to the authoring guide shipped with the plugin', async ({
  page,
}, testInfo) => {
  // Every group and user of the example catalog holds, owns or inherits a
  // persona; a platform component that nobody builds, enables or consumes
  // shows the empty state
  const token = await getGuestToken();
  const coverage = await getAsGuest<{
    uncoveredComponents: { items: Array<{ ref: string }> };
  }>(token, '/api/persona/v1/coverage?limit=500');
  let entityPage: string | undefined;
  for (const { ref } of coverage?.uncoveredComponents.items ?? []) {
    const [kind, namespaceAndName] = ref.split(':');
    const view = await getAsGuest<{ modes: Record<string, unknown[]> }>(
      token,
      `/api/persona/v1/views/by-name/${kind}/${namespaceAndName}`,
    );
    if (view && Object.values(view.modes).every(roles => roles.length === 0)) {
      const [namespace, name] = namespaceAndName.split('/');
      entityPage = `/catalog/${namespace}/${kind}/${name}`;
      break;
    }
  }
  expect(
    entityPage,
    'the example catalog has a platform component without persona',
  ).toBeTruthy();

  await page.goto(entityPage!);
  const link = page.getByRole('link', { name: 'authoring guide' });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page).toHaveURL(/\/personas\/authoring$/);
  await expect(
    page.getByRole('heading', { name: 'Authoring Personas', level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Field reference', level: 2 }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'authoring-guide');
});
