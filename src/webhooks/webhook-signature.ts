import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature a receiver checks (`X-Hub-Signature-256`): HMAC-SHA256 with the subscription's
 * secret over `<timestamp>.<body>`, so a replayed body with another timestamp does not verify.
 */
export function signDelivery(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does with the headers (exported for receivers written in TypeScript). */
export function verifyDelivery(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signDelivery(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
