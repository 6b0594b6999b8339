/** Shared by dates.test.ts and datesTz.test.ts (the same expectations in other time zones). */
export const DATE_CASES: { sentence: string; pub: string; expected: [string, string, string, string?][] }[] =
  [
    // A Sunday paper's "last week" is the Monday to Saturday just gone (two layouts); must not: said on a
    // Saturday or a Monday, it is the calendar week before.
    {
      sentence: 'Foreign Minister Sergei Lavrov said last week that a European force was unacceptable.',
      pub: '2025-05-11',
      expected: [['last week', '2025-05-05', 'week', '2025-05-11']],
    },
    {
      sentence: 'Last week, about 60 people gathered at the town hall for a vigil.',
      pub: '2025-03-02',
      expected: [['Last week', '2025-02-24', 'week', '2025-03-02']],
    },
    {
      sentence: 'Foreign Minister Sergei Lavrov said last week that a European force was unacceptable.',
      pub: '2025-05-10',
      expected: [['last week', '2025-04-28', 'week', '2025-05-04']],
    },
    {
      sentence: 'Foreign Minister Sergei Lavrov said last week that a European force was unacceptable.',
      pub: '2025-05-12',
      expected: [['last week', '2025-05-05', 'week', '2025-05-11']],
    },
    {
      sentence: 'The FT reported on Feb. 25.',
      pub: '2025-02-25',
      expected: [['on Feb. 25', '2025-02-25', 'day']],
    },
    {
      sentence: 'Macron visited Trump in Washington on Feb. 24 to discuss it.',
      pub: '2025-02-25',
      expected: [['on Feb. 24', '2025-02-24', 'day']],
    },
    {
      sentence: 'Starmer, who will meet with Trump later this week, is coordinating.',
      pub: '2025-02-25',
      expected: [['later this week', '2025-02-24', 'week', '2025-03-02']],
    },
    {
      sentence: 'On Wednesday morning, the French president debriefed EU leaders.',
      pub: '2025-02-26',
      expected: [['On Wednesday morning', '2025-02-26', 'day']],
    },
    {
      sentence: 'Merz dashed to Paris on Wednesday to follow up.',
      pub: '2025-02-26',
      expected: [['on Wednesday', '2025-02-26', 'day']],
    },
    {
      sentence: 'Starmer, who’s meeting Trump on Thursday, recently said so.',
      pub: '2025-02-26',
      expected: [['on Thursday', '2025-02-27', 'day']],
    },
    // A possessive before "meeting" is a meeting, not "is meeting" (two layouts); "who’s meeting" above is.
    {
      sentence:
        'On Friday, Mr Zelensky’s meeting with US President Donald Trump broke down into a public row.',
      pub: '2025-03-03',
      expected: [['On Friday', '2025-02-28', 'day']],
    },
    {
      sentence: 'Macron’s meeting with Starmer in London on Sunday ended without a deal.',
      pub: '2025-03-03',
      expected: [['on Sunday', '2025-03-02', 'day']],
    },
    // A wire's filing day gives way to the day the lead names (two layouts); must not: a date the lead opens on.
    {
      sentence:
        'Brussels, April 11 (BTA correspondent Yana Stoyanova) - Bulgaria will send staff officers, the minister said on Thursday.',
      pub: '2025-04-11',
      expected: [['on Thursday', '2025-04-10', 'day']],
    },
    {
      sentence:
        'YEREVAN, Sept 5, ARMENPRESS. Twenty-six countries have committed troops, Macron said on Thursday.',
      pub: '2025-09-05',
      expected: [['on Thursday', '2025-09-04', 'day']],
    },
    {
      sentence: 'Brussels, on April 9, was where the ministers met before talks resumed on Thursday.',
      pub: '2025-04-11',
      expected: [
        ['on April 9', '2025-04-09', 'day'],
        ['on Thursday', '2025-04-10', 'day'],
      ],
    },
    {
      sentence: 'A meeting is to be held in London on Sunday between leaders.',
      pub: '2025-02-26',
      expected: [['on Sunday', '2025-03-02', 'day']],
    },
    {
      sentence: 'The leaders met on Sunday in London.',
      pub: '2025-02-26',
      expected: [['on Sunday', '2025-02-23', 'day']],
    },
    {
      sentence: 'Macron on Thursday announced plans for a force.',
      pub: '2025-03-27',
      expected: [['on Thursday', '2025-03-27', 'day']],
    },
    {
      sentence: 'EU leaders will gather on March 6.',
      pub: '2025-02-26',
      expected: [['on March 6', '2025-03-06', 'day']],
    },
    {
      sentence: 'The Atlantic wrote earlier this month that the leak mattered.',
      pub: '2025-03-27',
      expected: [['earlier this month', '2025-03-01', 'month', '2025-03-31']],
    },
    {
      sentence: 'Talks collapsed last month.',
      pub: '2025-03-27',
      expected: [['last month', '2025-02-01', 'month', '2025-02-28']],
    },
    {
      sentence: 'They spoke yesterday and meet again tomorrow.',
      pub: '2025-01-01',
      expected: [
        ['yesterday', '2024-12-31', 'day'],
        ['tomorrow', '2025-01-02', 'day'],
      ],
    },
    {
      sentence: 'The deal was signed on Dec. 30 after months of talks.',
      pub: '2025-01-02',
      expected: [['on Dec. 30', '2024-12-30', 'day']],
    },
    {
      sentence: 'He said it on 24 February 2025 in Kyiv.',
      pub: '2025-03-27',
      expected: [['on 24 February 2025', '2025-02-24', 'day']],
    },
    {
      // A timetable in the present tense is the future: "meet … on Thursday" said on a Wednesday.
      sentence: 'EU leaders meet in Brussels on Thursday.',
      pub: '2025-03-05',
      expected: [['on Thursday', '2025-03-06', 'day']],
    },
    {
      sentence: 'EU leaders met in Brussels on Thursday.',
      pub: '2025-03-05',
      expected: [['on Thursday', '2025-02-27', 'day']],
    },
    {
      sentence: 'She said she would speak to Trump later in the week.',
      pub: '2025-03-05',
      expected: [['later in the week', '2025-03-03', 'week', '2025-03-09']],
    },
    {
      // Sunday ends its week: "later in the week", or a future "this week", is the week ahead.
      sentence: 'She said she would speak to Trump later in the week.',
      pub: '2025-03-02',
      expected: [['later in the week', '2025-03-03', 'week', '2025-03-09']],
    },
    {
      sentence: 'He will travel to Moscow again this week.',
      pub: '2025-03-16',
      expected: [['this week', '2025-03-17', 'week', '2025-03-23']],
    },
    {
      sentence: 'The talks collapsed this week.',
      pub: '2025-03-16',
      expected: [['this week', '2025-03-10', 'week', '2025-03-16']],
    },
    {
      sentence: 'The war began in 2022.',
      pub: '2025-03-27',
      expected: [['in 2022', '2022-01-01', 'year', '2022-12-31']],
    },
  ];

/** Sentences that must not yield any date. */
export const NO_DATE_CASES = [
  'Trump claimed that such a deal could come "within weeks."',
  'The plan would include a small land force of 30,000 European troops.',
  'Europe is in this rather alone now.',
  'Starmer recently said that there must be a backstop.',
  'As part of their regular Wednesday meetings, the EU ambassadors discussed peace.',
  'Abbey served as a volunteer in Ukraine from 2008-2011.',
  'Leaders may meet again soon.',
  'Leaders spoke in the week after the vote.',
];
