/**
 * Imported first by the pipeline's command-line entry points (build, add, eval). The stages try several
 * hundred regexes, some of hundreds of alternatives, on every line and sentence. V8 first compiles a regex to
 * bytecode and, once it has run, compiles it again to machine code; Unicode classes under the `i` flag make
 * each compilation slow. Compiling straight to machine code saves the first of the two: about a second of the
 * 1,000-article benchmark (`npm run bench`), most of it before the first articles are done. It changes how
 * fast a regex runs, never what it matches.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
