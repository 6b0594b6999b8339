/** The readable console summary of a build (the JSON report is the BuildReport itself). */
import type { BuildReport } from './corpus';
import type { MetadataChoice } from './pageMetadata';
import type { SuggestedPosition } from './stances';

const oneLine = (s: string, max = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export function formatReport(report: BuildReport, options: { candidates?: number } = {}): string {
  const lines: string[] = [];
  for (const a of report.articles) {
    const date = a.published
      ? `${a.published.date} (${a.published.method}, ${a.published.confidence})`
      : 'no date';
    lines.push(`● ${a.id}  ${oneLine(a.title, 80)}${a.titleDerived ? '  [title derived]' : ''}`);
    lines.push(
      `    published ${date}; publisher ${a.publisher ?? 'unknown'}; author ${a.author ?? 'unknown'}`,
    );
    if (a.metadata) lines.push(`    ${metadataLine(a.metadata)}`);
    const c = a.counts;
    lines.push(
      `    ${c.paragraphs} paragraphs, ${c.sentences} sentences, ${c.actors} actors (${c.mentions} mentions), ${c.dates} dates, ${c.quotes} quotes, ${c.events} events`,
    );
    for (const n of a.notes) lines.push(`    note: ${n}`);
    for (const w of a.warnings) lines.push(`    warning: ${w}`);
    for (const r of a.removed) lines.push(`    removed [${r.rule}] ${oneLine(r.text)}`);
  }
  for (const s of report.skipped) lines.push(`✗ skipped ${s.file}: ${s.reason}`);
  const shown = report.candidates.slice(0, options.candidates ?? 15);
  if (shown.length) {
    lines.push(
      `Names not in the gazetteer (candidates to add to actors.yaml; ${report.candidates.length} in the report):`,
    );
    lines.push(`    ${shown.map((c) => `${c.name} ×${c.count}`).join(', ')}`);
  }
  if (report.places.length)
    lines.push(`Places named (not actors): ${report.places.map((c) => `${c.name} ×${c.count}`).join(', ')}`);
  if (report.uncuratedSpeakers.length) {
    lines.push(
      'Speakers not in the gazetteer, shown in the explorer as uncurated actors (add them to actors.yaml):',
    );
    for (const s of report.uncuratedSpeakers)
      lines.push(`    ${s.name} (${s.id}${s.role ? `, ${s.role}` : ''}) in ${s.articles.join(', ')}`);
  }
  if (report.suggestedPositions.length) {
    lines.push(
      `Suggested positions (${report.suggestedPositions.length}; check each against its article, then paste into data/curation/positions.yaml):`,
    );
    lines.push(positionsYaml(report.suggestedPositions));
  }
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  for (const e of report.errors) lines.push(`error: ${e}`);
  lines.push(
    `${report.articles.length} articles built, ${report.skipped.length} skipped, ${report.warnings.length} warnings, ${report.errors.length} errors`,
  );
  return lines.join('\n');
}

/** A YAML scalar in single quotes, which needs no escaping but of the quote itself. */
const scalar = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Suggested positions as `positions.yaml` entries, in the curation files' style (quoted dates and text). */
export function positionsYaml(positions: readonly SuggestedPosition[]): string {
  const lines: string[] = [];
  for (const p of positions) {
    lines.push(
      `- id: ${p.id}`,
      `  actorId: ${p.actorId}`,
      `  topicId: ${p.topicId}`,
      `  date: ${scalar(p.date)}`,
      `  precision: ${p.precision}`,
      `  stance: ${p.stance}`,
      `  summary: ${scalar(p.summary)}`,
      '  evidence:',
    );
    for (const e of p.evidence)
      lines.push(`    - articleId: ${e.articleId}`, `      quote: ${scalar(e.quote)}`);
  }
  return lines.join('\n');
}

/** `metadata from the page (x.meta.json): title, date, author; from the text: publisher`. */
function metadataLine(m: MetadataChoice): string {
  const names = (fields: readonly string[]) => fields.map((f) => (f === 'published' ? 'date' : f)).join(', ');
  const page = m.page.length ? names(m.page) : 'nothing';
  return `metadata from the page (${m.file}): ${page}${m.text.length ? `; from the text: ${names(m.text)}` : ''}`;
}
