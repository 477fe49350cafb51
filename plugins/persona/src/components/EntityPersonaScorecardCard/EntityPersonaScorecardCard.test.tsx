import { Entity } from '@backstage/catalog-model';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { EntityPersonaScorecardCard } from './EntityPersonaScorecardCard';
import { TechInsightsCheckResult } from './TechInsightsChecksClient';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'connector-slack', namespace: 'default' },
  spec: { type: 'cloud-connector', owner: 'group:default/connectors-team' },
};

const result = (
  id: string,
  name: string,
  passed: boolean,
): TechInsightsCheckResult => ({
  check: { id, name, description: `${name}, described` },
  result: passed,
  facts: {},
});

const discoveryApi = {
  getBaseUrl: jest.fn(async (id: string) => `http://backend/api/${id}`),
};

function renderCard(fetch: jest.Mock, props: { checkIds?: string[] } = {}) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [discoveryApiRef, discoveryApi],
        [fetchApiRef, { fetch }],
      ]}
    >
      <EntityProvider entity={component}>
        <EntityPersonaScorecardCard {...props} />
      </EntityProvider>
    </TestApiProvider>,
  );
}

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 404 ? 'Not Found' : 'Error',
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('EntityPersonaScorecardCard', () => {
  it('runs the persona checks on the entity and shows each as passed or failed, in order', async () => {
    const fetch = jest.fn().mockResolvedValue(
      jsonResponse([
        // in another order than asked, and one not asked for
        result('personaHasEnabler', 'Has an enabler', false),
        result('personaHasBuilder', 'Has a builder', true),
        result('somethingElse', 'Something else', true),
        result('personaBuilderBusFactor', 'Builder bus factor', false),
        result('personaHasConsumer', 'Has a consumer', true),
        result('personaNotOnlyInherited', 'Builders at owner level', true),
      ]),
    );
    await renderCard(fetch);

    expect(await screen.findByText('3 of 5 checks pass')).toBeInTheDocument();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      'http://backend/api/tech-insights/checks/run/default/Component/connector-slack',
    );
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body)).toEqual({
      checks: [
        'personaHasBuilder',
        'personaHasEnabler',
        'personaHasConsumer',
        'personaBuilderBusFactor',
        'personaNotOnlyInherited',
      ],
    });

    const items = screen.getAllByTestId(/^scorecard-check-/);
    expect(items.map(item => item.dataset.testid)).toEqual([
      'scorecard-check-personaHasBuilder',
      'scorecard-check-personaHasEnabler',
      'scorecard-check-personaHasConsumer',
      'scorecard-check-personaBuilderBusFactor',
      'scorecard-check-personaNotOnlyInherited',
    ]);
    expect(items[0]).toHaveTextContent('Passed Has a builder');
    expect(
      within(items[0]).getByText('Has a builder, described'),
    ).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Failed Has an enabler');
    expect(items[3]).toHaveTextContent('Failed Builder bus factor');
    expect(screen.queryByText('Something else')).not.toBeInTheDocument();
  });

  it('runs the checks it is given', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(
        jsonResponse([result('personaHasBuilder', 'Has a builder', true)]),
      );
    await renderCard(fetch, { checkIds: ['personaHasBuilder'] });
    expect(await screen.findByText('1 of 1 checks pass')).toBeInTheDocument();
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({
      checks: ['personaHasBuilder'],
    });
  });

  it('says that tech insights is not installed when the backend has no such plugin', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(
        jsonResponse(
          { error: { name: 'NotFoundError', message: 'Not Found' } },
          404,
        ),
      );
    await renderCard(fetch);
    expect(
      await screen.findByText('Tech insights is not installed'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('scorecard-not-installed')).toHaveTextContent(
      'backstage-plugin-tech-insights-backend-module-persona',
    );
  });

  it('shows any other failure in an error panel', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(
        jsonResponse(
          { error: { name: 'Error', message: 'No facts for the entity' } },
          500,
        ),
      );
    await renderCard(fetch);
    expect(
      await screen.findByText(/Could not run the persona checks/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/No facts for the entity/).length,
    ).toBeGreaterThan(0);
    expect(
      screen.queryByText('Tech insights is not installed'),
    ).not.toBeInTheDocument();
  });
});
