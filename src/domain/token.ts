import { randomInt } from 'node:crypto';

// 64 characters from [A-Za-z0-9-]: inside ElastiCache's allowed set and RFC 3986 unreserved, so the
// token needs no encoding in a URL, a shell, docker-compose or a dotenv file.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';
export const AUTH_TOKEN_LENGTH = 64;

export function generateAuthToken(pick: (max: number) => number = randomInt): string {
  let token = '';
  for (let i = 0; i < AUTH_TOKEN_LENGTH; i++) token += ALPHABET[pick(ALPHABET.length)];
  return token;
}

export function isValidAuthToken(token: string): boolean {
  return /^[A-Za-z0-9!&#$^<>-]{16,128}$/.test(token);
}
