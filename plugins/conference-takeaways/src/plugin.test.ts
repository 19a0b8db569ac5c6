import {
  conferenceTakeawaysApiRef,
  conferenceTakeawaysPlugin,
  entityContentRouteRef,
  explorerLinkRouteRef,
  isConferenceTakeawaysAvailable,
  rootRouteRef,
  toolLinkRouteRef,
  toolRouteRef,
} from './index';
import { reportPreviewApiRef } from './api';

describe('legacy conference-takeaways plugin', () => {
  it('provides the backend client and its routes', () => {
    expect(conferenceTakeawaysPlugin.getId()).toBe('conference-takeaways');
    expect(
      [...conferenceTakeawaysPlugin.getApis()].map(factory => factory.api.id),
    ).toEqual([conferenceTakeawaysApiRef.id, reportPreviewApiRef.id]);
    expect(conferenceTakeawaysPlugin.routes).toEqual({
      root: rootRouteRef,
      tool: toolRouteRef,
      entityContent: entityContentRouteRef,
    });
    expect(conferenceTakeawaysPlugin.externalRoutes).toEqual({
      explorer: explorerLinkRouteRef,
      toolLink: toolLinkRouteRef,
    });
  });
});

describe('isConferenceTakeawaysAvailable', () => {
  const entity = (kind: string) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x' },
  });

  it.each(['Component', 'System', 'API', 'Group', 'component'])(
    'is true for %s',
    kind => {
      expect(isConferenceTakeawaysAvailable(entity(kind))).toBe(true);
    },
  );

  it.each(['User', 'Resource', 'Domain', 'Takeaway', 'Talk', 'Conference'])(
    'is false for %s',
    kind => {
      expect(isConferenceTakeawaysAvailable(entity(kind))).toBe(false);
    },
  );
});
