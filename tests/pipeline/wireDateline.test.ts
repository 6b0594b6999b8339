import { describe, expect, it } from 'vitest';
import { WIRE_DATELINE_ALONE, wireDateline } from '../../src/pipeline/wireDateline';

describe('wireDateline', () => {
  it.each([
    ['PARIS, March 11 (Reuters) - Europe will …', 'PARIS, March 11 (Reuters) - ', true],
    ['BRUSSELS (AP) — Europe will …', 'BRUSSELS (AP) — ', false],
    ['KYIV, Ukraine (AP) — Europe will …', 'KYIV, Ukraine (AP) — ', false],
    ['WASHINGTON, Aug 20, (AP): Europe will …', 'WASHINGTON, Aug 20, (AP): ', true],
    ['ZAGREB, 20 August 2025 - Europe will …', 'ZAGREB, 20 August 2025 - ', true],
    ['Nicosia, 19 August (CNA) - Europe will …', 'Nicosia, 19 August (CNA) - ', true],
    ['YEREVAN, SEPTEMBER 5, ARMENPRESS. Europe will …', 'YEREVAN, SEPTEMBER 5, ARMENPRESS. ', true],
    ['KYIV, March 5 /Ukrinform/ - Europe will …', 'KYIV, March 5 /Ukrinform/ - ', true],
    ['NEW DELHI — Europe will …', 'NEW DELHI — ', false],
    ['WASHINGTON − Europe will …', 'WASHINGTON − ', false],
  ])('%s opens on a dateline', (text, dateline, dated) => {
    expect(wireDateline(text)).toEqual({ length: dateline.length, dated });
  });

  it.each([
    'Zelensky — who met Macron on Monday — said …',
    'Macron: “We are ready.”',
    'UPDATE: Leaders meet in Paris',
    'Starmer, Macron and Merz met in Kyiv on Saturday.',
    'Europe will send a force, officials said.',
    'US-Russia talks resumed in Riyadh on Tuesday after a three-week pause.',
    'EU–funded projects in Ukraine have been hit by drones.',
    'UN-backed monitors arrived in Zaporizhzhia on Monday.',
  ])('must not: %s', (text) => {
    expect(wireDateline(text)).toBeNull();
  });

  it('a dateline the splitter cut off on its full stop stands alone; must not: a sentence', () => {
    expect(WIRE_DATELINE_ALONE.test('KYIV, Sept. 5.')).toBe(true);
    expect(WIRE_DATELINE_ALONE.test('KYIV, Sept. 5. /Ukrinform/.')).toBe(true);
    expect(WIRE_DATELINE_ALONE.test('/Ukrinform/.')).toBe(true);
    expect(WIRE_DATELINE_ALONE.test('Leaders met in Kyiv on Sept. 5.')).toBe(false);
  });
});

describe('a wire dateline with the agency bare after the day', () => {
  it('"London, Oct. 25, GNA – " (two layouts); must not: a name and an initialism with no day', () => {
    expect(
      wireDateline('London, Oct. 25, GNA – Leaders of some 20 countries met in London on Friday.'),
    ).toMatchObject({
      dated: true,
    });
    expect(
      wireDateline('ACCRA, March 3, GNA – The government said on Sunday it backed the plan.'),
    ).toMatchObject({
      dated: true,
    });
    expect(wireDateline('Macron, NATO – the talks went on.')).toBeNull();
  });
});

describe('a wire dateline with a full stop after the day and the agency between slashes', () => {
  it('"BISHKEK, March 3. /Kabar/. " and "ASTANA, May 11. /Kazinform/. " (two layouts); must not: a sentence that cites a site', () => {
    expect(
      wireDateline(
        'BISHKEK, March 3. /Kabar/. European leaders meeting in London on Sunday agreed to a plan.',
      ),
    ).toEqual({ length: 'BISHKEK, March 3. /Kabar/. '.length, dated: true });
    expect(
      wireDateline('ASTANA, May 11. /Kazinform/. The leaders of four countries went to Kyiv.'),
    ).toMatchObject({
      dated: true,
    });
    expect(wireDateline('Leaders met on May 11. /Kyiv/ said nothing.')).toBeNull();
  });
});
