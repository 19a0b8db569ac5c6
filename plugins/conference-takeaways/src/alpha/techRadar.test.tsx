import techRadarPlugin from '@backstage-community/plugin-tech-radar/alpha';
import { techRadarApiRef } from '@backstage-community/plugin-tech-radar';
import {
  createExtension,
  createFrontendPlugin,
  coreExtensionData,
  useApi,
} from '@backstage/frontend-plugin-api';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { TechRadarResponse } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { screen } from '@testing-library/react';
import useAsync from 'react-use/esm/useAsync';
import conferenceTakeawaysPlugin, {
  conferenceTakeawaysTechRadarModule,
} from './index';

const radar: TechRadarResponse = {
  quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
  rings: [{ id: 'adopt', name: 'Adopt', color: '#5BA300' }],
  entries: [
    {
      id: 'linkerd',
      key: 'linkerd',
      title: 'Linkerd',
      quadrant: 'infrastructure',
      links: [],
      timeline: [{ date: '2023-03-01', ringId: 'adopt', moved: 1 }],
    },
  ],
};

/** Shows what the app's tech radar API loads, as the radar page would get it. */
function RadarProbe() {
  const api = useApi(techRadarApiRef);
  const { value, error } = useAsync(() => api.load(undefined), [api]);
  if (error) {
    return <p>{error.message}</p>;
  }
  return (
    <ul aria-label="Radar entries">
      {value?.entries.map(entry => (
        <li key={entry.id}>
          {entry.title}: {entry.links?.map(link => link.url).join(', ')}
        </li>
      ))}
    </ul>
  );
}

const probePlugin = createFrontendPlugin({
  pluginId: 'probe',
  extensions: [
    createExtension({
      name: 'page',
      attachTo: { id: 'app/routes', input: 'routes' },
      output: [coreExtensionData.routePath, coreExtensionData.reactElement],
      factory: () => [
        coreExtensionData.routePath('/probe'),
        coreExtensionData.reactElement(<RadarProbe />),
      ],
    }),
  ],
});

describe('conferenceTakeawaysTechRadarModule', () => {
  it('replaces the tech radar API with one reading our backend, linking tool pages', async () => {
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
        probePlugin,
      ],
      initialRouteEntries: ['/probe'],
      apis: [
        mockApis.discovery({ baseUrl: 'http://backstage.test' }),
        mockApis.fetch({ baseImplementation: fetchImpl as typeof fetch }),
      ],
    });

    expect(
      await screen.findByText('Linkerd: /conference-takeaways/tools/linkerd'),
    ).toBeInTheDocument();
    expect(String(fetchImpl.mock.calls[0][0])).toBe(
      'http://backstage.test/api/conference-takeaways/radar',
    );
  });
});
