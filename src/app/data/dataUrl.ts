/** Data files ship next to the app; resolving against BASE_URL keeps it working under any sub-path. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}
