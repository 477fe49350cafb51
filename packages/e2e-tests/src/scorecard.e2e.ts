import { expect, test } from '@playwright/test';
import { BACKEND_URL, getGuestToken } from './support/backend';
import { saveScreenshot } from './support/portal';

/** A platform component of examples/platform.yaml that the persona packs build. */
const COMPONENT = {
  namespace: 'default',
  kind: 'Component',
  name: 'connector-slack',
};

const CHECK_IDS = [
  'personaHasBuilder',
  'personaHasEnabler',
  'personaHasConsumer',
  'personaBuilderBusFactor',
  'personaNotOnlyInherited',
];

type CheckResult = { check: { id: string; name: string }; result: boolean };

test('a Component page shows the persona scorecard of tech insights', async ({
  page,
}, testInfo) => {
  // what the tech-insights backend answers, to compare the card with
  const token = await getGuestToken();
  const response = await fetch(
    `${BACKEND_URL}/api/tech-insights/checks/run/${COMPONENT.namespace}/${COMPONENT.kind}/${COMPONENT.name}`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ checks: CHECK_IDS }),
    },
  );
  expect(response.status, 'tech insights is installed in the backend').toBe(
    200,
  );
  const results = (await response.json()) as CheckResult[];
  expect(results.length).toBeGreaterThan(0);

  await page.goto(
    `/catalog/${COMPONENT.namespace}/${COMPONENT.kind.toLowerCase()}/${
      COMPONENT.name
    }`,
  );
  const card = page
    .locator('[class*="MuiCard-root"]')
    .filter({ hasText: 'Persona scorecard' })
    .first();
  await expect(card).toBeVisible();
  const passed = results.filter(r => r.result === true).length;
  await expect(card).toContainText(
    `${passed} of ${results.length} checks pass`,
  );
  for (const { check, result } of results) {
    const item = card.getByTestId(`scorecard-check-${check.id}`);
    await expect(item).toContainText(check.name);
    await expect(item).toContainText(result === true ? 'Passed' : 'Failed');
  }
  await saveScreenshot(page, testInfo, 'scorecard', card);
  await page.screenshot({
    path: `/tmp/scorecard-${testInfo.project.name}.png`,
    fullPage: true,
  });
});
