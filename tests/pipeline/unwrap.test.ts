import { cleanArticle } from '../../src/pipeline/clean';
import { unwrapLines, wrapWidth } from '../../src/pipeline/unwrap';

/**
 * A page dumped by a text browser or sent as a plain-text email comes hard-wrapped. What the stages after
 * cleaning rely on: each paragraph is one line again, and a page that was not wrapped is left as it was.
 */

// `lynx -dump`: indented by three, wrapped at 79, link markers, a menu of short lines.
const LYNX = [
  '   [1]Home [2]News [3]Sport',
  '',
  'Ukraine force plans gathering pace, Starmer tells allies',
  '',
  '   The prime minister said military chiefs from the so-called coalition of the',
  '   willing would meet in London on Thursday to turn political pledges into',
  '   “robust” plans for troops, ships and aircraft, and that the work was moving.',
  '',
  '   He added: “The Kremlin has been playing for time for weeks. If Vladimir',
  '   Putin is serious about peace, he can prove it by agreeing to a ceasefire on',
  '   the same terms as Ukraine.”',
  '',
  '   Downing Street said about thirty countries had joined the call on Saturday,',
  '   among them Canada, Australia and New Zealand, and that officials would',
  '   report back to leaders within a fortnight on what each could contribute.',
];

// A newsletter's text part: wrapped at 72, a list whose items run over two lines.
const EMAIL = [
  'Good morning from Brussels. Defence ministers from about 30 countries met',
  'at NATO headquarters on Thursday to map out a force for Ukraine, and the',
  'talk in the corridors was of little else.',
  '',
  'What we are watching:',
  '* Whether Washington commits to air cover and intelligence for the',
  '  force, which most capitals treat as the condition for sending troops',
  '* The Kremlin, which has called any European deployment unacceptable',
  '',
  '"This is a coalition of nations, not a NATO mission," Rutte told us on',
  'his way in, adding that the alliance would help where it could.',
  '',
  'Diplomats expect the chiefs of staff to present their plans next week,',
  'before leaders meet again by video call, and the Kremlin has already said',
  'that it will treat any such deployment as a matter for its own security.',
];

describe('hard-wrapped pages made whole again', () => {
  it('joins each paragraph a text browser wrapped at its width, and keeps a menu and a heading apart', () => {
    expect(wrapWidth(LYNX)).not.toBeNull();
    const lines = unwrapLines(LYNX);
    expect(lines).toContain(
      '   He added: “The Kremlin has been playing for time for weeks. If Vladimir Putin is serious about peace, he can prove it by agreeing to a ceasefire on the same terms as Ukraine.”',
    );
    expect(lines).toContain('   [1]Home [2]News [3]Sport');
    expect(lines).toContain('Ukraine force plans gathering pace, Starmer tells allies');
    expect(lines.filter((l) => l.trim()).length).toBe(5);
  });

  it('joins a plain-text email’s paragraphs and each list item with its own second line', () => {
    expect(wrapWidth(EMAIL)).not.toBeNull();
    const lines = unwrapLines(EMAIL).filter((l) => l.trim());
    expect(lines).toEqual([
      'Good morning from Brussels. Defence ministers from about 30 countries met at NATO headquarters on Thursday to map out a force for Ukraine, and the talk in the corridors was of little else.',
      'What we are watching:',
      '* Whether Washington commits to air cover and intelligence for the force, which most capitals treat as the condition for sending troops',
      '* The Kremlin, which has called any European deployment unacceptable',
      '"This is a coalition of nations, not a NATO mission," Rutte told us on his way in, adding that the alliance would help where it could.',
      'Diplomats expect the chiefs of staff to present their plans next week, before leaders meet again by video call, and the Kremlin has already said that it will treat any such deployment as a matter for its own security.',
    ]);
  });

  it('must not: touch a page of one paragraph per line, short paragraphs included', () => {
    const page = [
      'Starmer tells allies force plans are gathering pace',
      'By Jane Doe',
      'March 15, 2025',
      'The prime minister said military chiefs would meet in London on Thursday.',
      'Downing Street said about thirty countries had joined the call on Saturday.',
      'He added that the Kremlin had been playing for time for weeks, and that Vladimir Putin could prove he was serious by agreeing to a ceasefire.',
      'Officials will report back to leaders within a fortnight.',
      'Moscow has rejected any European troops in Ukraine.',
      'Canada and Australia were among those on the call.',
    ];
    expect(wrapWidth(page)).toBeNull();
    expect(unwrapLines(page)).toEqual(page);
    // Every line under a hundred characters, each paragraph ending on its stop, a caption on none.
    const short = [
      'European leaders met in Brussels on Thursday to discuss a force for Ukraine after a ceasefire.',
      'Sir Keir Starmer speaks to world leaders during the video call in Downing Street',
      'Several governments said they would decide on their contribution in the coming weeks.',
      'French President Emmanuel Macron and Ukrainian President Volodymyr Zelenskyy in Paris.',
      'Officials said the planning would go on at the level of the chiefs of staff next week.',
      'The Kremlin has rejected any deployment of troops from NATO countries in Ukraine.',
      'Downing Street said that about thirty countries had joined the call on Saturday morning.',
    ];
    expect(wrapWidth(short)).toBeNull();
  });

  it('the cleaned body of a wrapped page holds each paragraph whole, a quote broken over lines included', () => {
    const r = cleanArticle(['Starmer tells allies', 'March 15, 2025', '', ...LYNX.slice(4)].join('\n'), {
      publisher: null,
    });
    expect(r.paragraphs).toContain(
      'He added: “The Kremlin has been playing for time for weeks. If Vladimir Putin is serious about peace, he can prove it by agreeing to a ceasefire on the same terms as Ukraine.”',
    );
  });
});
