import { parseTalkItem } from './item';

const youtube = (id: string) => `https://www.youtube.com/watch?v=${id}`;

describe('parseTalkItem: list items as people write them', () => {
  it('reads a schedule link whose text is the title, and "by" speakers', () => {
    expect(
      parseTalkItem('Taming Sidecars at Scale by Ana Lima and Rui Costa', {
        links: [
          { text: 'Taming Sidecars at Scale', href: 'https://sched.co/1AbCd' },
          { text: 'Rui Costa', href: 'https://example.org/rui' },
        ],
      }),
    ).toEqual({
      title: 'Taming Sidecars at Scale',
      speakers: ['Ana Lima', 'Rui Costa'],
      format: undefined,
      links: ['https://sched.co/1AbCd', 'https://example.org/rui'],
    });
  });

  it('reads "[Title - Speaker, Company; Speaker, Company](recording)"', () => {
    const text =
      'Mesh Upgrades Without Tears - Priya Nair, Red Hat; Tomás Ruiz, Acme Corp';
    expect(
      parseTalkItem(text, { links: [{ text, href: youtube('abc123') }] }),
    ).toEqual({
      title: 'Mesh Upgrades Without Tears',
      speakers: ['Priya Nair', 'Tomás Ruiz'],
      format: undefined,
      recordingUrl: youtube('abc123'),
      links: [],
    });
  });

  it('reads a bold "Title by Speaker, Company" line', () => {
    expect(
      parseTalkItem(
        '**Observability for Batch Jobs by Olga Ivanova, Initech**',
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Observability for Batch Jobs',
        speakers: ['Olga Ivanova'],
      }),
    );
  });

  it('reads "Title – Speaker, Company; Speaker, Company" without a link', () => {
    expect(
      parseTalkItem(
        'Scheduling GPUs Fairly – Mei Chen, Globex; Ravi Patel, Umbrella Labs',
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Scheduling GPUs Fairly',
        speakers: ['Mei Chen', 'Ravi Patel'],
      }),
    );
  });

  it('separates speakers from companies and roles', () => {
    const speakersOf = (line: string) => parseTalkItem(line)?.speakers;
    expect(
      speakersOf('Policy as Code in Practice - Jane Doe & John Roe, Acme'),
    ).toEqual(['Jane Doe', 'John Roe']);
    expect(
      speakersOf(
        'Policy as Code in Practice - Jane Doe (Acme) and John Roe @ Initech',
      ),
    ).toEqual(['Jane Doe', 'John Roe']);
    expect(
      speakersOf(
        'Keynote: Policy as Code - Jane Doe, Staff Engineer & John Roe, Principal Architect, Acme',
      ),
    ).toEqual(['Jane Doe', 'John Roe']);
    expect(
      speakersOf('Policy as Code in Practice by Jan van der Berg at Globex'),
    ).toEqual(['Jan van der Berg']);
    expect(
      speakersOf(
        'Policy as Code in Practice - Jane Doe & John Roe, Acme & Ann-Marie O’Neil, Kong Inc.',
      ),
    ).toEqual(['Jane Doe', 'John Roe', 'Ann-Marie O’Neil']);
  });

  it('strips emoji, list markers, numbering and session codes', () => {
    for (const line of [
      '🔥 Tracing the Untraceable - Sam Okafor, Acme',
      '1. Tracing the Untraceable - Sam Okafor, Acme',
      '- [ ] Tracing the Untraceable - Sam Okafor, Acme',
      'OBS-204: Tracing the Untraceable - Sam Okafor, Acme',
      '**Tracing the Untraceable** - Sam Okafor, Acme ✨',
    ]) {
      expect(parseTalkItem(line)).toEqual(
        expect.objectContaining({
          title: 'Tracing the Untraceable',
          speakers: ['Sam Okafor'],
        }),
      );
    }
    expect(
      parseTalkItem('[KEYNOTE] Tracing the Untraceable - Sam Okafor, Acme'),
    ).toEqual(expect.objectContaining({ format: 'keynote' }));
  });

  it('reads format prefixes and drops a conference label', () => {
    expect(
      parseTalkItem('Lightning talk: Ten Tiny Operators - Lea Roth, Acme'),
    ).toEqual(
      expect.objectContaining({
        title: 'Ten Tiny Operators',
        format: 'lightning',
      }),
    );
    const text = 'DevConf West 2031 - Panel: Who Owns the Platform?';
    expect(
      parseTalkItem(text, { links: [{ text, href: youtube('p1') }] }),
    ).toEqual(
      expect.objectContaining({
        title: 'Who Owns the Platform?',
        format: 'panel',
        speakers: [],
      }),
    );
  });

  it('reads a long item: the byline ends at the colon, the rest describes the talk', () => {
    expect(
      parseTalkItem(
        `Rollouts: Safe Deploys at Any Size by Jo Park & Lin Wu, Globex: this was a hands-on talk about ${'progressive delivery, feature flags and what happens when the canary dies. '.repeat(
          8,
        )}`,
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Rollouts: Safe Deploys at Any Size',
        speakers: ['Jo Park', 'Lin Wu'],
      }),
    );
  });

  it('reads a linked bold title followed by presenters and their verb', () => {
    expect(
      parseTalkItem(
        'Paving the Golden Path: Noor Haddad (Acme) and Erik Lund shared how they retired tickets.',
        {
          links: [{ text: 'Paving the Golden Path', href: youtube('g1') }],
        },
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Paving the Golden Path',
        speakers: ['Noor Haddad', 'Erik Lund'],
        recordingUrl: youtube('g1'),
      }),
    );
    expect(
      parseTalkItem(
        'Edge Clusters: Lightweight Kubernetes distributions are driving retail.',
        { links: [{ text: 'Edge Clusters', href: youtube('e1') }] },
      )?.speakers,
    ).toEqual([]);
  });

  it('keeps recording, slides and schedule links apart; generic link texts are not titles', () => {
    expect(
      parseTalkItem(
        'Cost-Aware Autoscaling: what we learned. Youtube | Slides',
        {
          strong: ['Cost-Aware Autoscaling:'],
          links: [
            { text: 'Youtube', href: youtube('c1') },
            {
              text: 'Slides',
              href: 'https://example.sched.com/event/1x/cost-aware',
            },
          ],
        },
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Cost-Aware Autoscaling',
        recordingUrl: youtube('c1'),
        slidesUrl: 'https://example.sched.com/event/1x/cost-aware',
      }),
    );
    expect(
      parseTalkItem('Youtube', {
        links: [{ text: 'Youtube', href: youtube('x') }],
      }),
    ).toBeUndefined();
  });

  it('does not read books, people lists, playlists or statements as talks', () => {
    expect(
      parseTalkItem('Team Shapes by Ada Quinn and Bo Reyes', {
        links: [
          {
            text: 'Team Shapes',
            href: 'https://books.example.com/team-shapes',
          },
        ],
      }),
    ).toBeUndefined();
    expect(
      parseTalkItem('Joe Bloggs - Chief Executive Officer and Founder, Acme'),
    ).toBeUndefined();
    expect(
      parseTalkItem('Kris Example - Senior Staff Developer Advocate, Initech'),
    ).toBeUndefined();
    const playlist = 'ExampleConf Europe 2031 (Lisbon) - Youtube';
    expect(
      parseTalkItem(playlist, {
        links: [
          { text: playlist, href: 'https://www.youtube.com/playlist?list=PLx' },
        ],
      }),
    ).toBeUndefined();
    expect(
      parseTalkItem('There is a Go port of the tool now', {
        inTalkList: true,
      }),
    ).toBeUndefined();
    expect(parseTalkItem('Service Mesh - Sidecars')).toBeUndefined();
  });
});
