import { splitHighlighted } from './highlight';

describe('splitHighlighted', () => {
  it('splits marked terms from the rest', () => {
    expect(
      splitHighlighted(
        'Teams moved to <b>Linkerd</b> from <b>Istio</b>.',
        '<b>',
        '</b>',
      ),
    ).toEqual([
      { text: 'Teams moved to ', highlighted: false },
      { text: 'Linkerd', highlighted: true },
      { text: ' from ', highlighted: false },
      { text: 'Istio', highlighted: true },
      { text: '.', highlighted: false },
    ]);
  });

  it('treats the tags as plain strings, not patterns', () => {
    expect(splitHighlighted('a (*)b(/*) c', '(*)', '(/*)')).toEqual([
      { text: 'a ', highlighted: false },
      { text: 'b', highlighted: true },
      { text: ' c', highlighted: false },
    ]);
  });

  it('drops an unclosed tag without highlighting', () => {
    expect(splitHighlighted('one <b>two', '<b>', '</b>')).toEqual([
      { text: 'one ', highlighted: false },
      { text: 'two', highlighted: false },
    ]);
  });

  it('returns the text as is without tags', () => {
    expect(splitHighlighted('plain <b>text</b>', '', '')).toEqual([
      { text: 'plain <b>text</b>', highlighted: false },
    ]);
    expect(splitHighlighted('', '<b>', '</b>')).toEqual([]);
  });
});
