import type {
  ArticleParams,
  EventFilters,
  FilterKey,
  Grouping,
  SearchTextParams,
  ViewParams,
} from '../../../src/app/view/viewParams';
import type { EventKind, Stance } from '../../../src/model';

describe('the URL contract, as types derived from the table', () => {
  it('gives each view parameter the type its rule guarantees', () => {
    expectTypeOf<ViewParams['actors']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ViewParams['stances']>().toEqualTypeOf<Stance[] | undefined>();
    expectTypeOf<ViewParams['kinds']>().toEqualTypeOf<EventKind[] | undefined>();
    expectTypeOf<ViewParams['provenance']>().toEqualTypeOf<'curated' | 'extracted' | undefined>();
    expectTypeOf<ViewParams['group']>().toEqualTypeOf<Exclude<Grouping, 'none'> | undefined>();
    expectTypeOf<ViewParams['view']>().toEqualTypeOf<'list' | undefined>();
  });

  it('keeps each route’s own parameters on that route', () => {
    expectTypeOf<ArticleParams>().toEqualTypeOf<{ s?: string }>();
    expectTypeOf<SearchTextParams>().toEqualTypeOf<{ q?: string }>();
    expectTypeOf<ViewParams>().not.toHaveProperty('s');
    expectTypeOf<ViewParams>().not.toHaveProperty('q');
  });

  it('derives the filters from the parameters whose role is filter', () => {
    expectTypeOf<FilterKey>().toEqualTypeOf<
      'actors' | 'topics' | 'stances' | 'kinds' | 'publishers' | 'provenance' | 'from' | 'to'
    >();
    expectTypeOf<EventFilters>().toEqualTypeOf<Pick<ViewParams, FilterKey>>();
  });
});
