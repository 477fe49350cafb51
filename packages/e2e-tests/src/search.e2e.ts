import { expect, Locator, Page, test } from '@playwright/test';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, saveScreenshot } from './support/portal';

/**
 * Search on both frontend systems: the Search item of the sidebar, and the
 * search page finding a Persona by one of its responsibilities, which the
 * result shows with the Persona's holders and a link to its page.
 */

const TERM = 'IAM';

// A search right after the portal starts may wait for the collators' next
// run (every 30 s in the example portal's app-config.yaml)
test.describe.configure({ timeout: 150_000 });

/** The Persona whose responsibility mentions the term, as authored. */
function personaWithTerm() {
  const persona = readExamplePersona('anthos-platform-team');
  const responsibility = persona.spec.responsibilities.find(r =>
    new RegExp(`\\b${TERM}\\b`).test(r.title),
  );
  if (!responsibility) {
    throw new Error(
      `No responsibility of ${persona.metadata.name} names ${TERM}`,
    );
  }
  return { persona, responsibility };
}

function searchBox(page: Page): Locator {
  // the search bar of the page: the sidebar's search modal is closed
  return page.getByRole('textbox', { name: 'Search' });
}

/**
 * The Persona result whose title links to `title` (the catalog's result of
 * the same entity, if the catalog collator indexes Personas too, has no
 * holders).
 */
function personaResultTitled(page: Page, title: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .filter({ has: page.getByTestId('persona-search-holders') });
}

/**
 * Waits for a result, searching again while it is missing: the search index
 * fills with the collators' first runs after the backend starts, and the
 * page searches once.
 */
async function waitForResult(page: Page, result: Locator) {
  await expect(async () => {
    try {
      await expect(result).toBeVisible({ timeout: 5_000 });
    } catch (error) {
      await page.reload();
      throw error;
    }
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 5_000] });
}

async function searchFor(page: Page, term: string) {
  await page.goto('/search');
  await searchBox(page).fill(term);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`query=${term}`));
}

test('the sidebar has Search', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  // a link to the page (new frontend system) or the search modal (legacy)
  await expect(
    nav
      .getByRole('link', { name: 'Search', exact: true })
      .or(nav.getByRole('button', { name: 'Search', exact: true }))
      .first(),
  ).toBeVisible();
});

test(`searching "${TERM}" finds the Persona with its matching responsibility and holders, and opens it`, async ({
  page,
}, testInfo) => {
  const { persona, responsibility } = personaWithTerm();
  await searchFor(page, TERM);
  const result = personaResultTitled(page, persona.metadata.title);
  await waitForResult(page, result);

  // The responsibility that names the term, the term marked; not the others
  const responsibilities = result.getByTestId(
    'persona-search-responsibilities',
  );
  await expect(
    responsibilities.getByText('Matching responsibilities'),
  ).toBeVisible();
  const item = responsibilities
    .getByRole('listitem')
    .filter({ hasText: responsibility.title });
  await expect(item).toBeVisible();
  await expect(item.locator('mark')).toHaveText(TERM);
  await expect(
    responsibilities.getByText(persona.spec.responsibilities[0].title),
  ).toHaveCount(0);

  // Who holds it, linked to their pages
  const holders = result.getByTestId('persona-search-holders');
  for (const holder of persona.spec.holders) {
    await expect(linksTo(holders, holder).first()).toBeVisible();
  }
  await expect(result.getByText('Persona', { exact: true })).toBeVisible();
  await expect(
    result.getByText(`Framework: ${persona.spec.framework}`),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'search-persona-result', result);

  await result
    .getByRole('link', { name: persona.metadata.title, exact: true })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/catalog/default/persona/${persona.metadata.name}/?$`),
  );
  await expect(
    page.getByRole('heading', { name: persona.metadata.title }).first(),
  ).toBeVisible();
});

test('the Personas result type narrows the results to Personas', async ({
  page,
}) => {
  const { persona } = personaWithTerm();
  await searchFor(page, TERM);
  await waitForResult(page, personaResultTitled(page, persona.metadata.title));

  await page
    .getByRole('navigation', { name: 'filter by type' })
    .getByRole('button', { name: /^Personas/ })
    .click();
  await expect(page).toHaveURL(/types[^=]*=persona/);
  await expect(personaResultTitled(page, persona.metadata.title)).toBeVisible();
  // the Group whose description names the term is a catalog result
  await expect(
    page.getByRole('link', { name: 'Security Administrators', exact: true }),
  ).toHaveCount(0);
});

test('on a phone the Persona result fits the screen', async ({
  page,
}, testInfo) => {
  const { persona, responsibility } = personaWithTerm();
  await page.setViewportSize({ width: 390, height: 844 });
  await searchFor(page, TERM);
  const result = personaResultTitled(page, persona.metadata.title);
  await waitForResult(page, result);

  await result.scrollIntoViewIfNeeded();
  await expect(
    result
      .getByTestId('persona-search-responsibilities')
      .getByText(responsibility.title, { exact: true }),
  ).toBeVisible();
  const box = (await result.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const overflows = await result.evaluate(
    element => element.scrollWidth > element.clientWidth + 1,
  );
  expect(overflows, 'the result scrolls sideways').toBe(false);
  await saveScreenshot(page, testInfo, 'search-persona-result-phone', result);
});
