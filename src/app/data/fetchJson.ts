import { DataError } from '../../model/core';

/** Fetches a JSON data file, turning each way it can fail into a message a reader understands. */
export async function fetchJson(url: string, file: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if ((cause as Error).name === 'AbortError') throw cause;
    throw new DataError(`Could not reach ${file}: the network request failed.`, 'network');
  }
  if (response.status === 404) throw new DataError(`${file} was not found on the server (404).`, 'missing');
  if (!response.ok) throw new DataError(`${file} could not be loaded (HTTP ${response.status}).`, 'network');
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DataError(`${file} is not valid JSON.`, 'not-json');
  }
}
