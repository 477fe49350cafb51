import { expect, Locator, Page, test } from '@playwright/test';
import { getAsGuest, getGuestToken } from './support/backend';
import { saveScreenshot } from './support/portal';

type Ref = { ref: string; missing: boolean };
type PersonaDetail = {
  components: Record<'builds' | 'enables' | 'consumes', Ref[]>;
};
type ComponentView = {
  modes: Record<
    'builds' | 'enables' | 'consumes',
    Array<{ persona: { ref: string } }>
  >;
};
type CatalogEntity = { relations?: Array<{ type: string; targetRef: string }> };

const MODES = ['builds', 'enables', 'consumes'] as const;
const PERSONA = 'persona:default/activiti-cloud-developer';
const BUNDLE = 'component:default/rb-order-fulfilment';

function byName(ref: string) {
  const [kind, rest] = ref.split(':');
  return `${kind}/${rest}`;
}

/**
 * The catalog graph card with this title: the nearest container of the title
 * that holds graph nodes (the card is not a Material UI Card in every app).
 */
function graphCard(page: Page, title: string): Locator {
  return page
    .getByRole('heading', { name: title, exact: true })
    .first()
    .locator(
      'xpath=ancestor::*[.//*[local-name()="g" and @data-testid="node"]][1]',
    );
}

/** The node of the catalog graph that draws an entity (its `<title>` is the ref). */
function graphNode(graph: Locator, entityRef: string): Locator {
  return graph.locator('g[data-testid="node"]').filter({
    has: graph
      .page()
      .locator(
        `xpath=.//*[local-name()="title" and normalize-space(text())="${entityRef}"]`,
      ),
  });
}

/**
 * The catalog reads selector matches when it processes a Persona, so right
 * after a start the relations can lag behind the persona view: wait until
 * the catalog has a relation of `type` from `from` to each ref.
 */
async function waitForRelations(
  token: string,
  from: string,
  type: string,
  refs: string[],
) {
  await expect
    .poll(
      async () => {
        const entity = await getAsGuest<CatalogEntity>(
          token,
          `/api/catalog/entities/by-name/${byName(from)}`,
        );
        const targets = new Set(
          (entity?.relations ?? [])
            .filter(r => r.type === type)
            .map(r => r.targetRef),
        );
        return refs.filter(ref => !targets.has(ref));
      },
      {
        message: `${from} has ${type} relations to ${refs.join(', ')}`,
        timeout: 60_000,
      },
    )
    .toEqual([]);
}

test("a Persona's Relations graph shows every component of its persona view, and Persona nodes have their icon", async ({
  page,
}, testInfo) => {
  const token = await getGuestToken();
  const view = await getAsGuest<PersonaDetail>(
    token,
    `/api/persona/v1/views/by-name/${byName(PERSONA)}`,
  );
  expect(view).toBeDefined();
  const components = MODES.flatMap(mode =>
    view!.components[mode].filter(c => !c.missing).map(c => c.ref),
  );
  // the selectors of the example persona match more than its explicit refs
  expect(components).toContain(BUNDLE);
  await waitForRelations(
    token,
    PERSONA,
    'builds',
    view!.components.builds.map(c => c.ref),
  );

  await page.goto(`/catalog/default/persona/activiti-cloud-developer`);
  const graph = graphCard(page, 'Relations');
  await expect(graph.locator('g[data-testid="node"]').first()).toBeVisible();
  for (const ref of components) {
    await expect(graphNode(graph, ref), ref).toHaveCount(1);
  }
  // the persona's own node shows the Persona icon, as other kinds show theirs
  const personaNode = graphNode(graph, PERSONA);
  await expect(personaNode).toHaveCount(1);
  await expect(personaNode.locator('svg')).toHaveCount(1);
  await expect(graphNode(graph, BUNDLE).locator('svg')).toHaveCount(1);

  await saveScreenshot(page, testInfo, 'graph-persona-1440', graph);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(personaNode.locator('svg')).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'graph-persona-390', graph);
});

test("a component's Relations graph shows the personas its persona card names, with their icon", async ({
  page,
}, testInfo) => {
  const token = await getGuestToken();
  const view = await getAsGuest<ComponentView>(
    token,
    `/api/persona/v1/views/by-name/${byName(BUNDLE)}`,
  );
  expect(view).toBeDefined();
  const personas = [
    ...new Set(
      MODES.flatMap(mode => view!.modes[mode].map(r => r.persona.ref)),
    ),
  ];
  expect(personas).toContain(PERSONA);
  await waitForRelations(token, BUNDLE, 'builtBy', [PERSONA]);

  await page.goto(`/catalog/default/component/rb-order-fulfilment`);
  const graph = graphCard(page, 'Relations');
  await expect(graph.locator('g[data-testid="node"]').first()).toBeVisible();
  for (const ref of personas) {
    const node = graphNode(graph, ref);
    await expect(node, ref).toHaveCount(1);
    await expect(node.locator('svg'), `the icon of ${ref}`).toHaveCount(1);
  }

  await saveScreenshot(page, testInfo, 'graph-component-1440', graph);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(graphNode(graph, PERSONA).locator('svg')).toHaveCount(1);
  await saveScreenshot(page, testInfo, 'graph-component-390', graph);
});
