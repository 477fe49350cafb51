import { expect, Locator, Page, test } from '@playwright/test';
import fs from 'node:fs/promises';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, personasNavItem, saveScreenshot } from './support/portal';

/** The box the matrix scrolls in, both ways. */
function matrixScroller(page: Page): Locator {
  return page.getByTestId('persona-coverage-matrix-scroller');
}

/** The team names of the matrix, top to bottom. */
async function teamNames(page: Page): Promise<string[]> {
  return matrixScroller(page).locator('tbody th a').allInnerTexts();
}

async function openExplorer(page: Page) {
  await page.goto('/personas');
  await expect(
    page.getByRole('heading', { name: 'Team × persona coverage' }),
  ).toBeVisible();
  await expect(matrixScroller(page).locator('tbody tr').first()).toBeVisible();
}

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await downloading;
  return {
    name: file.suggestedFilename(),
    text: await fs.readFile(await file.path(), 'utf8'),
  };
}

test('the explorer is in the sidebar and shows the team × persona matrix with its gaps', async ({
  page,
}, testInfo) => {
  const anthosBuilder = readExamplePersona('anthos-platform-team');
  const cncfBuilder = readExamplePersona('cncf-platform-builder');

  await page.goto('/');
  await personasNavItem(page).click();
  await expect(page).toHaveURL(/\/personas$/);
  await expect(
    page.getByRole('heading', { name: 'Team × persona coverage' }),
  ).toBeVisible();

  const matrix = matrixScroller(page).locator('table');
  await expect(
    matrix.getByRole('columnheader', { name: anthosBuilder.metadata.title }),
  ).toBeVisible();
  // Columns grouped by framework, named as people read them
  for (const framework of ['Anthos', 'CNCF Platforms', 'Activiti Cloud']) {
    await expect(
      matrix.getByRole('columnheader', { name: framework, exact: true }),
    ).toBeAttached();
  }
  const platformRow = matrix
    .getByRole('row')
    .filter({
      has: page.getByRole('link', { name: 'Platform Team', exact: true }),
    })
    .first();
  await expect(platformRow.getByText('direct').first()).toBeVisible();
  const paymentsRow = matrix
    .getByRole('row')
    .filter({
      has: page.getByRole('link', { name: 'Payments Team', exact: true }),
    })
    .first();
  await expect(paymentsRow.getByText('inherited').first()).toBeVisible();

  // Rows sorted by the title shown
  const names = await teamNames(page);
  expect(names.length).toBeGreaterThan(5);
  expect(names).toEqual(
    [...names].sort((a, b) =>
      a.localeCompare(b, undefined, { sensitivity: 'base' }),
    ),
  );

  // Every team name on one or two lines, never a syllable per line
  const heights = await matrixScroller(page)
    .locator('tbody th a')
    .evaluateAll(links =>
      links.map(link => {
        const lineHeight = parseFloat(getComputedStyle(link).lineHeight) || 20;
        return {
          text: link.textContent,
          lines: Math.round(link.getBoundingClientRect().height / lineHeight),
        };
      }),
    );
  for (const { text, lines } of heights) {
    expect(lines, `lines of ${text}`).toBeLessThanOrEqual(2);
  }

  // The one example platform component no held persona covers, and the
  // definition of that gap
  await expect(
    page.getByText('Uncovered platform components (', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText(/that no held persona builds or enables/),
  ).toBeVisible();
  await expect(
    linksTo(page, 'resource:default/ml-gpu-cluster').first(),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'explorer');

  // Filtering by framework keeps only that framework's personas
  await page.getByLabel('Framework').click();
  await page.getByRole('option', { name: 'Anthos', exact: true }).click();
  await expect(page).toHaveURL(/framework=anthos/);
  await expect(
    matrix.getByRole('columnheader', { name: cncfBuilder.metadata.title }),
  ).toHaveCount(0);
  await expect(
    matrix.getByRole('columnheader', { name: anthosBuilder.metadata.title }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'explorer-anthos');
});

test('the team column and the header stay in view while the matrix scrolls', async ({
  page,
}, testInfo) => {
  await openExplorer(page);
  const scroller = matrixScroller(page);
  const scrolls = await scroller.evaluate(
    box => box.scrollWidth > box.clientWidth,
  );
  expect(scrolls).toBe(true);

  await scroller.evaluate(box => {
    box.scrollLeft = box.scrollWidth;
    box.scrollTop = box.scrollHeight;
  });
  await expect
    .poll(() => scroller.evaluate(box => box.scrollLeft))
    .toBeGreaterThan(0);

  const box = (await scroller.boundingBox())!;
  const lastRow = scroller.locator('tbody tr').last();
  const teamCell = (await lastRow.locator('th').boundingBox())!;
  expect(teamCell.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(teamCell.x + teamCell.width).toBeLessThanOrEqual(box.x + box.width);
  await expect(lastRow.locator('th a')).toBeVisible();
  const header = (await scroller
    .getByRole('columnheader', { name: 'Team', exact: true })
    .boundingBox())!;
  expect(Math.abs(header.y - box.y)).toBeLessThanOrEqual(2);
  expect(Math.abs(header.x - box.x)).toBeLessThanOrEqual(2);
  await saveScreenshot(page, testInfo, 'explorer-scrolled');
});

test('the team search narrows the rows, and the gaps page on their own', async ({
  page,
}) => {
  await openExplorer(page);
  await expect(page.getByText('Teams per page:')).toBeVisible();
  await expect(page.getByText(/Teams and gaps per page/)).toHaveCount(0);
  await expect(page.getByText(/None on this page/)).toHaveCount(0);
  for (const gap of [
    'Personas without holder',
    'Uncovered platform components',
    'Groups without persona',
  ]) {
    await expect(page.getByText(`${gap} (`, { exact: false })).toBeVisible();
  }
  await expect(
    page.getByText(/Personas that no team or person holds/),
  ).toBeVisible();
  await expect(page.getByText(/Groups that hold none of these/)).toBeVisible();
  const gapsBefore = await page
    .getByText('Groups without persona (', { exact: false })
    .innerText();

  await page.getByRole('textbox', { name: 'Search teams' }).fill('pay');
  await expect(page).toHaveURL(/team=pay/);
  await expect.poll(() => teamNames(page)).toEqual(['Payments Team']);
  await expect(page.getByText('Teams (1)')).toBeVisible();
  // The gaps do not depend on the search
  await expect(
    page.getByText('Groups without persona (', { exact: false }),
  ).toHaveText(gapsBefore);

  await page.getByRole('button', { name: 'Clear the team search' }).click();
  await expect
    .poll(async () => (await teamNames(page)).length)
    .toBeGreaterThan(1);
});

test('chips are reached with Tab and say, by title, where a persona comes from', async ({
  page,
}) => {
  await openExplorer(page);
  const paymentsLink = matrixScroller(page).getByRole('link', {
    name: 'Payments Team',
  });
  await paymentsLink.focus();
  await page.keyboard.press('Tab');
  const chip = page.locator(':focus');
  await expect(chip).toHaveAccessibleName(/^inherited: Inherited from /);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(
    /Inherited from Application Teams \(1 level up\)/,
  );
  await expect(tooltip).not.toContainText('group:default/');
});

test('a team links to its Personas tab', async ({ page }) => {
  await openExplorer(page);
  // the tab, unlike the Overview, asks for the team's persona view
  const personaView = page.waitForResponse(response =>
    response
      .url()
      .includes('/api/persona/v1/views/by-name/group/default/payments-team'),
  );
  await matrixScroller(page)
    .getByRole('link', { name: 'Payments Team', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/group\/payments-team\/personas$/,
  );
  expect((await personaView).ok()).toBe(true);
  await expect(
    page.getByRole('heading', { name: 'Payments Team' }),
  ).toBeVisible();
});

test('the explorer exports the whole matrix and the gaps as CSV and JSON', async ({
  page,
}) => {
  const anthosBuilder = readExamplePersona('anthos-platform-team');
  await openExplorer(page);

  const csv = await download(page, 'CSV');
  expect(csv.name).toBe('persona-coverage.csv');
  const [header, ...rows] = csv.text.trim().split(/\r?\n/);
  expect(header.startsWith('ref,Team,')).toBe(true);
  expect(header).toContain(anthosBuilder.metadata.title);
  expect(header).not.toContain('persona:default/');
  const platformRow = rows.find(row =>
    row.startsWith('group:default/platform-team,Platform Team,'),
  );
  expect(platformRow).toBeDefined();
  expect(csv.text).not.toMatch(/inherited from group:/);

  const gaps = await download(page, 'Gaps CSV');
  expect(gaps.name).toBe('persona-coverage-gaps.csv');
  const [gapsHeader, ...gapRows] = gaps.text.trim().split(/\r?\n/);
  expect(gapsHeader).toBe('Gap,ref,Title,Type,Owners');
  expect(
    gapRows.some(row =>
      row.startsWith(
        'Uncovered platform component,resource:default/ml-gpu-cluster,',
      ),
    ),
  ).toBe(true);

  const json = JSON.parse((await download(page, 'JSON')).text);
  expect(JSON.stringify(json.teams)).toContain('group:default/payments-team');
  expect(
    json.gaps.uncoveredComponents.map((c: { ref: string }) => c.ref),
  ).toContain('resource:default/ml-gpu-cluster');
  expect(Array.isArray(json.gaps.groupsWithoutPersona)).toBe(true);
});

test('on a phone the matrix shows that it scrolls sideways', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExplorer(page);
  const scroller = matrixScroller(page);
  const overflow = await scroller.evaluate(box => ({
    overflowX: getComputedStyle(box).overflowX,
    scrolls: box.scrollWidth > box.clientWidth,
    right: box.getBoundingClientRect().right,
  }));
  expect(overflow.overflowX).toBe('auto');
  expect(overflow.scrolls).toBe(true);
  expect(overflow.right).toBeLessThanOrEqual(390);
  await expect(page.getByTestId('persona-coverage-scroll-hint')).toBeVisible();
  // The page itself does not scroll sideways; its controls fit
  const pageWidth = await page.evaluate(
    () => document.documentElement.scrollWidth,
  );
  expect(pageWidth).toBeLessThanOrEqual(390);
  const search = (await page
    .getByRole('textbox', { name: 'Search teams' })
    .boundingBox())!;
  expect(search.x + search.width).toBeLessThanOrEqual(390);
  await saveScreenshot(page, testInfo, 'explorer-390');
});
