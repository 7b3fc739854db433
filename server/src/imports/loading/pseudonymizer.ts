import { createHmac } from 'node:crypto';

// Client references repeat (a client has many visits) and the HMAC was a large share of parse time,
// so each distinct reference is hashed once per import. The cap bounds memory on a file of one-off clients.
const MEMO_LIMIT = 100_000;

/** Client reference → HMAC-SHA-256 (hex) under the configured key, memoized within one import. */
export function pseudonymizer(key: string): (clientRef: string) => string {
  const memo = new Map<string, string>();
  return (clientRef) => {
    let clientKey = memo.get(clientRef);
    if (clientKey === undefined) {
      clientKey = createHmac('sha256', key).update(clientRef, 'utf8').digest('hex');
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(clientRef, clientKey);
    }
    return clientKey;
  };
}
