import { ToolHubItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { linkerdHub } from '../__testUtils__/toolHubFixtures';
import { groupItemsByYear } from './groupToolItems';

const titles = (items: ToolHubItem[]) => items.map(item => item.title);

describe('groupItemsByYear', () => {
  it('groups by year, newest first, then by conference in the given order', () => {
    const years = groupItemsByYear(linkerdHub.items);

    expect(years.map(y => y.year)).toEqual([2022, 2018]);
    expect(
      years[0].conferences.map(group => [
        group.conference?.entityRef,
        titles(group.items),
      ]),
    ).toEqual([
      [
        'conference:default/kubecon-na-2022',
        ['Istio ambient mode changes the comparison'],
      ],
      [
        'conference:default/kubecon-eu-2022',
        [
          'Linkerd at scale',
          'Linkerd is the service mesh people enjoy running',
        ],
      ],
    ]);
  });

  it('falls back to the date for the year, and puts undated items last', () => {
    const [, talk, takeaway] = linkerdHub.items;
    const noConference: ToolHubItem = {
      ...takeaway,
      entityRef: 'takeaway:default/hallway-track',
      title: 'Hallway track',
      conference: undefined,
      date: '2024-02-01',
    };
    const undated: ToolHubItem = {
      ...talk,
      entityRef: 'talk:default/someday',
      title: 'Someday',
      conference: undefined,
      date: undefined,
    };

    const years = groupItemsByYear([
      undated,
      ...linkerdHub.items,
      noConference,
    ]);

    expect(years.map(y => y.year)).toEqual([2024, 2022, 2018, undefined]);
    expect(years[0].conferences).toEqual([{ items: [noConference] }]);
    expect(years[3].conferences).toEqual([{ items: [undated] }]);
  });

  it('gives nothing for no items', () => {
    expect(groupItemsByYear([])).toEqual([]);
  });
});
