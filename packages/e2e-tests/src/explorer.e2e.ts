import { expect, test } from '@playwright/test';
import fs from 'node:fs/promises';
import { readExamplePersona } from './support/examplePersonas';
import {
  linksTo,
  personasNavItem,
  saveScreenshot,
  signInAsGuest,
} from './support/portal';

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the explorer is in the sidebar and shows the team × persona matrix with its gaps', async ({
  page,
}, testInfo) => {
  const anthosBuilder = readExamplePersona('anthos-platform-team');
  const cncfBuilder = readExamplePersona('cncf-platform-builder');

  await personasNavItem(page).click();
  await expect(page).toHaveURL(/\/personas$/);
  await expect(
    page.getByRole('heading', { name: 'Team × persona coverage' }),
  ).toBeVisible();

  const matrix = page.locator('table').filter({ hasText: 'Team' }).first();
  await expect(
    matrix.getByRole('columnheader', { name: anthosBuilder.metadata.title }),
  ).toBeVisible();
  const platformRow = matrix
    .getByRole('row')
    .filter({ has: linksTo(page, 'group:default/platform-team') })
    .first();
  await expect(platformRow.getByText('direct').first()).toBeVisible();
  const paymentsRow = matrix
    .getByRole('row')
    .filter({ has: linksTo(page, 'group:default/payments-team') })
    .first();
  await expect(paymentsRow.getByText('inherited').first()).toBeVisible();

  // The one example platform component no held persona covers
  await expect(page.getByText('Uncovered platform components')).toBeVisible();
  await expect(
    linksTo(page, 'resource:default/ml-gpu-cluster').first(),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'explorer');

  // Filtering by framework keeps only that framework's personas
  await page.getByLabel('Framework').click();
  await page.getByRole('option', { name: 'anthos', exact: true }).click();
  await expect(
    matrix.getByRole('columnheader', { name: cncfBuilder.metadata.title }),
  ).toHaveCount(0);
  await expect(
    matrix.getByRole('columnheader', { name: anthosBuilder.metadata.title }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'explorer-anthos');
});

test('the explorer exports the whole matrix as CSV and JSON', async ({
  page,
}) => {
  await page.goto('/personas');
  await expect(
    page.getByRole('heading', { name: 'Team × persona coverage' }),
  ).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV' }).click();
  const csv = await fs.readFile(await (await csvDownload).path(), 'utf8');
  expect((await csvDownload).suggestedFilename()).toBe('persona-coverage.csv');
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toContain('persona:default/anthos-platform-team');
  expect(rows.some(row => row.startsWith('group:default/platform-team'))).toBe(
    true,
  );

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON' }).click();
  const json = JSON.parse(
    await fs.readFile(await (await jsonDownload).path(), 'utf8'),
  );
  expect(JSON.stringify(json)).toContain('group:default/payments-team');
});
