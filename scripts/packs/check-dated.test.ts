/**
 * The staleness check run on the bundled storyline and news packs (CI fails on any problem), and on
 * small packs showing each rule fires.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entry } from '../../lib/glossary/test-helpers';
import type { Fact, GlossaryPack } from '../../lib/glossary/types';
import { CHECKED_PACKS, checkPack, checkPackFiles } from './check-dated';

const pack = (facts: Fact[], asOf = '2026-11-30', more: GlossaryPack['entries'] = []): GlossaryPack => ({
  id: 'test',
  version: 1,
  title: 'Test',
  entries: [entry('sergei-shoigu', 'person', ['Sergei Shoigu'], { facts, asOf, origin: 'test' }), ...more],
});

describe('check-dated', () => {
  it('finds no problem in the bundled storyline and news packs', () => {
    expect(checkPackFiles(CHECKED_PACKS).map((p) => `${p.pack}/${p.entry}: ${p.message}`)).toEqual([]);
  });

  it('lists a role, office, membership or status without dates', () => {
    const problems = checkPack(pack([{ label: 'Office', value: 'Defence Minister' }, { label: 'Members', value: '27' }, { label: 'Born', value: '1955' }]));
    expect(problems.map((p) => p.message)).toEqual([
      'fact "Office: Defence Minister" is a role, office, membership or status without from/to dates',
      'fact "Members: 27" is a role, office, membership or status without from/to dates',
    ]);
  });

  it('fails a fact that ended but still reads as current, and an unknown end with no as-of day', () => {
    const problems = checkPack(pack([
      { label: 'Office', value: 'Defence Minister (since 2012)', from: '2012', to: '2024-05-12' },
      { label: 'Minister', value: 'Someone', from: '2023', to: 'unknown' },
    ]));
    expect(problems.map((p) => p.message)).toEqual([
      'fact "Office: Defence Minister (since 2012)" ended (2024-05-12) but reads as current',
      'fact "Minister: Someone" has an unknown end but no asOf saying when it was last known to hold',
      'summary "sergei-shoigu summary" names a person whose role is unverified without a date: write it "… (as of November 2026)"',
    ]);
  });

  it('fails a summary stating an unverified office as current without a date', () => {
    const office = { label: 'Office', value: 'Secretary of the Security Council', from: '2024-05-12', to: 'unknown', asOf: '2026-01-01' };
    const bad = pack([office]);
    bad.entries[0]!.summary = 'Secretary of the Security Council since May 2024';
    expect(checkPack(bad).map((p) => p.message)).toEqual([
      'summary "Secretary of the Security Council since May 2024" names a person whose role is unverified without a date: write it "… (as of January 2026)"',
    ]);
    bad.entries[0]!.summary = 'Secretary of the Security Council since May 2024 (as of January 2026)';
    expect(checkPack(bad)).toEqual([]);
  });

  it('fails a pack whose entries have two as-of dates', () => {
    const other = entry('kursk-oblast', 'place', ['Kursk Oblast'], { asOf: '2024-12-31', origin: 'test' });
    expect(checkPack(pack([], '2025-06-30', [other])).map((p) => p.message)).toEqual(['entries have 2 as-of dates (2024-12-31, 2025-06-30); a pack has one']);
  });

  it('exits non-zero from the command line when a pack has a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-dated-'));
    try {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify(pack([{ label: 'Office', value: 'Defence Minister' }])));
      const tsx = resolve('node_modules/.bin/tsx');
      let status = 0;
      let out = '';
      try {
        out = execFileSync(tsx, ['scripts/packs/check-dated.ts', file], { encoding: 'utf8' });
      } catch (error) {
        status = (error as { status: number }).status;
        out = (error as { stdout: string }).stdout;
      }
      expect(status).toBe(1);
      expect(out).toContain('test/sergei-shoigu: fact "Office: Defence Minister" is a role');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
