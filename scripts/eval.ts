/**
 * `npm run eval` — how well extraction alone does on pages it was not written for.
 *
 * In:  the development set, tests/fixtures/devset/<name>.txt (invented pages, each opening with a `# FIXTURE`
 *      comment line that is stripped before the build) with <name>.gold.json and a fixture-local SOURCES.tsv;
 *      the seeds, data/raw/*.txt with tests/fixtures/seeds/<id>.gold.json; from data/curation only the
 *      gazetteer (actors.yaml), the topics with their keywords (topics.yaml) and outlets.yaml — what
 *      extraction needs to recognise names and topics. Curated events, quotes and positions are left out,
 *      so every figure is the pipeline's own.
 * Out: one line per figure for each set (scripts/evalScore.ts says how each is counted); `--details` adds
 *      each article's misses. Each set is built twice: with its addresses, and without any (the date
 *      figure in brackets), as when files are dropped into data/raw with no SOURCES.tsv line.
 * Flags: --details, --held-out (only the fixtures kept out of development), --all (both), --only <name> (one page, or every page whose name starts
 *      with `<name>-`: `--only b400` scores one blind round).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, type BuildResult } from '../src/pipeline/corpus';
import { parseFlags, readCommandLine } from '../src/pipeline/cli';
import { parseCuration } from '../src/pipeline/curation';
import { readCurationDir, readRawDir } from '../src/pipeline/files';
import type { RawFile } from '../src/pipeline/read';
import {
  formatFigures,
  formatMisses,
  scoreArticle,
  stripFixtureHeader,
  sumScores,
  type ArticleScore,
  type Extraction,
  type Gold,
  type SuggestionLike,
  type Tally,
} from './evalScore';

const ROOT = resolve(import.meta.dirname, '..');
const DEVSET = join(ROOT, 'tests/fixtures/devset');
const SEED_GOLD = join(ROOT, 'tests/fixtures/seeds');
const SEEDS = join(ROOT, 'data/raw');

const FLAGS = {
  details: { type: 'boolean', default: false },
  'held-out': { type: 'boolean', default: false },
  all: { type: 'boolean', default: false },
  only: { type: 'string' },
} as const;

interface EvalSet {
  title: string;
  files: RawFile[];
  gold: Map<string, Gold>;
}

/** The gazetteer, topics and outlets of data/curation, with no curated events, quotes or positions. */
function extractionCuration() {
  const full = readCurationDir(join(ROOT, 'data/curation'), 'data/curation');
  return {
    dir: full.dir,
    files: { ...full.files, 'events.yaml': '[]', 'quotes.yaml': '[]', 'positions.yaml': '[]' },
  };
}

/** `--only` names one page or a round of pages sharing a prefix (`b400` for b400-*). */
const namedBy = (id: string, only: string) => id === only || id.startsWith(`${only}-`);

const readGold = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Gold;

function devSet(which: 'dev' | 'held-out' | 'all', only: string | undefined): EvalSet {
  const gold = new Map<string, Gold>();
  const files: RawFile[] = [];
  for (const name of readdirSync(DEVSET).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const g = readGold(join(DEVSET, name));
    if (which === 'dev' && g.heldOut) continue;
    if (which === 'held-out' && !g.heldOut) continue;
    if (only && !namedBy(id, only)) continue;
    gold.set(id, g);
    const text = stripFixtureHeader(readFileSync(join(DEVSET, `${id}.txt`), 'utf8'));
    files.push({ name: `${id}.txt`, bytes: new TextEncoder().encode(text) });
  }
  const sources = join(DEVSET, 'SOURCES.tsv');
  if (existsSync(sources)) files.push({ name: 'SOURCES.tsv', bytes: new Uint8Array(readFileSync(sources)) });
  const title = {
    dev: 'development set',
    'held-out': 'held-out fixtures',
    all: 'development set + held-out',
  }[which];
  return { title: `${title} (${gold.size} pages)`, files, gold };
}

function seedSet(only: string | undefined): EvalSet {
  const gold = new Map<string, Gold>();
  for (const name of readdirSync(SEED_GOLD).sort()) {
    const id = name.replace(/\.gold\.json$/, '');
    if (name.endsWith('.gold.json') && (!only || namedBy(id, only)))
      gold.set(id, readGold(join(SEED_GOLD, name)));
  }
  const files = readRawDir(SEEDS).filter(
    (f) => f.name === 'SOURCES.tsv' || gold.has(f.name.replace(/\.txt$/, '')),
  );
  return { title: `seeds (${gold.size} articles)`, files, gold };
}

/** What the build produced for one article, in the shape the scorer reads. */
function extractionOf(result: BuildResult, id: string, curated: ReadonlySet<string>): Extraction {
  const index = result.index;
  const actors = new Map((index?.actors ?? []).map((a) => [a.id, a]));
  const cites = (ev: readonly { articleId: string }[]) => ev.some((e) => e.articleId === id);
  // Older builds (the pipeline before #12) report no suggestions.
  const report = result.report as typeof result.report & { suggestedPositions?: SuggestionLike[] };
  const speakers = (index?.quotes ?? []).filter((q) => q.evidence.articleId === id).map((q) => q.speakerId);
  return {
    article: result.articles.find((a) => a.id === id) ?? null,
    events: (index?.events ?? []).filter((e) => cites(e.evidence)),
    quotes: (index?.quotes ?? []).filter((q) => q.evidence.articleId === id),
    actors,
    proposedNames: [
      ...result.report.candidates.filter((c) => c.articles.includes(id)).map((c) => c.name),
      ...speakers.filter((s): s is string => !!s && !curated.has(s)).map((s) => actors.get(s)?.name ?? s),
    ],
    suggestions: (report.suggestedPositions ?? []).filter((s) => cites(s.evidence)),
  };
}

function build(set: EvalSet, withAddresses: boolean): BuildResult {
  const files = withAddresses ? set.files : set.files.filter((f) => f.name !== 'SOURCES.tsv');
  const result = buildCorpus(files, extractionCuration());
  if (result.report.errors.length) throw new Error(`the build failed:\n${result.report.errors.join('\n')}`);
  return result;
}

function evaluate(set: EvalSet, details: boolean): void {
  const curated = new Set(parseCuration(extractionCuration()).actors.map((a) => a.id));
  const result = build(set, true);
  const bare = build(set, false);
  const scores: ArticleScore[] = [];
  const withoutAddress: Tally = { right: 0, of: 0 };
  for (const [id, gold] of set.gold) {
    scores.push(scoreArticle(id, gold, extractionOf(result, id, curated)));
    withoutAddress.of += 1;
    if ((bare.articles.find((a) => a.id === id)?.published?.date ?? null) === gold.published)
      withoutAddress.right += 1;
  }
  console.log(`\n${set.title}`);
  for (const line of formatFigures(sumScores(scores), withoutAddress)) console.log(`  ${line}`);
  if (!details) return;
  for (const s of scores) {
    const misses = formatMisses(s);
    console.log(`\n${s.name}${misses.length ? '' : ': nothing missed'}`);
    for (const m of misses) console.log(`  ${m}`);
  }
}

export function main(argv: readonly string[]): number {
  const args = readCommandLine(() => parseFlags(argv, FLAGS));
  if (!args) return 2;
  const which = args.all ? 'all' : args['held-out'] ? 'held-out' : 'dev';
  console.log(
    'Extraction alone: gazetteer and topic keywords from data/curation; no curated events, quotes or positions.',
  );
  const dev = devSet(which, args.only);
  if (dev.gold.size) evaluate(dev, args.details);
  if (which !== 'held-out') {
    const seeds = seedSet(args.only);
    if (seeds.gold.size) evaluate(seeds, args.details);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
