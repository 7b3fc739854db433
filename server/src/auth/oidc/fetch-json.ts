import type { FetchJson } from './jwks-cache.js';

const TIMEOUT_MS = 5_000;

/** GET a JSON document with a timeout: a slow identity provider must not hold requests for long. */
export const fetchJson: FetchJson = async (url) => {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
};
