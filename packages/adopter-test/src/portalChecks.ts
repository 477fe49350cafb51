import fs from 'node:fs';
import path from 'node:path';
import { chromium, Locator, Page } from 'playwright-core';
import YAML from 'yaml';
import { REPO_ROOT } from './variants';

/** What the checks look for, from the example catalog of this repository. */
export const EXAMPLE = {
  group: 'platform-team',
  groupPersona: 'anthos-platform-team',
  component: 'connector-slack',
  componentBuilder: 'activiti-cloud-developer',
  persona: 'activiti-cloud-developer',
  searchTerm: 'IAM',
  searchFinds: 'persona:default/anthos-platform-team',
};

function personaTitle(name: string): string {
  const dir = path.join(REPO_ROOT, 'examples/personas');
  for (const file of fs.readdirSync(dir)) {
    for (const doc of YAML.parseAllDocuments(
      fs.readFileSync(path.join(dir, file), 'utf8'),
    )) {
      const entity = doc.toJS();
      if (entity?.kind === 'Persona' && entity.metadata?.name === name) {
        return entity.metadata.title ?? name;
      }
    }
  }
  throw new Error(`No example persona ${name}`);
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export async function getGuestToken(backendUrl: string): Promise<string> {
  const res = await fetch(`${backendUrl}/api/auth/guest/refresh`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
    },
  });
  if (!res.ok) {
    throw new Error(`guest refresh answered ${res.status}`);
  }
  return (await res.json()).backstageIdentity.token;
}

/** Waits until the backend answers its readiness check. */
export async function waitForBackend(
  backendUrl: string,
  timeoutMs: number,
  isAlive: () => boolean,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error('the portal exited before the backend was ready');
    }
    try {
      const res = await fetch(`${backendUrl}/.backstage/health/v1/readiness`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(`the backend was not ready within ${timeoutMs / 1000} s`);
}

export async function waitForApp(appUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(appUrl);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(
    `the app dev server did not answer within ${timeoutMs / 1000} s`,
  );
}

/**
 * The persona API answers 200 with data for a group and a component of the
 * example catalog (waits for the catalog to ingest it and the persona index
 * to see it).
 */
export async function checkPersonaApi(backendUrl: string, timeoutMs: number) {
  const token = await getGuestToken(backendUrl);
  const deadline = Date.now() + timeoutMs;
  const results: string[] = [];
  for (const [kind, name, expected] of [
    ['group', EXAMPLE.group, `persona:default/${EXAMPLE.groupPersona}`],
    [
      'component',
      EXAMPLE.component,
      `persona:default/${EXAMPLE.componentBuilder}`,
    ],
  ]) {
    const url = `${backendUrl}/api/persona/v1/views/by-name/${kind}/default/${name}`;
    let last = '';
    for (;;) {
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const body = await res.text();
      last = `${res.status} ${body.slice(0, 300)}`;
      if (res.status === 200 && body.includes(expected)) {
        results.push(`${kind}:default/${name} → 200, ${body.length} bytes`);
        break;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `GET ${url} did not answer 200 with ${expected} within ${
            timeoutMs / 1000
          } s; last answer: ${last}`,
        );
      }
      await sleep(2000);
    }
  }
  return results;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The titles of the cards titled `title`: MUI cards (ours, and the catalog's
 * on older releases) title them with a span, the catalog's Backstage UI cards
 * with an h3.
 */
function cardTitles(page: Page, title: string): Locator {
  return page
    .locator('[class*="MuiCardHeader-root"]')
    .getByText(title, { exact: true })
    .or(page.getByRole('heading', { name: title, exact: true, level: 3 }));
}

function cardTitled(page: Page, title: string): Locator {
  return page
    .locator('[class*="MuiCard-root"]')
    .filter({
      has: page
        .locator('[class*="MuiCardHeader-root"]')
        .getByText(title, { exact: true }),
    })
    .first();
}

async function visible(locator: Locator, what: string, timeout = 60_000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`not visible within ${timeout / 1000} s: ${what}`);
  }
}

/**
 * In Chromium: the group's Personas tab, a component's Personas card, a
 * Persona page with exactly one About card, and the explorer's matrix; a
 * screenshot of each.
 */
export async function checkInBrowser(
  appUrl: string,
  screenshotDir: string,
): Promise<string[]> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.PERSONA_E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const passed: string[] = [];
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  const shot = async (name: string) => {
    const file = path.join(screenshotDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
  try {
    await page.goto(appUrl);
    const enter = page.getByRole('button', { name: 'Enter' });
    const sidebar = page.locator('nav');
    await visible(enter.or(sidebar), 'the sign-in page or the app', 120_000);
    if (await enter.isVisible()) {
      await enter.click();
    }
    await visible(
      page.getByRole('link', { name: 'Personas' }),
      'the Personas item of the sidebar',
    );
    passed.push('signed in as guest; Personas in the sidebar');

    const groupPersona = personaTitle(EXAMPLE.groupPersona);
    await page.goto(
      `${appUrl}/catalog/default/group/${EXAMPLE.group}/personas`,
    );
    await visible(
      cardTitled(page, groupPersona),
      `the card of ${groupPersona} on the Personas tab of ${EXAMPLE.group}`,
    );
    await shot('group-personas-tab');
    passed.push(`group ${EXAMPLE.group}: Personas tab shows ${groupPersona}`);

    const builder = personaTitle(EXAMPLE.componentBuilder);
    await page.goto(`${appUrl}/catalog/default/component/${EXAMPLE.component}`);
    const card = cardTitled(page, 'Personas');
    await visible(
      card.getByText('Built by', { exact: true }),
      `"Built by" in the Personas card of ${EXAMPLE.component}`,
    );
    await visible(
      card.getByRole('link', { name: builder }),
      `${builder} in the Personas card of ${EXAMPLE.component}`,
    );
    await card.scrollIntoViewIfNeeded();
    await shot('component-personas-card');
    passed.push(
      `component ${EXAMPLE.component}: Personas card shows ${builder}`,
    );

    await page.goto(`${appUrl}/catalog/default/persona/${EXAMPLE.persona}`);
    for (const title of [
      'About',
      'Responsibilities',
      'Holders',
      'Components',
    ]) {
      await visible(
        cardTitles(page, title).first(),
        `the ${title} card of a Persona`,
      );
    }
    // every card of the page has loaded; give a lazily loaded second About
    // card the time to show up
    await page.waitForLoadState('networkidle').catch(() => {});
    await sleep(3000);
    const aboutCards = await cardTitles(page, 'About').count();
    await shot('persona-page');
    if (aboutCards !== 1) {
      throw new Error(
        `the Persona page shows ${aboutCards} About cards, expected exactly one`,
      );
    }
    passed.push(`persona ${EXAMPLE.persona}: exactly one About card`);

    await page.goto(`${appUrl}/personas`);
    await visible(
      page.getByRole('heading', { name: 'Team × persona coverage' }),
      'the heading of the matrix on /personas',
    );
    // a team's row links to its Personas tab
    const groupPage = `/catalog/default/group/${EXAMPLE.group}`;
    await visible(
      page
        .locator(`a[href$="${groupPage}"], a[href$="${groupPage}/personas"]`)
        .first(),
      `a row of ${EXAMPLE.group} in the matrix`,
    );
    await shot('personas-explorer');
    passed.push('/personas: the team × persona matrix');
    return passed;
  } catch (e) {
    await shot('failure').catch(() => {});
    (e as Error).message += `\n(passed before: ${
      passed.join('; ') || 'none'
    }; screenshot: ${path.join(screenshotDir, 'failure.png')})`;
    throw e;
  } finally {
    await browser.close();
  }
}
