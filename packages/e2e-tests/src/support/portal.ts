import { Browser, expect, Locator, Page, TestInfo } from '@playwright/test';
import path from 'node:path';

const SCREENSHOT_DIR = path.resolve('screenshots');

/** The Personas item of the sidebar. */
export function personasNavItem(page: Page) {
  return page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Personas' });
}

/**
 * Signs in as guest the way a person does (the sign-in page, then Enter) and
 * saves the browser's state, which the sign-in page reads to sign the guest
 * in again by itself: each test starts signed in, without loading the
 * portal once more for the sign-in page.
 */
export async function signInAsGuestAndSave(
  browser: Browser,
  baseURL: string,
  stateFile: string,
) {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Enter' }).click();
    await expect(personasNavItem(page)).toBeVisible({ timeout: 120_000 });
    await context.storageState({ path: stateFile });
  } finally {
    await context.close();
  }
}

/**
 * Saves a screenshot of what the test looked at, one folder per portal
 * (git-ignored), and returns its path. Backstage pages scroll inside their
 * content area, so the part under test is scrolled into view first.
 */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  focus?: Locator,
): Promise<string> {
  await focus?.scrollIntoViewIfNeeded();
  const file = path.join(SCREENSHOT_DIR, testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The links to an entity's page within a part of the page, e.g. `group:default/payments-team`. */
export function linksTo(scope: Locator | Page, entityRef: string): Locator {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return scope.locator(
    `a[href$="/catalog/${namespace}/${kind.toLocaleLowerCase(
      'en-US',
    )}/${name}"]`,
  );
}
