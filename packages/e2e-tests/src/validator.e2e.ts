import { expect, test } from '@playwright/test';
import { saveScreenshot, signInAsGuest } from './support/portal';

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the validator starts from a shipped template and shows problems live, with their position', async ({
  page,
}, testInfo) => {
  await page.goto('/personas');
  await page.getByRole('link', { name: 'Validate Persona YAML' }).click();
  await expect(page).toHaveURL(/\/personas\/validate$/);
  await expect(
    page.getByRole('heading', { name: 'Validate Persona YAML' }),
  ).toBeVisible();

  const editor = page.getByLabel('Persona YAML');
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Platform team (builder)' });
  await expect(editor).toHaveValue(/name: anthos-platform-team/);
  await expect(page.getByText('Valid: 1 Persona document')).toBeVisible();

  // A list where a string belongs: the problem names the field and where it is
  const template = await editor.inputValue();
  const broken = template.replace(/^(\s+)type: builder$/m, '$1type: [builder]');
  expect(broken).not.toBe(template);
  const lines = broken.split('\n');
  const typeLine = lines.findIndex(line => /^\s+type: \[builder\]$/.test(line));
  const typeColumn = lines[typeLine].indexOf('type') + 1;
  await editor.fill(broken);

  const problems = page.getByRole('table', { name: 'Problems' });
  const row = problems.getByRole('row').filter({ hasText: '/spec/type' });
  await expect(row).toBeVisible();
  await expect(row).toContainText(`${typeLine + 1}:${typeColumn}`);
  await expect(row).toContainText('must be string');
  await expect(page.getByText(/^1 problem/)).toBeVisible();
  await saveScreenshot(page, testInfo, 'validator-problems');

  // Mending it clears the problem without any other action
  await editor.fill(template);
  await expect(page.getByText('Valid: 1 Persona document')).toBeVisible();
  await expect(problems).toHaveCount(0);
});
