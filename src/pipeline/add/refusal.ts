/**
 * Why `npm run add` will not add a page, in one line for the person who asked: what is wrong and, where
 * there is one, what to do instead. Thrown by any step; the command prints it, writes nothing, exits 1.
 */
export class Refusal extends Error {
  override name = 'Refusal';
}

/** What to try when the page the server sends is not the article a browser shows. */
export const SAVE_INSTEAD =
  'if your browser shows the article, save the page ("Webpage, HTML only") and run npm run add -- page.html --url <address>';
