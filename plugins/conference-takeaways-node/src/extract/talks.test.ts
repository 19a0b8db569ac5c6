import { findTalksInProse, parseTalkItem } from './talks';

describe('parseTalkItem', () => {
  it('reads a quoted title, speakers and a recording link', () => {
    expect(
      parseTalkItem(
        '"Linkerd in Production" by Speaker One & Speaker Two — https://www.youtube.com/watch?v=abc',
      ),
    ).toEqual({
      title: 'Linkerd in Production',
      speakers: ['Speaker One', 'Speaker Two'],
      format: undefined,
      recordingUrl: 'https://www.youtube.com/watch?v=abc',
      links: [],
    });
  });

  it('reads a linked title and a format prefix', () => {
    expect(
      parseTalkItem('Keynote: Scaling Ops by Jane Doe & John Roe', {
        links: [
          {
            text: 'Scaling Ops',
            href: 'https://static.sched.com/hosted_files/x/slides.pdf',
          },
        ],
      }),
    ).toEqual(
      expect.objectContaining({
        title: 'Scaling Ops',
        speakers: ['Jane Doe', 'John Roe'],
        format: 'keynote',
        slidesUrl: 'https://static.sched.com/hosted_files/x/slides.pdf',
      }),
    );
  });

  it('reads "Title - A & B" only when it is clearly a talk', () => {
    expect(
      parseTalkItem(
        'Reproducing Production Issues Using eBPF - Matthew LeRay & Omid Azizi',
      ),
    ).toEqual(
      expect.objectContaining({
        title: 'Reproducing Production Issues Using eBPF',
        speakers: ['Matthew LeRay', 'Omid Azizi'],
      }),
    );
    expect(
      parseTalkItem('Cluster API - multi-cluster management'),
    ).toBeUndefined();
    expect(parseTalkItem('Service Mesh - Sidecars')).toBeUndefined();
  });

  it('accepts bare titles under a Talks label', () => {
    expect(
      parseTalkItem('Debugging with ephemeral containers', {
        inTalkList: true,
      }),
    ).toEqual(
      expect.objectContaining({
        title: 'Debugging with ephemeral containers',
        speakers: [],
      }),
    );
    expect(
      parseTalkItem('Debugging with ephemeral containers'),
    ).toBeUndefined();
  });

  it('drops links that are not http(s)', () => {
    const talk = parseTalkItem('"Mesh Wars" by Jane Doe', {
      links: [{ text: 'x', href: 'file:///etc/passwd' }],
    });
    expect(talk?.links).toEqual([]);
    expect(talk?.recordingUrl).toBeUndefined();
  });
});

describe('findTalksInProse', () => {
  it('finds quoted titles next to talk words, with their speakers', () => {
    const talks = findTalksInProse(
      'There were a lot of great OPA talks, including “OPA Deep Dive” by Tim Hinrichs and Torin Sandall, ' +
        'and a lightning talk “CRDs All the Way Down” by Puja Abbassi. ' +
        'Flynn presented “Building a Dev/Test Loop with Envoy Proxy” and shared his learning.',
    );
    expect(talks.map(t => [t.title, t.speakers, t.format])).toEqual([
      ['OPA Deep Dive', ['Tim Hinrichs', 'Torin Sandall'], 'talk'],
      ['CRDs All the Way Down', ['Puja Abbassi'], 'lightning'],
      ['Building a Dev/Test Loop with Envoy Proxy', ['Flynn'], undefined],
    ]);
  });

  it('skips slogans and questions in quotes', () => {
    expect(
      findTalksInProse(
        'At our booth we had the phrase “Reduce SRE toil and release faster”. ' +
          'At the panel discussion one panelist was asked, “What is your advice for people considering a service mesh?”',
      ),
    ).toEqual([]);
  });

  it('drops roles and companies after speaker names', () => {
    expect(
      findTalksInProse(
        'I will highlight the keynote “Platforms for Everyone” by Mauricio Salatino, Staff Engineer at VMware, ' +
          'and Whitney Lee, Staff Technical Advocate, which had great energy.',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Platforms for Everyone',
        speakers: ['Mauricio Salatino', 'Whitney Lee'],
        format: 'keynote',
      }),
    ]);
    expect(
      parseTalkItem(
        '"Mesh Wars" by Jane Doe (Acme) and Katie Roe, Sr. Engineer at Initech',
      )?.speakers,
    ).toEqual(['Jane Doe', 'Katie Roe']);
  });

  it('finds an unquoted title after "presented"', () => {
    expect(
      findTalksInProse(
        'Rafi Schloming and I presented Introduction to Telepresence, and outlined how.',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Introduction to Telepresence',
        speakers: ['Rafi Schloming'],
      }),
    ]);
  });

  it('reads a talk line with a prefix', () => {
    expect(
      findTalksInProse(
        'The talk Reproducing Production Issues in your CI Pipeline Using eBPF - Matthew LeRay & Omid Azizi',
      ),
    ).toEqual([
      expect.objectContaining({
        title: 'Reproducing Production Issues in your CI Pipeline Using eBPF',
        speakers: ['Matthew LeRay', 'Omid Azizi'],
      }),
    ]);
  });
});
