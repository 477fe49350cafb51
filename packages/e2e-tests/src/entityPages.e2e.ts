import { expect, Locator, Page, test } from '@playwright/test';
import { readExamplePersona } from './support/examplePersonas';
import { linksTo, saveScreenshot, signInAsGuest } from './support/portal';

/**
 * The card whose header reads this title. Class names are matched loosely:
 * the two apps generate Material UI class names with different prefixes.
 */
function cardTitled(page: Page, title: string): Locator {
  return page
    .locator('[class*="MuiCard-root"]')
    .filter({
      has: page.locator('[class*="MuiCardHeader-root"]').getByText(title, {
        exact: true,
      }),
    })
    .first();
}

test.beforeEach(async ({ page }) => {
  await signInAsGuest(page);
});

test('the platform team holds its personas directly, with responsibilities and components', async ({
  page,
}, testInfo) => {
  const anthos = readExamplePersona('anthos-platform-team');
  const cncf = readExamplePersona('cncf-platform-builder');
  await page.goto('/catalog/default/group/platform-team/personas');

  const card = cardTitled(page, anthos.metadata.title);
  await expect(card).toBeVisible();
  await expect(card.getByText('Held directly')).toBeVisible();
  await expect(card.getByText(`${anthos.spec.type} · anthos`)).toBeVisible();
  for (const responsibility of anthos.spec.responsibilities) {
    await expect(card.getByText(responsibility.title)).toBeVisible();
  }
  await expect(card.getByText(/^Builds \(\d+\)$/)).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Anthos Config Management' }),
  ).toBeVisible();
  await expect(cardTitled(page, cncf.metadata.title)).toBeVisible();
  await saveScreenshot(page, testInfo, 'group-platform-team-personas');
});

test('an application team inherits its personas from the parent group', async ({
  page,
}, testInfo) => {
  const developer = readExamplePersona('anthos-application-developer');
  await page.goto('/catalog/default/group/payments-team/personas');

  const card = cardTitled(page, developer.metadata.title);
  await expect(card).toBeVisible();
  await expect(card.getByText(/Inherited from parent group/)).toBeVisible();
  await expect(
    linksTo(card, 'group:default/application-teams').first(),
  ).toBeVisible();
  // ownedByHolder narrows "builds" to what the payments team owns
  await expect(card.getByRole('link', { name: 'Payments API' })).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Checkout web' }),
  ).not.toBeVisible();
  await expect(card.getByText(/^Consumes \(\d+\)$/)).toBeVisible();
  await saveScreenshot(page, testInfo, 'group-payments-team-personas');
});

test('a user holds a persona directly and through a team', async ({
  page,
}, testInfo) => {
  const developer = readExamplePersona('activiti-cloud-developer');
  await page.goto('/catalog/default/user/jane.doe/personas');

  const card = cardTitled(page, developer.metadata.title);
  await expect(card).toBeVisible();
  await expect(card.getByText('Held directly')).toBeVisible();
  await expect(card.getByText(/Through membership of/)).toBeVisible();
  await expect(
    card.getByRole('link', { name: 'Slack cloud connector' }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'user-jane-doe-personas');
});

test('an Anthos cluster shows who builds and who consumes it', async ({
  page,
}, testInfo) => {
  const builder = readExamplePersona('anthos-platform-team');
  const consumer = readExamplePersona('anthos-application-developer');
  await page.goto('/catalog/default/resource/anthos-prod-eu');

  const card = cardTitled(page, 'Personas');
  await expect(
    card.getByText('Who builds, enables and consumes it'),
  ).toBeVisible();
  await expect(card.getByText('Built by', { exact: true })).toBeVisible();
  await expect(
    linksTo(card, 'persona:default/anthos-platform-team').first(),
  ).toHaveText(builder.metadata.title);
  await expect(card.getByText('Consumed by', { exact: true })).toBeVisible();
  await expect(
    linksTo(card, 'persona:default/anthos-application-developer').first(),
  ).toHaveText(consumer.metadata.title);
  await saveScreenshot(page, testInfo, 'resource-anthos-prod-eu-card', card);
});

test('a cloud connector shows who builds and who enables it', async ({
  page,
}, testInfo) => {
  const developer = readExamplePersona('activiti-cloud-developer');
  const devops = readExamplePersona('activiti-cloud-devops');
  await page.goto('/catalog/default/component/connector-slack');

  const card = cardTitled(page, 'Personas');
  await expect(card.getByText('Built by', { exact: true })).toBeVisible();
  await expect(
    linksTo(card, 'persona:default/activiti-cloud-developer').first(),
  ).toHaveText(developer.metadata.title);
  await expect(card.getByText('Enabled by', { exact: true })).toBeVisible();
  await expect(
    linksTo(card, 'persona:default/activiti-cloud-devops').first(),
  ).toHaveText(devops.metadata.title);
  await expect(linksTo(card, 'user:default/jane.doe').first()).toBeVisible();
  await saveScreenshot(page, testInfo, 'component-connector-slack-card', card);
});

test('a persona page shows what it is, its responsibilities, holders and components', async ({
  page,
}, testInfo) => {
  const persona = readExamplePersona('activiti-cloud-developer');
  await page.goto('/catalog/default/persona/activiti-cloud-developer');

  // One About card: the catalog's in the new frontend system, with the
  // persona's own facts beside it; ours in place of it in the legacy one.
  await expect(cardTitled(page, 'Responsibilities')).toBeVisible();
  // MUI cards title with a span, the catalog's Backstage UI cards with an h3
  await expect(
    page
      .locator('[class*="MuiCardHeader-root"]')
      .getByText('About', { exact: true })
      .or(page.getByRole('heading', { name: 'About', exact: true, level: 3 })),
  ).toHaveCount(1);
  const newFrontend = testInfo.project.name === 'new-frontend-system';
  const facts = cardTitled(page, newFrontend ? 'Persona' : 'About');
  if (!newFrontend) {
    await expect(
      facts.getByText(persona.spec.type, { exact: true }),
    ).toBeVisible();
  }
  await expect(
    facts.getByText(persona.spec.framework, { exact: true }),
  ).toBeVisible();

  const responsibilities = cardTitled(page, 'Responsibilities');
  for (const responsibility of persona.spec.responsibilities) {
    await expect(
      responsibilities.getByText(responsibility.title),
    ).toBeVisible();
  }

  const holders = cardTitled(page, 'Holders');
  for (const holder of persona.spec.holders) {
    await expect(linksTo(holders, holder).first()).toBeVisible();
  }

  const components = cardTitled(page, 'Components');
  await expect(components.getByText(/^Builds \(\d+\)$/)).toBeVisible();
  await expect(
    components.getByRole('link', { name: 'Slack cloud connector' }),
  ).toBeVisible();
  await saveScreenshot(page, testInfo, 'persona-activiti-cloud-developer');
});
