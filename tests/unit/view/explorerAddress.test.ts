import { explorerAddress, routePath, underBase } from '../../../src/app/view/explorerAddress';

const served = { protocol: 'https:', host: 'explorer.example:8443', pathname: '/stories/peace/' };

describe('explorerAddress', () => {
  it.each([
    [
      { view: 'event', id: 'paris-summit' } as const,
      'https://explorer.example:8443/stories/peace/events/paris-summit/',
    ],
    [{ view: 'quote', id: 'q1' } as const, 'https://explorer.example:8443/stories/peace/quotes/q1/'],
    [{ view: 'actor', id: 'macron' } as const, 'https://explorer.example:8443/stories/peace/actors/macron/'],
    [
      { view: 'topic', id: 'us-backstop' } as const,
      'https://explorer.example:8443/stories/peace/topics/us-backstop/',
    ],
    [
      { view: 'actor-topic', actorId: 'trump', topicId: 'us-backstop' } as const,
      'https://explorer.example:8443/stories/peace/actors/trump/topics/us-backstop/',
    ],
    [{ view: 'position', id: 'p1' } as const, 'https://explorer.example:8443/stories/peace/positions/p1/'],
    [
      { view: 'article', id: 'a1', sentenceId: 's1' } as const,
      'https://explorer.example:8443/stories/peace/articles/a1/?s=s1',
    ],
    [{ view: 'article', id: 'a1' } as const, 'https://explorer.example:8443/stories/peace/articles/a1/'],
  ])('%j', (route, expected) => {
    expect(explorerAddress(route, served)).toBe(expected);
  });

  it('serves from the root when the base is /', () => {
    expect(explorerAddress({ view: 'event', id: 'x' }, { ...served, pathname: '/' })).toBe(
      'https://explorer.example:8443/events/x/',
    );
  });

  it('uses the site the app runs on by default', () => {
    expect(explorerAddress({ view: 'event', id: 'x' })).toBe(
      `${window.location.protocol}//${window.location.host}/events/x/`,
    );
  });

  it('route paths are what the router matches, one folder per view', () => {
    expect(routePath({ view: 'actor-topic', actorId: 'a', topicId: 'b' })).toBe('/actors/a/topics/b/');
    expect(underBase('/matrix/', '/sub/')).toBe('/sub/matrix/');
  });
});
