import { expect, test } from '@playwright/test';
import { getAsGuest, getGuestToken } from './support/backend';
import { saveScreenshot, signInAsGuest } from './support/portal';

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the empty state of a team without persona leads to the authoring guide shipped with the plugin', async ({
  page,
}, testInfo) => {
  const coverage = await getAsGuest<{
    groupsWithoutPersona: { items: string[] };
  }>(await getGuestToken(), '/api/persona/v1/coverage?limit=1');
  const group = coverage?.groupsWithoutPersona.items[0];
  expect(group, 'the example catalog has a group without persona').toBeTruthy();
  const name = group!.replace(/^group:default\//, '');

  await page.goto(`/catalog/default/group/${name}/personas`);
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
