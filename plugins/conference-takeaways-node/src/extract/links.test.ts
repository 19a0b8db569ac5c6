import { classifyTalkUrl, isTalkPageUrl } from './links';

describe('classifyTalkUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abc', 'recording'],
    ['https://youtu.be/abc', 'recording'],
    ['https://vimeo.com/123456', 'recording'],
    ['https://speakerdeck.com/someone/a-talk', 'slides'],
    ['https://www.slideshare.net/someone/a-talk', 'slides'],
    ['https://docs.google.com/presentation/d/xyz/edit', 'slides'],
    ['https://example.org/files/talk.pdf?download=1', 'slides'],
    ['https://static.sched.com/hosted_files/conf/ab/deck.pptx', 'slides'],
    ['https://conf2031.sched.com/event/1AbC/a-talk', 'schedule'],
    ['https://sched.co/1AbCd', 'schedule'],
    ['https://sessionize.com/s/jane-doe/a-talk/12345', 'schedule'],
    ['https://fosdem.example.org/2031/schedule/event/a_talk/', 'schedule'],
    ['https://example.org/blog/2031/a-post', 'other'],
    ['not a url', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(classifyTalkUrl(url)).toBe(kind);
  });
});

describe('isTalkPageUrl', () => {
  it('accepts the page of one talk', () => {
    expect(isTalkPageUrl('https://www.youtube.com/watch?v=abc&list=PL1')).toBe(
      true,
    );
    expect(isTalkPageUrl('https://sched.co/1AbCd')).toBe(true);
    expect(isTalkPageUrl('https://conf2031.sched.com/event/1AbC/x')).toBe(true);
  });

  it('rejects playlists, shorts, whole schedules and other pages', () => {
    expect(isTalkPageUrl('https://www.youtube.com/playlist?list=PL1')).toBe(
      false,
    );
    expect(isTalkPageUrl('https://youtube.com/shorts/abc')).toBe(false);
    expect(isTalkPageUrl('https://conf2031.sched.com/')).toBe(false);
    expect(isTalkPageUrl('https://conf2031.sched.com/speaker/jane')).toBe(
      false,
    );
    expect(isTalkPageUrl('https://example.org/events/conf-2031/')).toBe(false);
  });
});
