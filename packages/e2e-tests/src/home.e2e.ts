import { expect, Locator, Page, test } from '@playwright/test';
import { getAsGuest, getGuestToken } from './support/backend';
import { exampleGroupMembers } from './support/exampleOrg';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, saveScreenshot } from './support/portal';

/** The example User that is a member of payments-team (examples/org.yaml). */
const EXAMPLE_GUEST = 'user:default/guest';

type HeldPersona = {
  persona: { ref: string; title?: string };
  components: Record<
    'builds' | 'enables' | 'consumes',
    Array<{ ref: string; missing: boolean }>
  >;
};
type HolderView = { entityRef: string; personas: HeldPersona[] };
type Facts = { items: Array<{ entityRef: string; hasEnabler: boolean }> };

/** The entity ref that the guest sign-in gives (the token's subject). */
function subjectOf(token: string): string {
  const payload = token.split('.')[1];
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).sub;
}

function viewPath(entityRef: string): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.split('/');
  return `/api/persona/v1/views/by-name/${kind}/${namespace}/${name}`;
}

function card(page: Page): Locator {
  return page
    .locator('[class*="MuiCard-root"]')
    .filter({ hasText: 'My responsibilities' })
    .first();
}

async function openHomeFromSidebar(page: Page) {
  await page.goto('/');
  // the logo is a link labelled Home too, to the landing page (/)
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Home', exact: true })
    .and(page.locator('a[href$="/home"]'))
    .click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(card(page)).toBeVisible();
}

test('the home page shows the signed-in user what they are responsible for', async ({
  page,
}, testInfo) => {
  const token = await getGuestToken();
  // app-config.yaml signs the guest in as the Guest of examples/org.yaml
  expect(subjectOf(token)).toBe(EXAMPLE_GUEST);
  const view = await getAsGuest<HolderView>(token, viewPath(EXAMPLE_GUEST));
  expect(view?.personas.length).toBeGreaterThan(0);

  await openHomeFromSidebar(page);
  const myCard = card(page);
  await expect(myCard.getByTestId('my-persona')).toHaveCount(
    view!.personas.length,
  );
  await expect(
    myCard.getByRole('link', { name: 'Personas of the whole organisation' }),
  ).toHaveAttribute('href', /\/personas$/);
  await saveScreenshot(page, testInfo, 'home-signed-in');
});

test('a member of payments-team sees their personas, how they hold them, their components and what needs attention', async ({
  page,
}, testInfo) => {
  const token = await getGuestToken();
  const view = await getAsGuest<HolderView>(token, viewPath(EXAMPLE_GUEST));
  expect(view, `the persona view of ${EXAMPLE_GUEST}`).toBeDefined();
  const developer = readExamplePersona('anthos-application-developer');
  const consumer = readExamplePersona('cncf-platform-consumer');
  const payments = exampleGroupMembers('payments-team').title;
  const applicationTeams = exampleGroupMembers('application-teams').title;

  await openHomeFromSidebar(page);
  const myCard = card(page);

  const items = myCard.getByTestId('my-persona');
  await expect(items).toHaveCount(view!.personas.length);
  await expect(
    myCard.getByText(`You hold ${view!.personas.length} personas.`),
  ).toBeVisible();
  for (const persona of [developer, consumer]) {
    const item = items.filter({
      has: page.getByRole('link', { name: persona.metadata.title }),
    });
    await expect(
      linksTo(item, `persona:default/${persona.metadata.name}`),
    ).toBeVisible();
    await expect(item).toContainText(
      `Through membership of ${payments}, which inherits it from ${applicationTeams} (parent group)`,
    );
    await expect(
      item.getByText(persona.spec.responsibilities[0].title),
    ).toBeVisible();
    const held = view!.personas.find(
      p => p.persona.ref === `persona:default/${persona.metadata.name}`,
    )!;
    for (const [mode, label] of [
      ['builds', 'Builds'],
      ['enables', 'Enables'],
      ['consumes', 'Consumes'],
    ] as const) {
      const count = held.components[mode].length;
      const link = item.getByRole('link', { name: `${label} (${count})` });
      if (count === 0) {
        await expect(item.getByText(new RegExp(`^${label} \\(`))).toHaveCount(
          0,
        );
      } else {
        await expect(link).toHaveAttribute(
          'href',
          /\/catalog\/default\/user\/guest\/personas$/,
        );
      }
    }
  }

  // Needs attention: what the backend's facts say about what they build
  const built = [
    ...new Set(
      view!.personas.flatMap(p =>
        p.components.builds.filter(c => !c.missing).map(c => c.ref),
      ),
    ),
  ];
  const attention = myCard.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toBeVisible();
  const facts = await getAsGuest<Facts>(
    token,
    `/api/persona/v1/facts/components?${built
      .map(ref => `entityRef=${encodeURIComponent(ref)}`)
      .join('&')}`,
  );
  const dangling = view!.personas.flatMap(p =>
    Object.values(p.components).flatMap(list =>
      list.filter(c => c.missing).map(c => c.ref),
    ),
  );
  if (!facts) {
    await expect(
      myCard.getByText(
        /Could not check which of your components lack an enabler/,
      ),
    ).toBeVisible();
  } else {
    const withoutEnabler = facts.items.filter(f => !f.hasEnabler);
    await expect(attention.getByText(/no persona enables it/)).toHaveCount(
      withoutEnabler.length,
    );
    if (withoutEnabler.length + dangling.length === 0) {
      await expect(
        attention.getByText('Nothing needs attention.'),
      ).toBeVisible();
    }
  }
  for (const ref of dangling) {
    await expect(attention.getByText(ref)).toBeVisible();
  }

  const file = await saveScreenshot(page, testInfo, 'home-my-responsibilities');
  testInfo.annotations.push({ type: 'screenshot', description: file });
});
