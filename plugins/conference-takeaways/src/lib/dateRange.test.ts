import { dateRange } from './dateRange';

describe('dateRange', () => {
  it('writes a range within one month once', () => {
    expect(dateRange('2022-05-16', '2022-05-20')).toBe('16–20 May 2022');
  });

  it('names both months, or both years, when they differ', () => {
    expect(dateRange('2022-04-30', '2022-05-02')).toBe('30 Apr – 2 May 2022');
    expect(dateRange('2022-12-30', '2023-01-02')).toBe(
      '30 Dec 2022 – 2 Jan 2023',
    );
  });

  it('writes a single day, and nothing for a missing or malformed start', () => {
    expect(dateRange('2022-05-16')).toBe('16 May 2022');
    expect(dateRange('2022-05-16', '2022-05-16')).toBe('16 May 2022');
    expect(dateRange(undefined, '2022-05-16')).toBeUndefined();
    expect(dateRange('May 2022')).toBeUndefined();
    expect(dateRange('2022-13-01')).toBeUndefined();
  });
});
