import { expect, Locator, Page, test } from '@playwright/test';
import { exampleGroupMembers } from './support/exampleOrg';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, saveScreenshot } from './support/portal';

/**
 * The Persona page and the Personas card of platform components, on both
 * frontend systems: one About card, every card readable at full width, the
 * Diagram tab, member counts as the org plugin counts them, and the card of
 * a Component where people look.
 */

/** Backstage UI cards (the catalog's About card) are articles titled by an h3. */
function cardTitled(page: Page, title: string): Locator {
  const muiCard = page.locator('[class*="MuiCard-root"]').filter({
    has: page.locator('[class*="MuiCardHeader-root"]').getByText(title, {
      exact: true,
    }),
  });
  const uiCard = page.getByRole('article').filter({
    has: page.getByRole('heading', { name: title, exact: true, level: 3 }),
  });
  return muiCard.or(uiCard).first();
}

/** A tab of an entity page: a tab in the legacy system, a link in the new one. */
function entityTab(page: Page, name: string): Locator {
  return page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('link', { name, exact: true }))
    .first();
}

/** The left and right edges of every card of the page's content. */
async function cardsSpan(page: Page) {
  return page.locator('[class*="MuiCard-root"], article').evaluateAll(cards => {
    const boxes = cards
      .map(card => card.getBoundingClientRect())
      .filter(box => box.width > 0);
    return {
      left: Math.min(...boxes.map(box => box.left)),
      right: Math.max(...boxes.map(box => box.right)),
    };
  });
}

/**
 * Header cells whose text takes more than one line: a header wrapped
 * mid-word ("Compon/ent") or cut off is taller than its line height.
 */
async function wrappedHeaders(table: Locator) {
  return table.locator('th').evaluateAll(cells =>
    cells
      .filter(cell => cell.textContent?.trim())
      .map(cell => {
        const style = getComputedStyle(cell);
        const lineHeight = parseFloat(style.lineHeight);
        const content =
          cell.getBoundingClientRect().height -
          parseFloat(style.paddingTop) -
          parseFloat(style.paddingBottom) -
          parseFloat(style.borderTopWidth) -
          parseFloat(style.borderBottomWidth);
        return {
          text: cell.textContent!.trim(),
          lines: content / lineHeight,
          clipped: cell.scrollWidth > cell.clientWidth + 1,
        };
      })
      .filter(cell => cell.lines > 1.5 || cell.clipped),
  );
}

test('a Persona page has one About card, readable responsibilities and full-width components', async ({
  page,
}, testInfo) => {
  const persona = readExamplePersona('activiti-cloud-developer') as ReturnType<
    typeof readExamplePersona
  > & {
    spec: { responsibilities: { title: string; description?: string }[] };
  };
  await page.goto(`/catalog/default/persona/${persona.metadata.name}`);
  await expect(cardTitled(page, 'Responsibilities')).toBeVisible();

  // MUI cards title with a span, the catalog's Backstage UI cards with an h3
  await expect(
    page
      .locator('[class*="MuiCardHeader-root"]')
      .getByText('About', { exact: true })
      .or(page.getByRole('heading', { name: 'About', exact: true, level: 3 })),
  ).toHaveCount(1);

  // Every description in full: on the page, wrapping rather than cut off
  const responsibilities = cardTitled(page, 'Responsibilities');
  for (const { title, description } of persona.spec.responsibilities) {
    await expect(
      responsibilities.getByText(title, { exact: true }),
    ).toBeVisible();
    if (!description) continue;
    const text = responsibilities.getByText(description.trim(), {
      exact: true,
    });
    await expect(text).toBeVisible();
    const clipped = await text.evaluate(
      element =>
        element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1,
    );
    expect(clipped, `"${description}" is cut off`).toBe(false);
  }

  // The components as wide as the page's cards, every column header on one line
  const components = cardTitled(page, 'Components');
  await expect(components.getByText(/^Builds \(\d+\)$/)).toBeVisible();
  const span = await cardsSpan(page);
  const box = (await components.boundingBox())!;
  expect(box.width).toBeGreaterThan((span.right - span.left) * 0.95);
  for (const header of ['Component', 'Type', 'Owner', 'Via', 'Applies to']) {
    await expect(
      components.locator('th').getByText(header, { exact: true }).first(),
    ).toBeVisible();
  }
  expect(await wrappedHeaders(components)).toEqual([]);

  await saveScreenshot(page, testInfo, 'persona-page-1440');
});

test('the holders of a Persona count the members of a group as the org plugin does', async ({
  page,
}) => {
  const persona = readExamplePersona('anthos-platform-team');
  const holderRef = persona.spec.holders.find(ref =>
    ref.includes('platform-team'),
  )!;
  const team = exampleGroupMembers(holderRef.split('/').pop()!);
  await page.goto(`/catalog/default/persona/${persona.metadata.name}`);

  const holders = cardTitled(page, 'Holders');
  const row = holders
    .locator('tr')
    .filter({ has: linksTo(page, 'group:default/platform-team') });
  await expect(row).toBeVisible();
  await expect(row.getByText('Group', { exact: true })).toBeVisible();
  const members = row.locator('td').last();
  await expect(members).toContainText(new RegExp(`^${team.direct}`));
  if (team.withSubGroups !== team.direct) {
    await expect(members).toContainText(
      `${team.withSubGroups} including sub-groups`,
    );
  }

  // the org plugin's card on the group's own page lists its direct members
  await page.goto('/catalog/default/group/platform-team');
  await expect(
    page.getByText(new RegExp(`members \\(\\d+ of ${team.direct}\\)$`)).first(),
  ).toBeVisible();
});

test('a Persona page has a Diagram tab with the catalog graph of the persona', async ({
  page,
}, testInfo) => {
  const persona = readExamplePersona('activiti-cloud-developer');
  await page.goto(`/catalog/default/persona/${persona.metadata.name}`);
  await entityTab(page, 'Diagram').click();

  await expect(page).toHaveURL(/\/diagram$/);
  const graph = page.locator('svg').filter({
    has: page.getByText(persona.metadata.title, { exact: true }),
  });
  await expect(graph.first()).toBeVisible();
  // the persona's holders are nodes of the graph
  await expect(
    graph.first().getByText('Jane Doe', { exact: true }).first(),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'persona-diagram-1440');
});

test('the Personas card of a Component is above the fold at 1440×900', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/catalog/default/component/connector-slack');

  const card = cardTitled(page, 'Personas');
  await expect(card.getByText('Built by', { exact: true })).toBeVisible();
  const box = (await card.boundingBox())!;
  // its title and first rows show without scrolling
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + 200).toBeLessThan(900);
  await saveScreenshot(page, testInfo, 'component-page-1440');
});

test('at 390 px the Persona and Component pages stay usable, their tables scroll', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });

  /** The tables of the page: each fits, or scrolls inside its own box. */
  async function expectTablesFitOrScroll() {
    const tables = await page.locator('table').evaluateAll(elements =>
      elements
        .filter(table => table.getBoundingClientRect().width > 0)
        .map(table => {
          // the nearest box that scrolls sideways, if any
          let scroller: HTMLElement | null = table.parentElement;
          while (
            scroller &&
            scroller !== document.body &&
            !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)
          ) {
            scroller = scroller.parentElement;
          }
          if (scroller === document.body) scroller = null;
          const right = table.getBoundingClientRect().right;
          const limit = scroller
            ? scroller.getBoundingClientRect().right
            : window.innerWidth;
          return {
            text: table.textContent?.slice(0, 40),
            fits:
              table.scrollWidth <= table.clientWidth + 1 && right <= limit + 1,
            // inside the table's card, not the whole page content
            scrolls:
              !!scroller?.closest('[class*="MuiCard-root"], article') &&
              scroller.scrollWidth > scroller.clientWidth,
          };
        }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.fits || table.scrolls, JSON.stringify(table)).toBe(true);
    }
    // the page itself does not scroll sideways
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth + 1,
      ),
    ).toBe(true);
  }

  await page.goto('/catalog/default/persona/activiti-cloud-developer');
  const components = cardTitled(page, 'Components');
  await expect(components.getByText(/^Builds \(\d+\)$/)).toBeVisible();
  await expect(
    cardTitled(page, 'Holders').getByRole('link').first(),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'persona-page-390', components);
  await expectTablesFitOrScroll();

  await page.goto('/catalog/default/component/connector-slack');
  const card = cardTitled(page, 'Personas');
  await expect(card.getByText('Built by', { exact: true })).toBeVisible();
  await saveScreenshot(page, testInfo, 'component-page-390', card);
  await expectTablesFitOrScroll();
});
