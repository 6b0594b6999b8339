/**
 * The view parameters: everything about a view that is not its route — filters, the visible
 * time window, grouping, list or timeline, an article's sentence, the search text. This table
 * is the one place they are defined. Their types, the decoder (URL → values, every unusable
 * value reported), the encoder (values → a readable URL in a fixed key order) and which route
 * each one belongs to are all derived from it.
 *
 * To add a parameter: add a row here (in the position it should take in the URL), then read it
 * with the hooks in `useView.ts` and change it with a helper in `viewAddress.ts`.
 */
import {
  EVENT_KINDS,
  PROVENANCES,
  STANCES,
  isId,
  isOneOf,
  isRealDate,
  ISO_DATE_PATTERN,
} from '../../model/core';

/** The route a parameter belongs to: `view` ones apply on every route and follow every link. */
export type ParamOwner = 'view' | 'article' | 'search';

/** What a parameter is for: filters narrow the events, the rest shape how they are shown. */
export type ParamRole = 'filter' | 'window' | 'display' | 'route';

/** A check that a single value is usable, and the words for when it is not. */
interface ValueRule<T extends string> {
  accepts: (value: string) => value is T;
  /** Completes "«param=value» …", e.g. "is not a date written YYYY-MM-DD". */
  refusal: string;
}

interface ParamBase<T extends string, O extends ParamOwner, R extends ParamRole> {
  owner: O;
  role: R;
  /** Older or hand-written spellings that mean this parameter (`actor` for `actors`). */
  aliases: readonly string[];
  rule: ValueRule<T>;
}

/** Several values, comma-separated: alternatives of one filter. */
export interface ListParam<
  T extends string,
  O extends ParamOwner = ParamOwner,
  R extends ParamRole = ParamRole,
> extends ParamBase<T, O, R> {
  kind: 'list';
}

/** One value. */
export interface SingleParam<
  T extends string,
  O extends ParamOwner = ParamOwner,
  R extends ParamRole = ParamRole,
> extends ParamBase<T, O, R> {
  kind: 'single';
  /** Values that spell out the default and so mean "not set" (`group=none`, `view=timeline`). */
  defaults: readonly string[];
  /** Longer values are cut to this many characters, and the cut is reported. */
  maxLength?: number;
}

type Param = ListParam<string> | SingleParam<string>;

/** Any value longer than this is refused whole: no legitimate link carries one. */
export const MAX_VALUE_LENGTH = 2000;
/** At most this many values of one list are used. */
export const MAX_LIST_VALUES = 100;

const anyString = (value: string): value is string => value.length > 0;
const isIsoDate = (value: string): value is string => {
  const match = ISO_DATE_PATTERN.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
};
const isAnyOf =
  <const T extends string>(words: readonly T[]) =>
  (value: string): value is T =>
    isOneOf(words, value);

const rules = {
  id: (noun: string): ValueRule<string> => ({
    accepts: (value): value is string => isId(value),
    refusal: `is not ${noun} id (ids are lowercase, like "macron")`,
  }),
  date: { accepts: isIsoDate, refusal: 'is not a date written YYYY-MM-DD' } satisfies ValueRule<string>,
  oneOf: <const T extends string>(words: readonly T[], noun: string): ValueRule<T> => ({
    accepts: isAnyOf(words),
    refusal: `is not ${noun}: use ${words.join(', ')}`,
  }),
  text: { accepts: anyString, refusal: 'is empty' } satisfies ValueRule<string>,
};

function list<T extends string, R extends ParamRole, O extends ParamOwner = 'view'>(
  rule: ValueRule<T>,
  options: { owner?: O; role: R; aliases?: readonly string[] },
): ListParam<T, O, R> {
  return {
    kind: 'list',
    rule,
    owner: options.owner ?? ('view' as O),
    role: options.role,
    aliases: options.aliases ?? [],
  };
}

function single<T extends string, R extends ParamRole, O extends ParamOwner = 'view'>(
  rule: ValueRule<T>,
  options: {
    owner?: O;
    role: R;
    aliases?: readonly string[];
    defaults?: readonly string[];
    maxLength?: number;
  },
): SingleParam<T, O, R> {
  return {
    kind: 'single',
    rule,
    owner: options.owner ?? ('view' as O),
    role: options.role,
    aliases: options.aliases ?? [],
    defaults: options.defaults ?? [],
    maxLength: options.maxLength,
  };
}

export const GROUPINGS = ['actor', 'topic', 'kind'] as const;
export type Grouping = (typeof GROUPINGS)[number] | 'none';

/** Every view parameter, in the order it appears in a URL. */
export const VIEW_PARAMS = {
  q: single(rules.text, { owner: 'search', role: 'route', maxLength: 200 }),
  actors: list(rules.id('an actor'), { role: 'filter', aliases: ['actor'] }),
  topics: list(rules.id('a topic'), { role: 'filter', aliases: ['topic'] }),
  stances: list(rules.oneOf(STANCES, 'a stance'), { role: 'filter', aliases: ['stance'] }),
  kinds: list(rules.oneOf(EVENT_KINDS, 'a kind of event'), { role: 'filter', aliases: ['kind'] }),
  publishers: list(rules.text, { role: 'filter', aliases: ['publisher'] }),
  provenance: single(rules.oneOf(PROVENANCES, 'a way of finding events'), { role: 'filter' }),
  from: single(rules.date, { role: 'filter' }),
  to: single(rules.date, { role: 'filter' }),
  group: single(rules.oneOf(GROUPINGS, 'a grouping'), { role: 'display', defaults: ['none'] }),
  view: single(rules.oneOf(['list'] as const, 'a way of showing events'), {
    role: 'display',
    defaults: ['timeline'],
  }),
  start: single(rules.date, { role: 'window' }),
  end: single(rules.date, { role: 'window' }),
  s: single(rules.id('a sentence'), { owner: 'article', role: 'route' }),
} as const;

type Params = typeof VIEW_PARAMS;
export type ParamName = keyof Params;

type ValueOf<P> = P extends ListParam<infer T> ? T[] : P extends SingleParam<infer T> ? T : never;

/** The parameters one route owns, each optional, with the type its rule guarantees. */
export type ParamsOwnedBy<O extends ParamOwner> = {
  [K in ParamName as Params[K]['owner'] extends O ? K : never]?: ValueOf<Params[K]>;
};

/** The parameters every view has: filters, window, grouping, list or timeline. */
export type ViewParams = ParamsOwnedBy<'view'>;
/** An article view's own parameter: the sentence it is opened at. */
export type ArticleParams = ParamsOwnedBy<'article'>;
/** The search view's own parameter: the text searched for. */
export type SearchTextParams = ParamsOwnedBy<'search'>;
/** Every parameter of any route. */
export type AnyViewParams = ViewParams & ArticleParams & SearchTextParams;

const NAMES = Object.keys(VIEW_PARAMS) as ParamName[];
const namesWith = <R extends ParamRole>(role: R) =>
  NAMES.filter((name) => VIEW_PARAMS[name].role === role) as {
    [K in ParamName]: Params[K]['role'] extends R ? K : never;
  }[ParamName][];

/** The filter parameters, in URL order (which is also the order of the filter chips). */
export const FILTER_KEYS = namesWith('filter');
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Which events to show; see `filterEvents`. */
export type EventFilters = Pick<ViewParams, FilterKey>;
/** Filters that hold several values. */
export type ListFilterKey = { [K in FilterKey]: Params[K] extends ListParam<string> ? K : never }[FilterKey];

/** The names a route owns, in URL order. */
export function paramsOwnedBy(owner: ParamOwner): ParamName[] {
  return NAMES.filter((name) => VIEW_PARAMS[name].owner === owner);
}

/** `actor` → `actors`; unknown names (and inherited object keys such as `constructor`) → null. */
const BY_SPELLING = new Map<string, ParamName>(
  NAMES.flatMap((name) => [name, ...VIEW_PARAMS[name].aliases].map((spelling) => [spelling, name] as const)),
);

/** A parameter in the URL that could not be used, and why. */
export interface ParamProblem {
  param: string;
  value: string;
  message: string;
}

/** Problems are shown to people: a value is quoted at most this long. */
const SHOWN_VALUE_LENGTH = 60;
const shown = (value: string) =>
  value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;

/** A raw value as one string: the router may hand over arrays or numbers it parsed itself. */
function asText(raw: unknown): string {
  if (Array.isArray(raw)) return raw.map(asText).join(',');
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return '';
}

function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

const OWNER_NAMES: Record<ParamOwner, string> = {
  view: 'every view',
  article: 'an article',
  search: 'the search view',
};

interface Decoded {
  params: Partial<Record<ParamName, string | string[]>>;
  problems: ParamProblem[];
}

function decodeList(name: string, param: ListParam<string>, text: string, out: Decoded): string[] {
  const values = splitList(text);
  if (values.length === 0) {
    out.problems.push({ param: name, value: text, message: 'has no value' });
    return [];
  }
  const valid: string[] = [];
  for (const value of values) {
    if (!param.rule.accepts(value)) {
      out.problems.push({ param: name, value: shown(value), message: param.rule.refusal });
    } else if (valid.length >= MAX_LIST_VALUES) {
      out.problems.push({
        param: name,
        value: shown(value),
        message: `is past the first ${MAX_LIST_VALUES} values`,
      });
    } else valid.push(value);
  }
  return valid;
}

function decodeSingle(
  name: string,
  param: SingleParam<string>,
  text: string,
  out: Decoded,
): string | undefined {
  const trimmed = text.trim();
  if (param.defaults.includes(trimmed)) return undefined;
  if (trimmed === '') {
    out.problems.push({ param: name, value: text, message: 'has no value' });
    return undefined;
  }
  let value = trimmed;
  if (param.maxLength !== undefined && value.length > param.maxLength) {
    out.problems.push({
      param: name,
      value: shown(value),
      message: `is longer than ${param.maxLength} characters; the first ${param.maxLength} are used`,
    });
    value = value.slice(0, param.maxLength);
  }
  if (!param.rule.accepts(value)) {
    out.problems.push({ param: name, value: shown(value), message: param.rule.refusal });
    return undefined;
  }
  return value;
}

/** Rules between parameters: a range that ends before it starts is not used. */
function checkRanges(params: Decoded['params'], problems: ParamProblem[]) {
  const { from, to, start, end } = params as Record<string, string | undefined>;
  if (from && to && from > to) {
    problems.push({ param: 'to', value: to, message: `is before "from" (${from})` });
    delete params.to;
  }
  if (start && end && start >= end) {
    problems.push({ param: 'end', value: end, message: `is not after "start" (${start})` });
    delete params.start;
    delete params.end;
  } else if (start && !end) {
    problems.push({ param: 'start', value: start, message: 'is used only together with "end"' });
    delete params.start;
  } else if (end && !start) {
    problems.push({ param: 'end', value: end, message: 'is used only together with "start"' });
    delete params.end;
  }
}

/**
 * Raw URL parameters → the values of the parameters `owners` own. Every owned name is present
 * in the result (undefined when absent or unusable), so a router that merges raw parameters
 * under the decoded ones can never leave a raw string where a value is expected. Each value that
 * cannot be used is reported in words; everything else still applies.
 */
export function decodeViewParams(
  raw: Readonly<Record<string, unknown>>,
  owners: readonly ParamOwner[] = ['view', 'article', 'search'],
): { params: AnyViewParams; problems: ParamProblem[] } {
  const out: Decoded = { params: {}, problems: [] };
  for (const rawName of Object.keys(raw)) {
    // A value set to nothing (an object built by a link rather than parsed from text) is absent.
    if (raw[rawName] === undefined || raw[rawName] === null) continue;
    const text = asText(raw[rawName]);
    const name = BY_SPELLING.get(rawName);
    if (!name) {
      out.problems.push({
        param: shown(rawName),
        value: shown(text),
        message: 'is not a setting this app knows',
      });
      continue;
    }
    const param: Param = VIEW_PARAMS[name];
    if (!owners.includes(param.owner)) {
      out.problems.push({
        param: rawName,
        value: shown(text),
        message: `applies only to ${OWNER_NAMES[param.owner]}`,
      });
      continue;
    }
    if (text.length > MAX_VALUE_LENGTH) {
      out.problems.push({ param: rawName, value: shown(text), message: 'is too long to be a real value' });
      continue;
    }
    if (param.kind === 'list') {
      const previous = (out.params[name] as string[] | undefined) ?? [];
      const values = decodeList(rawName, param, text, out);
      if (values.length || previous.length) out.params[name] = [...new Set([...previous, ...values])];
    } else {
      const value = decodeSingle(rawName, param, text, out);
      if (value !== undefined) out.params[name] = value;
    }
  }
  checkRanges(out.params, out.problems);
  const params: Record<string, unknown> = {};
  for (const owner of owners) for (const name of paramsOwnedBy(owner)) params[name] = out.params[name];
  return { params: params as AnyViewParams, problems: out.problems };
}

/** Values → URL parameters in the table's order, lists comma-joined, empties and unknowns left out. */
export function encodeViewParams(params: Readonly<Record<string, unknown>>): [string, string][] {
  const { params: clean } = decodeViewParams(withoutUnset(params));
  const out: [string, string][] = [];
  for (const name of NAMES) {
    const value = clean[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length) out.push([name, value.join(',')]);
    } else out.push([name, value]);
  }
  return out;
}

function withoutUnset(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    // Only names this app knows are written back: a link's unknown extras are not carried on.
    if (BY_SPELLING.has(name)) out[name] = value;
  }
  return out;
}

/**
 * A query string → raw parameters, in a prototype-free record so that `constructor` or
 * `__proto__` are names like any other. A repeated parameter (`?actors=a&actors=b`) means both.
 */
export function parseViewQuery(query: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  } catch {
    return out;
  }
  for (const [key, value] of params) out[key] = Object.hasOwn(out, key) ? `${out[key]},${value}` : value;
  return out;
}

/** Values → `?actors=macron,starmer&from=2025-02-20`, or '' when nothing is set. */
export function stringifyViewQuery(params: Readonly<Record<string, unknown>>): string {
  const text = new URLSearchParams(encodeViewParams(params)).toString();
  // Commas are legal in a query string; leaving them unescaped keeps addresses readable.
  const readable = text.replace(/%2C/gi, ',');
  return readable ? `?${readable}` : '';
}
