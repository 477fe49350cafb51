import { expect, Page, test } from '@playwright/test';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, saveScreenshot } from './support/portal';

const VIEWS = '**/api/persona/v1/views/**';
const COVERAGE = '**/api/persona/v1/coverage**';

const NOT_READY =
  'The persona index is not ready: the catalog could not be read';

/** The client asks four times (three retries, about 7 s) before an error. */
const ATTEMPTS_BEFORE_ERROR = 4;
const ERROR_PANEL_TIMEOUT_MS = 30_000;

/**
 * Makes the persona API answer as the backend does when it cannot read the
 * catalog within `persona.catalogTimeout`: after `delayMs`, a 503 with
 * Backstage's standard error body — for the first `times` requests, then the
 * real answer. The example portal's index is already built, so a real catalog
 * outage would not reach the browser. Returns the count of 503s answered.
 */
async function answerServiceUnavailable(
  page: Page,
  url: string,
  delayMs = 0,
  times = Infinity,
) {
  const answered = { count: 0 };
  await page.route(url, async route => {
    if (answered.count >= times) {
      await route.continue();
      return;
    }
    answered.count += 1;
    if (delayMs > 0) {
      await new Promise(resolve => setTimeout(resolve, delayMs));
    }
    const request = route.request();
    const { pathname, search } = new URL(request.url());
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          name: 'ServiceUnavailableError',
          message: `${NOT_READY} (Error: The catalog did not answer within 10000 ms)`,
        },
        request: {
          method: request.method(),
          url: `${pathname.replace(/^\/api\/persona/, '')}${search}`,
        },
        response: { statusCode: 503 },
      }),
    });
  });
  return answered;
}

/**
 * The error panel titled `title` (a collapsed accordion), opened to show the
 * status and the backend's message, and its Retry button.
 */
async function expectErrorPanel(page: Page, title: string) {
  const panel = page.getByRole('alert').filter({ hasText: title });
  // the client retries a 503 with backoff before it reports it
  await expect(panel).toBeVisible({ timeout: ERROR_PANEL_TIMEOUT_MS });
  await panel.getByRole('button', { name: `Error: ${title}` }).click();
  await expect(panel.getByText('503: ServiceUnavailableError')).toBeVisible();
  await expect(panel.getByText(NOT_READY).first()).toBeVisible();
  const retry = page.getByRole('button', { name: 'Retry' });
  await expect(retry).toBeVisible();
  // waits for the panel to finish unfolding, so that screenshots show it whole
  await retry.click({ trial: true });
  return { panel, retry };
}

test('a Personas tab shows the 503 in an error panel, keeps the page, and recovers on Retry', async ({
  page,
}, testInfo) => {
  const anthos = readExamplePersona('anthos-platform-team');
  const answered = await answerServiceUnavailable(page, VIEWS);
  await page.goto('/catalog/default/group/platform-team/personas');

  const { panel, retry } = await expectErrorPanel(
    page,
    'Could not load the personas of Platform Team',
  );
  expect(answered.count).toBe(ATTEMPTS_BEFORE_ERROR);
  await expect(
    page.getByRole('heading', { name: /^Platform Team/ }),
  ).toBeVisible();
  // the other tabs: links in the new frontend system, tabs in the legacy one
  await expect(
    page
      .getByRole('tab', { name: 'Overview' })
      .or(page.getByRole('link', { name: 'Overview', exact: true })),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'group-platform-team-personas-503');

  await page.unroute(VIEWS);
  await retry.click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByText(anthos.metadata.title).first()).toBeVisible();
  await expect(
    page.getByText(anthos.spec.responsibilities[0].title).first(),
  ).toBeVisible();
});

test('a 503 that clears while the client retries never reaches the person', async ({
  page,
}) => {
  const anthos = readExamplePersona('anthos-platform-team');
  const answered = await answerServiceUnavailable(page, VIEWS, 0, 2);
  await page.goto('/catalog/default/group/platform-team/personas');

  await expect(
    page.getByText(anthos.spec.responsibilities[0].title).first(),
  ).toBeVisible({ timeout: ERROR_PANEL_TIMEOUT_MS });
  expect(answered.count).toBe(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failing Personas card on a platform component leaves the rest of the page', async ({
  page,
}, testInfo) => {
  await answerServiceUnavailable(page, VIEWS);
  await page.goto('/catalog/default/resource/anthos-prod-eu');

  const { panel } = await expectErrorPanel(
    page,
    'Could not load the personas of Anthos production cluster (EU)',
  );
  const about = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'About', level: 3 }) })
    .last();
  await expect(about).toBeVisible();
  await expect(
    linksTo(about, 'group:default/platform-admins').first(),
  ).toBeVisible();
  await saveScreenshot(
    page,
    testInfo,
    'resource-anthos-prod-eu-card-503',
    panel,
  );
});

test('the explorer shows progress while coverage is slow, then the 503, and recovers on Retry', async ({
  page,
}, testInfo) => {
  const anthos = readExamplePersona('anthos-platform-team');
  const delayMs = 3_000;
  await answerServiceUnavailable(page, COVERAGE, delayMs);
  await page.goto('/personas');

  await expect(
    page.getByRole('heading', { name: 'Team × persona coverage' }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const { panel, retry } = await expectErrorPanel(
    page,
    'Could not load the persona coverage',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await saveScreenshot(page, testInfo, 'explorer-503');

  await page.unroute(COVERAGE);
  await retry.click();
  await expect(panel).toHaveCount(0);
  await expect(
    page.getByRole('columnheader', { name: anthos.metadata.title }),
  ).toBeVisible();
});
