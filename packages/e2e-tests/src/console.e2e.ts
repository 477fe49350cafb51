import { ConsoleMessage, expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import { readExamplePersona } from './support/examplePersonas';

/**
 * A tour of every page the persona plugin adds to or changes, on both
 * frontend systems, collecting what the browser console says: nothing may
 * come from the plugin, and no material-table may miss row ids.
 */

/** The pages of the tour, with what shows that each has rendered its data. */
const TOUR: Array<{
  name: string;
  path: string;
  ready: (page: Page) => Promise<void>;
}> = [
  {
    name: 'group tab',
    path: '/catalog/default/group/platform-team/personas',
    ready: async page => {
      const anthos = readExamplePersona('anthos-platform-team');
      await expect(
        page.getByText(anthos.spec.responsibilities[0].title).first(),
      ).toBeVisible();
    },
  },
  {
    name: 'user tab',
    path: '/catalog/default/user/jane.doe/personas',
    ready: async page => {
      await expect(
        page.getByRole('link', { name: 'Slack cloud connector' }).first(),
      ).toBeVisible();
    },
  },
  {
    name: 'component card',
    path: '/catalog/default/component/connector-slack',
    ready: async page => {
      await expect(
        page.getByText('Built by', { exact: true }).first(),
      ).toBeVisible();
    },
  },
  {
    name: 'persona page',
    path: '/catalog/default/persona/activiti-cloud-developer',
    ready: async page => {
      await expect(page.getByText(/^Builds \(\d+\)$/).first()).toBeVisible();
      await expect(
        page.getByRole('columnheader', { name: 'Members' }),
      ).toBeVisible();
    },
  },
  {
    name: 'persona diagram',
    path: '/catalog/default/persona/activiti-cloud-developer/diagram',
    ready: async page => {
      await expect(
        page
          .locator('svg')
          .getByText('Activiti Cloud Developer', { exact: true })
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: 'explorer',
    path: '/personas',
    ready: async page => {
      await expect(
        page.getByRole('heading', { name: 'Team × persona coverage' }),
      ).toBeVisible();
      await expect(page.getByRole('progressbar')).toHaveCount(0);
    },
  },
  {
    name: 'validator',
    path: '/personas/validate',
    ready: async page => {
      await expect(page.getByRole('textbox').first()).toBeVisible();
    },
  },
];

/**
 * What Backstage, its libraries or the dev servers print on every page,
 * whatever the plugin does — each with why it is not ours. A message
 * matching one of these is left out before the assertions.
 */
const KNOWN_NOISE: Array<{ pattern: RegExp; why: string }> = [
  {
    pattern:
      /Support for defaultProps will be removed from (memo|function) components/,
    why: 'React 18.3 on @material-table/core (MTable*) and react-beautiful-dnd (Connect(Droppable)), used by Backstage core-components Table',
  },
  {
    pattern: /findDOMNode is deprecated/,
    why: 'Material UI v4 (ButtonBase, transitions), the UI library of Backstage',
  },
  {
    pattern: /React Router Future Flag Warning/,
    why: 'react-router v6 in the legacy app created by Backstage createApp',
  },
  {
    pattern: /uses implicit React Router v6 routing/,
    why: "the new frontend system about the catalog's own pages (page:catalog)",
  },
  {
    pattern: /registered as IconComponent, which is deprecated/,
    why: "the new frontend system about the default app's icons",
  },
  {
    pattern: /AlertApi is deprecated/,
    why: 'the new frontend system about the AlertApi Backstage itself still calls',
  },
  {
    pattern: /^\[HMR\]|\[webpack-dev-server\]/,
    why: 'the dev servers hot-reloading edits made while the tour runs',
  },
  {
    pattern:
      /net::ERR_CONNECTION_REFUSED|Failed to sign in as a guest, TypeError: Failed to fetch/,
    why: 'the dev backend restarting on a source edit (the example portal runs with hot reload)',
  },
];

/** Text that names material-table's row-state warnings. */
const MATERIAL_TABLE_IDS =
  /table requires all rows to have an unique id|columns provided to material table are static/;

/** Where a message comes from the persona plugin: its sources or its package. */
const FROM_PERSONA_PLUGIN =
  /plugins\/persona(-common)?\/|backstage-plugin-persona\b/;

type Seen = { page: string; type: string; text: string; url: string };

test('touring every persona page leaves nothing from the plugin in the console', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);

  const seen: Seen[] = [];
  let current = 'sign-in';
  page.on('console', (message: ConsoleMessage) => {
    if (!['warning', 'error'].includes(message.type())) return;
    seen.push({
      page: current,
      type: message.type(),
      text: message.text(),
      url: message.location().url,
    });
  });

  for (const stop of TOUR) {
    current = stop.name;
    await page.goto(stop.path);
    await stop.ready(page);
    // late renders of lazily loaded cards print after the data shows
    await page.waitForTimeout(1_500);
  }

  const noise = (m: Seen) => KNOWN_NOISE.some(n => n.pattern.test(m.text));
  const left = seen.filter(m => m.page !== 'sign-in' && !noise(m));
  const summary = (m: Seen) =>
    `[${m.page}] ${m.type}: ${m.text.split('\n')[0].slice(0, 300)}`;
  for (const message of left) {
    testInfo.annotations.push({
      type: 'console',
      description: summary(message),
    });
  }
  // everything seen, and what is left after the noise, next to the results
  fs.writeFileSync(
    testInfo.outputPath('console.txt'),
    seen.map(m => `${summary(m)}\n  at ${m.url}`).join('\n'),
  );
  fs.writeFileSync(
    testInfo.outputPath('console-left.txt'),
    left.map(summary).join('\n'),
  );

  expect(
    left.filter(m => MATERIAL_TABLE_IDS.test(m.text)).map(summary),
  ).toEqual([]);
  expect(
    left
      .filter(m => FROM_PERSONA_PLUGIN.test(`${m.text}\n${m.url}`))
      .map(summary),
  ).toEqual([]);
});
