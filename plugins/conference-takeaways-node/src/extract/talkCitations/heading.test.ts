import { talkFromHeading } from './heading';

describe('talkFromHeading', () => {
  it.each([
    [
      'Grace Liu: Building Platforms People Want',
      'Building Platforms People Want',
      ['Grace Liu'],
    ],
    [
      'Marta Kowalska - Why Our Incidents Got Shorter',
      'Why Our Incidents Got Shorter',
      ['Marta Kowalska'],
    ],
    [
      'Pat Lee and Sam Ortiz - Pipelines Without Pain',
      'Pipelines Without Pain',
      ['Pat Lee', 'Sam Ortiz'],
    ],
    [
      'Pat Lee, Sam Ortiz - Pipelines Without Pain',
      'Pipelines Without Pain',
      ['Pat Lee', 'Sam Ortiz'],
    ],
    ['Pim de Vries - Devops, revisited', 'Devops, revisited', ['Pim de Vries']],
    [
      'Lessons from a Year of SLOs | Omar Haddad @ Acme (@omarh)',
      'Lessons from a Year of SLOs',
      ['Omar Haddad'],
    ],
    [
      'Lessons from a Year of SLOs | Omar Haddad @Acme',
      'Lessons from a Year of SLOs',
      ['Omar Haddad'],
    ],
    [
      '**Designing for Failure** by _Ines Duarte (Globex)_',
      'Designing for Failure',
      ['Ines Duarte'],
    ],
    [
      'Designing for Failure by Ines Duarte, Globex',
      'Designing for Failure',
      ['Ines Duarte'],
    ],
    [
      'Ines Duarte - Same Road, New Map - A Migration Story',
      'Same Road, New Map - A Migration Story',
      ['Ines Duarte'],
    ],
  ])('reads %j', (heading, title, speakers) => {
    expect(talkFromHeading(heading)).toEqual(
      expect.objectContaining({ title, speakers }),
    );
  });

  it('reads a heading that links to a talk', () => {
    expect(
      talkFromHeading('Scaling Queues - Dana Fox, Acme', [
        {
          text: 'Scaling Queues - Dana Fox, Acme',
          href: 'https://example.sched.com/event/9z/scaling-queues',
        },
      ]),
    ).toEqual({
      title: 'Scaling Queues',
      speakers: ['Dana Fox'],
      format: undefined,
      links: ['https://example.sched.com/event/9z/scaling-queues'],
    });
  });

  it.each([
    'Day 1',
    'Day Two: Keynotes',
    'Keynotes',
    'Key Takeaways',
    'Takeaways',
    'Monday 10th',
    'Choose Your Own Adventure: Building a Platform',
    'Platform Engineering – a way to reduce toil',
    'The Venue (Somewhere, Lisbon)',
    'Observability',
  ])('does not read %j as a talk', heading => {
    expect(talkFromHeading(heading)).toBeUndefined();
  });
});
