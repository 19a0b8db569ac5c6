/* eslint-disable no-script-url -- these tests are about hostile URLs */
import { safeHttpUrl } from './safeHttpUrl';

describe('safeHttpUrl', () => {
  it.each([
    'https://www.youtube.com/watch?v=abc',
    'http://example.com/slides.pdf',
  ])('keeps %s', url => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it('trims surrounding whitespace', () => {
    expect(safeHttpUrl('  https://example.com/a  ')).toBe(
      'https://example.com/a',
    );
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/file',
    '/relative/path',
    '//example.com/protocol-relative',
    'not a url',
    '',
    '   ',
  ])('rejects %j', url => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['https://example.com']])(
    'rejects non-strings (%j)',
    value => {
      expect(safeHttpUrl(value)).toBeUndefined();
    },
  );
});
