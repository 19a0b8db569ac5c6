import techRadarPlugin from '@backstage-community/plugin-tech-radar/alpha';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import conferenceTakeawaysPlugin, {
  conferenceTakeawaysTechRadarModule,
} from '@conference-takeaways/backstage-plugin-conference-takeaways/alpha';
import { screen } from '@testing-library/react';

/** What GET /api/conference-takeaways/radar answers, in the radar's format. */
const radar = {
  quadrants: [
    { id: 'infrastructure', name: 'Infrastructure' },
    { id: 'observability', name: 'Observability' },
    { id: 'delivery', name: 'Delivery' },
    { id: 'languages', name: 'Languages' },
  ],
  rings: [
    { id: 'adopt', name: 'Adopt', color: '#5BA300' },
    { id: 'trial', name: 'Trial', color: '#009EB0' },
    { id: 'assess', name: 'Assess', color: '#C7BA00' },
    { id: 'hold', name: 'Hold', color: '#E09B96' },
  ],
  entries: [
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'infrastructure',
      description:
        'Used by 1 component: [Checkout](/catalog/default/component/checkout).',
      links: [],
      timeline: [{ date: '2023-03-01', ringId: 'adopt', moved: 1 }],
    },
    {
      id: 'opentelemetry',
      key: 'opentelemetry',
      title: 'OpenTelemetry',
      quadrant: 'observability',
      links: [],
      timeline: [{ date: '2022-11-01', ringId: 'trial', moved: 0 }],
    },
  ],
};

describe('tech radar page', () => {
  it('draws the radar from the conference-takeaways backend', async () => {
    const fetchImpl = jest.fn(
      async (_input: RequestInfo | URL) =>
        new Response(JSON.stringify(radar), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    await renderTestApp({
      features: [
        techRadarPlugin,
        conferenceTakeawaysTechRadarModule,
        conferenceTakeawaysPlugin,
      ],
      initialRouteEntries: ['/tech-radar'],
      apis: [
        mockApis.discovery({ baseUrl: 'http://localhost:7007' }),
        mockApis.fetch({ baseImplementation: fetchImpl as typeof fetch }),
      ],
    });

    expect(
      (await screen.findAllByText('Linkerd', {}, { timeout: 10000 })).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByText('OpenTelemetry').length).toBeGreaterThan(0);
    expect(String(fetchImpl.mock.calls[0][0])).toBe(
      'http://localhost:7007/api/conference-takeaways/radar',
    );
  }, 20000);
});
