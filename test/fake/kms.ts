// KMS: just enough to check that a referenced key exists and is usable (DescribeKey), by key id,
// key ARN, alias name or alias ARN. Keys are seeded with FakeCloud.addKmsKey().

import { DescribeKeyCommand, type KeyMetadata, NotFoundException } from '@aws-sdk/client-kms';
import { jsonError, unmodelledError } from './errors.js';
import { route, type RouteDef } from './router.js';
import { compact } from './util.js';
import type { FakeContext, FakeKmsKey, KmsKeyState } from './world.js';

export interface AddKmsKeyOptions {
  /** A key id such as "1234abcd-12ab-34cd-56ef-1234567890ab" (or "mrk-…"). */
  keyId: string;
  /** Alias names, each "alias/<name>". */
  aliases?: string[];
  /** Default "Enabled". */
  state?: KmsKeyState;
  /** Default "CUSTOMER"; AWS-managed keys have aliases under "alias/aws/". */
  keyManager?: 'CUSTOMER' | 'AWS';
  description?: string;
}

const KEY_ID = /^(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const ALIAS = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;
const KMS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):(\d{12}):(key|alias)\/(.+)$/;
const PENDING_DELETION_DAYS = 30;

const notFound = (message: string) => jsonError(NotFoundException, message);

type Resolution = { key: FakeKmsKey } | { missing: string };

/** Resolve any KeyId form; `missing` carries the error message KMS gives. */
function resolve(ctx: FakeContext, keyId: string): Resolution {
  const { world } = ctx;
  const own = (region: string, account: string) => region === ctx.region && account === ctx.accountId;
  const byAlias = (alias: string) => [...world.kmsKeys.values()].find((k) => k.aliases.includes(alias));
  const arnM = KMS_ARN.exec(keyId);
  if (arnM) {
    const [, region, account, kind, rest] = arnM as unknown as [string, string, string, string, string];
    const key = !own(region, account)
      ? undefined
      : kind === 'key'
        ? world.kmsKeys.get(rest)
        : byAlias(`alias/${rest}`);
    if (key) return { key };
    return { missing: kind === 'key' ? `Key '${keyId}' does not exist` : `Alias ${keyId} is not found.` };
  }
  if (keyId.startsWith('alias/')) {
    const key = ALIAS.test(keyId) ? byAlias(keyId) : undefined;
    return key ? { key } : { missing: `Alias ${ctx.arn('kms', keyId)} is not found.` };
  }
  if (!KEY_ID.test(keyId)) return { missing: `Invalid keyId '${keyId}'` };
  const key = world.kmsKeys.get(keyId);
  return key ? { key } : { missing: `Key '${ctx.arn('kms', `key/${keyId}`)}' does not exist` };
}

/** The key a KeyId refers to, or undefined (for other services that check a key). */
export function resolveKmsKey(ctx: FakeContext, keyId: string): FakeKmsKey | undefined {
  const r = resolve(ctx, keyId);
  return 'key' in r ? r.key : undefined;
}

export class Kms {
  constructor(private readonly ctx: FakeContext) {}

  addKey(opts: AddKmsKeyOptions): KeyMetadata {
    const { ctx } = this;
    if (!KEY_ID.test(opts.keyId))
      throw new Error(`fake cloud: addKmsKey: ${opts.keyId} is not a KMS key id (uuid or mrk-…)`);
    for (const a of opts.aliases ?? []) {
      if (!ALIAS.test(a)) throw new Error(`fake cloud: addKmsKey: alias ${a} must look like alias/<name>`);
      if (resolveKmsKey(ctx, a)) throw new Error(`fake cloud: addKmsKey: alias ${a} is already in use`);
    }
    const key: FakeKmsKey = {
      keyId: opts.keyId,
      arn: ctx.arn('kms', `key/${opts.keyId}`),
      aliases: [...(opts.aliases ?? [])],
      state: opts.state ?? 'Enabled',
      keyManager: opts.keyManager ?? 'CUSTOMER',
      description: opts.description ?? '',
      createdAt: ctx.now(),
    };
    ctx.world.kmsKeys.set(key.keyId, key);
    return this.render(key);
  }

  render(k: FakeKmsKey): KeyMetadata {
    return compact({
      AWSAccountId: this.ctx.accountId,
      KeyId: k.keyId,
      Arn: k.arn,
      CreationDate: k.createdAt,
      Enabled: k.state === 'Enabled',
      Description: k.description,
      KeyUsage: 'ENCRYPT_DECRYPT',
      KeyState: k.state,
      DeletionDate:
        k.state === 'PendingDeletion'
          ? new Date(this.ctx.clock.now() + PENDING_DELETION_DAYS * 86_400_000)
          : undefined,
      PendingDeletionWindowInDays: k.state === 'PendingDeletion' ? PENDING_DELETION_DAYS : undefined,
      Origin: 'AWS_KMS',
      KeyManager: k.keyManager,
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      KeySpec: 'SYMMETRIC_DEFAULT',
      EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      MultiRegion: k.keyId.startsWith('mrk-'),
    } satisfies KeyMetadata);
  }

  routes(): RouteDef[] {
    return [
      route(DescribeKeyCommand, (input) => {
        if (input.KeyId === undefined || input.KeyId === '')
          throw unmodelledError(
            'kms',
            'ValidationException',
            "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
          );
        const r = resolve(this.ctx, input.KeyId);
        if ('missing' in r) throw notFound(r.missing);
        return { KeyMetadata: this.render(r.key) };
      }),
    ];
  }
}
