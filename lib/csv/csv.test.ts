import { describe, expect, it } from 'vitest';
import { csvHeaders, readCsvRecords, readCsvTable, recordValues } from './csv';

describe('readCsvRecords', () => {
  it('numbers each record by the line it starts on, through quoted line breaks and skipped blank lines', () => {
    const text = 'name,notes\n"Kim","one\ntwo\nthree"\n\n\nPutin,x\r\nXi,"a\r\nb"\nLast,y';
    const { records } = readCsvRecords(text);
    expect(records.map((r) => [r.line, r.row, r.cells[0]])).toEqual([
      [1, 1, 'name'],
      [2, 2, 'Kim'],
      [7, 3, 'Putin'],
      [8, 4, 'Xi'],
      [10, 5, 'Last'],
    ]);
    expect(records[1]!.cells[1]).toBe('one\ntwo\nthree');
  });

  it('gives a record papaparse cannot read its problem, and only that record', () => {
    const { records } = readCsvRecords('url,title\nhttps://a.example/,ok\nhttps://b.example/,"bad"x\n');
    expect(records.map((r) => r.problem?.code)).toEqual([undefined, undefined, 'InvalidQuotes']);
    const unclosed = readCsvRecords('url,title\nhttps://a.example/,"never closed\nhttps://b.example/,fine\n').records;
    expect(unclosed).toHaveLength(2);
    expect(unclosed[1]).toMatchObject({ line: 2, row: 2, problem: { code: 'MissingQuotes', message: 'Quoted field unterminated' } });
  });

  it('does not blame the first record when no delimiter stands out (a one-column file)', () => {
    expect(readCsvRecords('url\nhttps://a.example/\n').records.map((r) => r.problem)).toEqual([undefined, undefined]);
  });

  it('detects the delimiter', () => {
    expect(readCsvRecords('name;kind\nKim;person\n').records[1]!.cells).toEqual(['Kim', 'person']);
    expect(readCsvRecords('name\tkind\nKim\tperson\n').records[1]!.cells).toEqual(['Kim', 'person']);
  });

  it('stops reading once past the limit and says so', () => {
    const text = ['url', ...Array.from({ length: 50 }, (_, i) => `https://a.example/${i}`)].join('\n');
    const r = readCsvRecords(text, 10);
    expect(r.truncated).toBe(true);
    expect(r.records).toHaveLength(11);
    expect(readCsvRecords(text, 100).truncated).toBe(false);
  });
});

describe('readCsvTable', () => {
  it('normalises the header names (trimmed, lower-cased by default; a BOM dropped) and maps cells by name', () => {
    const t = readCsvTable('\uFEFF URL ,Title\nhttps://a.example/,A\nhttps://b.example/\n');
    expect(t.headers).toEqual(['url', 'title']);
    expect(recordValues(t.headers, t.records[0]!)).toEqual({ url: 'https://a.example/', title: 'A' });
    expect(recordValues(t.headers, t.records[1]!)).toEqual({ url: 'https://b.example/', title: '' });
    expect(t.records[1]).toMatchObject({ line: 3, row: 3 });
  });

  it("renames a repeated header as papaparse's header mode does, so the first column keeps the name", () => {
    const t = readCsvTable('Name,Kind,name,name\nKim,person,x,y\n', { header: (h) => h.toLowerCase() });
    expect(t.headers).toEqual(['name', 'kind', 'name_1', 'name_2']);
    expect(recordValues(t.headers, t.records[0]!).name).toBe('Kim');
  });

  it('reads an empty text as no header and no records', () => {
    expect(readCsvTable('')).toEqual({ headers: [], records: [], truncated: false });
    expect(readCsvTable('\n\n')).toEqual({ headers: [], records: [], truncated: false });
  });
});

describe('csvHeaders', () => {
  it("reads only the first record's names", () => {
    expect(csvHeaders('Title, URL ,Time_Added\n"x,y",https://a.example/,1\n')).toEqual(['title', 'url', 'time_added']);
  });
});
