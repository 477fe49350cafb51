import { expect, Page, test } from '@playwright/test';
import { saveScreenshot } from './support/portal';

/** The code editor of the validator (CodeMirror's content, labelled). */
const editorOf = (page: Page) =>
  page.getByRole('textbox', { name: 'Persona YAML' });

/** The line of the code editor that shows a text. */
const editorLine = (page: Page, text: string) =>
  page.locator('.cm-line').filter({ hasText: text });

async function openValidator(page: Page) {
  await page.goto('/personas');
  await page.getByRole('link', { name: 'Validate Persona YAML' }).click();
  await expect(page).toHaveURL(/\/personas\/validate$/);
  await expect(
    page.getByRole('heading', { name: 'Validate Persona YAML' }),
  ).toBeVisible();
  await expect(editorOf(page)).toBeVisible();
}

/** Two Personas: one with a bad holder and no type, one with a dangling holder. */
const PERSONAS = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: broken-persona
spec:
  owner: group:default/platform-team
  holders:
    - system:default/platform
  responsibilities:
    - id: build
      title: Build
---
apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: dangling-persona
spec:
  type: builder
  owner: group:default/platform-team
  holders:
    - group:default/no-such-team
  responsibilities:
    - id: build
      title: Build
`;

test('the validator starts from a shipped template and shows problems live, with their position', async ({
  page,
}) => {
  await openValidator(page);
  const editor = editorOf(page);
  await page
    .getByLabel('Start from a template')
    .selectOption({ label: 'Platform team (builder)' });
  await expect(editor).toContainText('name: anthos-platform-team');
  await expect(page.getByText('Valid: 1 Persona document')).toBeVisible();

  // A list where a string belongs: the problem names the field and where it is
  await editor.fill(
    PERSONAS.split('---\n')[1].replace('type: builder', 'type: [builder]'),
  );
  const problems = page.getByRole('table', { name: 'Problems' });
  const row = problems.getByRole('row').filter({ hasText: '/spec/type' });
  await expect(row).toContainText('6:3');
  await expect(row).toContainText('must be text, not a list');

  // Mending it clears the problem without any other action
  await editor.fill(
    PERSONAS.split('---\n')[1].replace(
      'group:default/no-such-team',
      'group:default/platform-team',
    ),
  );
  await expect(page.getByText('Valid: 1 Persona document')).toBeVisible();
  await expect(problems).toHaveCount(0);
});

test('the validator says what is wrong in words, at the field, highlights the lines and moves the cursor there', async ({
  page,
}, testInfo) => {
  await openValidator(page);
  const editor = editorOf(page);
  await editor.fill(PERSONAS);

  const problems = page.getByRole('table', { name: 'Problems' });
  const rowAt = (path: string, document: number) =>
    problems
      .getByRole('row')
      .filter({ hasText: path })
      .filter({ hasText: `document ${document}` });

  // a bad holder: in words, no regular expression
  const holder = rowAt('/spec/holders/0', 1);
  await expect(holder).toContainText('8:7');
  await expect(holder).toContainText(
    'must be a User or Group entity ref such as group:default/platform-team or user:jane.doe',
  );
  await expect(holder).not.toContainText('(?:');
  await expect(holder).not.toContainText('pattern');

  // a missing type: at its own path
  const type = rowAt('/spec/type', 1);
  await expect(type).toContainText('is required');
  await expect(type).toContainText('Error');

  // a holder the catalog does not hold: a warning at its line
  const dangling = rowAt('/spec/holders/0', 2);
  await expect(dangling).toContainText('21:7');
  await expect(dangling).toContainText('Warning');
  await expect(dangling).toContainText(
    'names group:default/no-such-team, which is unknown',
  );
  await expect(page.getByText('3 problems in 2 documents')).toBeVisible();

  // line numbers, and the lines with a problem highlighted
  const gutter = page.locator('.cm-lineNumbers');
  await expect(gutter.getByText('21', { exact: true })).toBeVisible();
  await expect(editorLine(page, '    - system:default/platform')).toHaveClass(
    /cm-persona-error/,
  );
  await expect(
    editorLine(page, '    - group:default/no-such-team'),
  ).toHaveClass(/cm-persona-warning/);
  await expect(
    editorLine(page, '  owner: group:default/platform-team').first(),
  ).not.toHaveClass(/cm-persona-/);

  // line:column moves the cursor there
  await dangling.getByRole('button', { name: '21:7' }).click();
  await expect(editor).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toHaveText(
    '    - group:default/no-such-team',
  );
  await holder.getByRole('button', { name: '8:7' }).click();
  await expect(page.locator('.cm-activeLine')).toHaveText(
    '    - system:default/platform',
  );

  await saveScreenshot(page, testInfo, 'validator-problems', problems);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(holder).toBeVisible();
  await saveScreenshot(page, testInfo, 'validator-problems-390', problems);
});
