/**
 * THE data table of publisher-specific knowledge. Everything that is true of
 * one outlet only lives here, not in the stage code: the domain → name map,
 * in-text markers that identify a publisher when no URL is known, and
 * boilerplate lines a publisher's pages carry. General rules (line shape,
 * position) live in clean.ts; add a publisher by adding a row here.
 */

export interface PublisherProfile {
  /** Display name, e.g. "Kyiv Independent". */
  name: string;
  /** Domains (without www.) whose URLs belong to this publisher. */
  domains: string[];
  /** Whole lines whose presence identifies the publisher when no URL is known. */
  markers: RegExp[];
  /** Publisher-specific boilerplate lines, removed with rule `publisher-boilerplate`. */
  boilerplate: RegExp[];
}

export const PUBLISHERS: PublisherProfile[] = [
  {
    name: 'Kyiv Independent',
    domains: ['kyivindependent.com'],
    markers: [/^the kyiv independent$/i, /\bat the Kyiv Independent\b/],
    // Appeal lines only: a body sentence may start "Become a member of NATO, …".
    boilerplate: [/^support independent journalism\b[^,;]{0,40}$/i, /^become a member\b[^,;]{0,30}$/i],
  },
  {
    name: 'News.Az',
    domains: ['news.az'],
    markers: [/^news\.az$/i],
    boilerplate: [/^↺\s*−?\s*\d+\s*px$/],
  },
  {
    name: 'Semafor',
    domains: ['semafor.com'],
    markers: [/^semafor logo$/i, /^semafor signals\b/i],
    boilerplate: [/^semafor logo$/i, /^semafor signals(?::.*)?$/i],
  },
  {
    name: 'Reuters',
    domains: ['reuters.com'],
    markers: [/^reuters$/i],
    boilerplate: [/^reporting by .* editing by .*$/i],
  },
  { name: 'Politico', domains: ['politico.eu', 'politico.com'], markers: [/^politico$/i], boilerplate: [] },
  { name: 'BBC', domains: ['bbc.com', 'bbc.co.uk'], markers: [/^bbc news$/i], boilerplate: [] },
  { name: 'The Guardian', domains: ['theguardian.com'], markers: [], boilerplate: [] },
  { name: 'Financial Times', domains: ['ft.com'], markers: [], boilerplate: [] },
  { name: 'Associated Press', domains: ['apnews.com'], markers: [], boilerplate: [] },
  { name: 'Al Jazeera', domains: ['aljazeera.com'], markers: [], boilerplate: [] },
  { name: 'Euronews', domains: ['euronews.com'], markers: [], boilerplate: [] },
  { name: 'CNN', domains: ['cnn.com', 'edition.cnn.com'], markers: [], boilerplate: [] },
  { name: 'Deutsche Welle', domains: ['dw.com'], markers: [], boilerplate: [] },
  { name: 'France 24', domains: ['france24.com'], markers: [], boilerplate: [] },
];

/**
 * Outlets an article may cite ("the Financial Times reported", "told the BBC",
 * a Semafor "Sources:" line). Longest spellings first is not needed: matching
 * is per name with word boundaries. Extended at run time by the optional
 * data/curation/outlets.yaml and by curated actors of kind `media`.
 */
export const KNOWN_OUTLETS: string[] = [
  'Financial Times',
  'Reuters',
  'BBC',
  'Politico',
  'Sky News',
  'The Atlantic',
  'CBS',
  'The Times',
  'The Guardian',
  'Associated Press',
  'Bloomberg',
  'The Wall Street Journal',
  'The New York Times',
  'The Washington Post',
  'Axios',
  'CNN',
  'NBC',
  'ABC News',
  'Fox News',
  'Le Monde',
  'Der Spiegel',
  'The Telegraph',
  'Kyiv Independent',
  'Semafor',
  'AFP',
];

export function publisherFromUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (const p of PUBLISHERS) {
    if (p.domains.some((d) => host === d || host.endsWith(`.${d}`))) return p.name;
  }
  return null;
}

export function profileByName(name: string | null): PublisherProfile | undefined {
  return name ? PUBLISHERS.find((p) => p.name === name) : undefined;
}
