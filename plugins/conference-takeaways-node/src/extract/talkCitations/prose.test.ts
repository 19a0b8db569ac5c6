import { findTalksInProse } from './prose';

const youtube = (id: string) => `https://www.youtube.com/watch?v=${id}`;

describe('findTalksInProse: talks named in passing', () => {
  it('reads "I enjoyed X by Y"', () => {
    expect(
      findTalksInProse(
        'On the second day I really enjoyed Queues All the Way Down by Hana Sato, which was funny.',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Queues All the Way Down',
        speakers: ['Hana Sato'],
      }),
    ]);
  });

  it("reads Y's talk with a linked or quoted title", () => {
    const talks = findTalksInProse(
      'My favourite was Nadia Petrova for her talk about schedulers ("The Quiet Scheduler") ' +
        "and Leo Brandt's Why Retries Hurt.",
      {
        links: [
          { text: '"The Quiet Scheduler"', href: youtube('q1') },
          { text: 'Why Retries Hurt', href: 'https://vimeo.com/123456' },
        ],
      },
    );
    expect(talks.map(t => [t.title, t.speakers, t.recordingUrl])).toEqual([
      ['The Quiet Scheduler', ['Nadia Petrova'], youtube('q1')],
      ['Why Retries Hurt', ['Leo Brandt'], 'https://vimeo.com/123456'],
    ]);
  });

  it('reads "[X](recording) by Y" and bold titles next to talk words', () => {
    expect(
      findTalksInProse('The best one was Mesh Math by Kim Yoon, Acme.', {
        links: [{ text: 'Mesh Math', href: youtube('m1') }],
      }),
    ).toEqual([
      expect.objectContaining({
        title: 'Mesh Math',
        speakers: ['Kim Yoon'],
        recordingUrl: youtube('m1'),
      }),
    ]);
    expect(
      findTalksInProse(
        'The **Fifty Clusters, One Team** session was a highlight, and the keynote on **Carbon-Aware Scheduling** too.',
      ).map(t => [t.title, t.format]),
    ).toEqual([
      ['Fifty Clusters, One Team', 'talk'],
      ['Carbon-Aware Scheduling', 'keynote'],
    ]);
  });

  it('does not read fragments, ordinary "by" or product names as talks', () => {
    expect(
      findTalksInProse(
        'With Jane Doe we replaced our scheduler. It was replaced by Kubernetes in 2019. ' +
          'Backstage was built by Spotify. The service map was drawn by Pixie.',
      ),
    ).toEqual([]);
    expect(
      findTalksInProse('Join us at the Platform Day event.', {
        links: [
          {
            text: 'Platform Day',
            href: 'https://example.sched.com/overview/type/Platform',
          },
        ],
      }),
    ).toEqual([]);
    expect(
      findTalksInProse(
        'I read Fast Feedback Loops by Carla Mendes last week.',
        {
          links: [
            {
              text: 'Fast Feedback Loops',
              href: 'https://books.example.com/ffl',
            },
          ],
        },
      ),
    ).toEqual([]);
  });

  it('keeps titles apart from the names around them', () => {
    const talks = findTalksInProse(
      'Sessions like “Resilient Clusters” and “Flux in Anger” gave me ideas.',
      {
        links: [
          { text: 'Resilient Clusters', href: youtube('r1') },
          { text: 'Flux in Anger', href: youtube('f1') },
        ],
      },
    );
    expect(talks.map(t => [t.title, t.speakers])).toEqual([
      ['Resilient Clusters', []],
      ['Flux in Anger', []],
    ]);
  });
});
