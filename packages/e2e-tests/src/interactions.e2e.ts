import { expect, Page, test, TestInfo } from '@playwright/test';
import { getAsGuest, getGuestToken } from './support/backend';
import { linksTo, saveScreenshot } from './support/portal';

/** `GET /api/persona/v1/interactions`, as far as these tests read it. */
type Interactions = {
  teams: Array<{ ref: string; title?: string; teamType: string }>;
  interactions: Array<{
    mode: 'x-as-a-service' | 'facilitating' | 'collaboration';
    from: string;
    to: string;
    components: string[];
  }>;
};

const MODE_TITLES = {
  'x-as-a-service': 'X-as-a-Service',
  facilitating: 'Facilitating',
  collaboration: 'Collaboration',
} as const;

/** The interactions of the example catalog, as the guest may read them. */
async function readInteractions(): Promise<Interactions> {
  const token = await getGuestToken();
  const answer = await getAsGuest<Interactions>(
    token,
    '/api/persona/v1/interactions',
  );
  if (!answer) throw new Error('GET /api/persona/v1/interactions failed');
  return answer;
}

/** The team that takes part in the most interactions. */
function busiestTeam(answer: Interactions): string {
  const counts = new Map<string, number>();
  for (const { from, to } of answer.interactions) {
    counts.set(from, (counts.get(from) ?? 0) + 1);
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  )[0][0];
}

function pagePath(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  return `/catalog/${rest.split('/')[0]}/${kind}/${rest.split('/')[1]}`;
}

/** A screenshot for the test report, and a copy in /tmp to look at. */
async function saveBoth(page: Page, testInfo: TestInfo, name: string) {
  await saveScreenshot(page, testInfo, name);
  await page.screenshot({
    path: `/tmp/${name}-${testInfo.project.name}.png`,
    fullPage: true,
  });
}

test('a team with interactions lists them on its Interactions tab, per mode, with the other team linked', async ({
  page,
}, testInfo) => {
  const answer = await readInteractions();
  expect(answer.interactions.length).toBeGreaterThan(0);
  const team = busiestTeam(answer);
  const mine = answer.interactions.filter(
    i => i.from === team || i.to === team,
  );

  const path = pagePath(team);
  await page.goto(path);
  // a tab in the legacy app, a link styled as one in the new frontend system
  const tab = page
    .getByRole('tab', { name: 'Interactions' })
    .or(page.locator(`a[href$="${path}/interactions"]`))
    .first();
  await expect(tab).toBeVisible();
  await tab.click();

  await expect(page.getByTestId('team-type')).toContainText('Team type:');
  for (const mode of new Set(mine.map(i => i.mode))) {
    const count = mine.filter(i => i.mode === mode).length;
    await expect(
      page.getByText(`${MODE_TITLES[mode]} (${count})`, { exact: true }),
    ).toBeVisible();
  }
  const [first] = mine;
  const other = first.from === team ? first.to : first.from;
  const table = page.getByTestId(`interactions-${first.mode}`);
  await expect(linksTo(table, other).first()).toBeVisible();
  await expect(linksTo(table, first.components[0]).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Markdown' })).toBeVisible();
  await saveBoth(page, testInfo, 'interactions-tab');

  // the Team API downloads as Markdown
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Markdown' }).click();
  expect((await download).suggestedFilename()).toMatch(/-team-api\.md$/);
});

test('the Personas page draws the team graph and lists the same interactions', async ({
  page,
}, testInfo) => {
  const answer = await readInteractions();
  await page.goto('/personas');
  await page.getByRole('tab', { name: 'Team interactions' }).click();
  await expect(page).toHaveURL(/view=interactions/);

  const graph = page.getByTestId('team-interaction-graph');
  await expect(
    graph.locator('[data-testid^="team-node-"]').first(),
  ).toBeVisible();
  const teams = new Set(answer.interactions.flatMap(i => [i.from, i.to]));
  await expect(graph.locator('[data-testid^="team-node-"]')).toHaveCount(
    teams.size,
  );
  await expect(
    graph.locator('[data-testid="interaction-edge"]').first(),
  ).toBeAttached();
  const table = page.getByRole('table', { name: 'Team interactions' });
  await expect(table.locator('tbody tr')).toHaveCount(
    answer.interactions.length,
  );
  await saveBoth(page, testInfo, 'interactions-graph');

  // filtering by mode narrows the table
  const present = [...new Set(answer.interactions.map(i => i.mode))];
  if (present.length > 1) {
    const mode = present[0];
    const count = answer.interactions.filter(i => i.mode === mode).length;
    await page
      .getByRole('button', { name: `${MODE_TITLES[mode]} (${count})` })
      .click();
    await expect(table.locator('tbody tr')).toHaveCount(
      answer.interactions.length - count,
    );
  }
});
