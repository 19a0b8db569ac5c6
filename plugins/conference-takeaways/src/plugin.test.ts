import { conferenceTakeawaysPlugin } from './plugin';

describe('conference-takeaways', () => {
  it('should export plugin', () => {
    expect(conferenceTakeawaysPlugin).toBeDefined();
  });
});
