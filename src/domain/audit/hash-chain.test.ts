import { describe, expect, it } from 'vitest';
import {
  type AuditRecord,
  auditHash,
  canonicalJson,
  GENESIS_HASH,
  type StoredAuditRecord,
  verifyChain,
} from './hash-chain';

function chain(n: number): StoredAuditRecord[] {
  const out: StoredAuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const record: AuditRecord = {
      stream: 'unit-a',
      seq: i,
      occurredAt: `2026-11-23T02:0${i % 10}:00.000Z`,
      actorUserId: 'u1',
      unitId: 'unit-a',
      action: 'user.create',
      targetType: 'user',
      targetId: `t${i}`,
      ip: '127.0.0.1',
      details: { n: i, nested: { b: 1, a: [1, 2] } },
    };
    const hash = auditHash(prev, record);
    out.push({ ...record, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  it('canonical JSON sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('an untouched chain verifies intact and counts every row', () => {
    expect(verifyChain(chain(20))).toEqual({ intact: true, checked: 20 });
  });

  it('an empty stream is intact', () => {
    expect(verifyChain([])).toEqual({ intact: true, checked: 0 });
  });

  it('editing a row’s content is reported at that row', () => {
    const rows = chain(10);
    rows[6] = { ...(rows[6] as StoredAuditRecord), action: 'user.delete' };
    const verdict = verifyChain(rows);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact) {
      expect(verdict.brokenAt.seq).toBe(7);
      expect(verdict.reason).toBe('hash_mismatch');
      expect(verdict.checked).toBe(6);
    }
  });

  it('recomputing an edited row’s hash still breaks the next row’s link', () => {
    const rows = chain(5);
    const edited = { ...(rows[2] as StoredAuditRecord), details: { forged: true } };
    rows[2] = { ...edited, hash: auditHash(edited.prevHash, edited) };
    const verdict = verifyChain(rows);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact) {
      expect(verdict.brokenAt.seq).toBe(4);
      expect(verdict.reason).toBe('prev_hash_mismatch');
    }
  });

  it('a deleted row shows as a sequence gap', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    const verdict = verifyChain(rows);
    expect(verdict.intact).toBe(false);
    if (!verdict.intact) expect(verdict.reason).toBe('sequence_gap');
  });

  it('the hash depends on the key order of nothing but the values', () => {
    const [first] = chain(1);
    if (!first) throw new Error('no row');
    const reordered = { ...first, details: { nested: { a: [1, 2], b: 1 }, n: 1 } };
    expect(auditHash(GENESIS_HASH, reordered)).toBe(first.hash);
  });
});
