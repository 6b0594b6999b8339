/**
 * A seeded generator of hostile addresses for the link fuzzer: unknown and prototype-named keys,
 * empty and repeated values, broken percent-encoding, out-of-range dates, huge values. Each case
 * says, with rules written here independently of the app, which `param=value` pairs the notice
 * must name and which it must not.
 */

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HostileCase {
  /** The route and query, e.g. `/events/x?actors=…`, as it goes after `#`. */
  route: string;
  /** `param=value` texts (decoded, as the notice shows them) that must be named. */
  named: string[];
  /** `param=value` texts that are fine and must not be named. */
  notNamed: string[];
  /** Parameter names whose values cannot be predicted (broken encoding): named, value unchecked. */
  namedParams: string[];
}

interface Part {
  name: string;
  /** Raw, as written into the query (already encoded). */
  raw: string;
  /** What the notice must say about it. */
  verdict: { kind: 'fine'; shown: string } | { kind: 'named'; shown: string } | { kind: 'named-any' };
}

const NOTICE_VALUE_LENGTH = 60;
/** The notice quotes a long value cut to its first 60 characters and an ellipsis. */
const shown = (value: string) =>
  value.length > NOTICE_VALUE_LENGTH ? `${value.slice(0, NOTICE_VALUE_LENGTH)}…` : value;

const ROUTES = [
  '/',
  '/events/paris-summit',
  '/matrix',
  '/actors/macron',
  '/topics/us-backstop',
  '/quotes/nope',
];
const KNOWN_ACTORS = ['macron', 'starmer', 'meloni', 'trump'];
const STANCES = ['supports', 'conditional', 'ambiguous', 'skeptical', 'opposes'];
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

export function hostileCases(count: number, seed = 20251129): HostileCase[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const fine = (name: string, value: string): Part => ({
    name,
    raw: encodeURIComponent(value).replace(/%2C/g, ','),
    verdict: { kind: 'fine', shown: `${name}=${value}` },
  });
  const named = (name: string, value: string, shownAs = value): Part => ({
    name,
    raw: encodeURIComponent(value).replace(/%2C/g, ','),
    verdict: { kind: 'named', shown: `${name}=${shown(shownAs)}` },
  });

  const makers: (() => Part)[] = [
    () => fine('actors', pick(KNOWN_ACTORS)),
    () => named('actors', pick(['Macron', 'ma cron', 'x!', '-lead'])),
    () => named('actors', ''),
    () => fine('stances', pick(STANCES)),
    () => named('stances', pick(['support', 'x', 'OPPOSES'])),
    () => named('kinds', pick(['bogus', 'Meeting', 'press conference'])),
    () => fine('kinds', pick(['summit', 'meeting', 'statement'])),
    () => named(pick(PROTOTYPE_NAMES), String(int(0, 9))),
    () => named(`zz${int(0, 999)}`, 'x'),
    () => named('from', pick(['9', '2025-13-01', '2025-02-30', '0000-01-01', '2025-2-1', 'yesterday'])),
    () => fine('from', pick(['2025-02-20', '2024-02-29'])),
    () => named('group', pick(['bogus', 'actors', 'ROW'])),
    () => fine('group', pick(['actor', 'topic', 'kind'])),
    () => named('provenance', pick(['bogus', 'both'])),
    () => named('view', pick(['grid', 'LIST'])),
    () => named('actors', 'a'.repeat(int(2001, 12000))),
    () => named('publishers', 'b'.repeat(int(2001, 5000))),
    () => ({ name: 'topics', raw: pick(['%E0%A4%A', '%', '%zz', '%C3%28']), verdict: { kind: 'named-any' } }),
    () => named('s', 'sentence1'),
  ];

  const cases: HostileCase[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: int(1, 4) }, () => pick(makers)());
    // A name given twice is one parameter with both values (lists) or an unpredictable mix: keep
    // each name once, so every expectation below holds by construction.
    const byName = new Map(parts.map((p) => [p.name, p]));
    const kept = [...byName.values()];
    const route = pick(ROUTES);
    const query = kept.map((p) => `${p.name}=${p.raw}`).join('&');
    cases.push({
      route: `${route}?${query}`,
      named: kept.flatMap((p) => (p.verdict.kind === 'named' ? [p.verdict.shown] : [])),
      notNamed: kept.flatMap((p) => (p.verdict.kind === 'fine' ? [p.verdict.shown] : [])),
      namedParams: kept.flatMap((p) => (p.verdict.kind === 'named-any' ? [p.name] : [])),
    });
  }
  return cases;
}
