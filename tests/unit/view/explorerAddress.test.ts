import { explorerAddress, routePath } from '../../../src/app/view/explorerAddress';

const served = { protocol: 'https:', host: 'explorer.example:8443', pathname: '/stories/peace/' };

describe('explorerAddress', () => {
  it.each([
    [
      { view: 'event', id: 'paris-summit' } as const,
      'https://explorer.example:8443/stories/peace/#/events/paris-summit',
    ],
    [{ view: 'quote', id: 'q1' } as const, 'https://explorer.example:8443/stories/peace/#/quotes/q1'],
    [{ view: 'actor', id: 'macron' } as const, 'https://explorer.example:8443/stories/peace/#/actors/macron'],
    [
      { view: 'topic', id: 'us-backstop' } as const,
      'https://explorer.example:8443/stories/peace/#/topics/us-backstop',
    ],
    [
      { view: 'actor-topic', actorId: 'trump', topicId: 'us-backstop' } as const,
      'https://explorer.example:8443/stories/peace/#/actors/trump/topics/us-backstop',
    ],
    [
      { view: 'article', id: 'a1', sentenceId: 's1' } as const,
      'https://explorer.example:8443/stories/peace/#/articles/a1?s=s1',
    ],
    [{ view: 'article', id: 'a1' } as const, 'https://explorer.example:8443/stories/peace/#/articles/a1'],
  ])('%j', (route, expected) => {
    expect(explorerAddress(route, served)).toBe(expected);
  });

  it('works for an app opened from a folder, whose origin is "null"', () => {
    expect(
      explorerAddress(
        { view: 'event', id: 'x' },
        { protocol: 'file:', host: '', pathname: '/home/me/dist/index.html' },
      ),
    ).toBe('file:///home/me/dist/index.html#/events/x');
  });

  it('uses the page the app runs on by default', () => {
    expect(explorerAddress({ view: 'event', id: 'x' })).toBe(
      `${window.location.protocol}//${window.location.host}${window.location.pathname}#/events/x`,
    );
  });

  it('route paths are what the router matches', () => {
    expect(routePath({ view: 'actor-topic', actorId: 'a', topicId: 'b' })).toBe('/actors/a/topics/b');
  });
});
