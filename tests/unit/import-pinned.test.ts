import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computePinned, TEXTS } from './import-pinned-cases';
import { cleanText, foldText, nameKey, queryWords, searchWords } from '../../src-renderer/src/domain/text/normalize';
import { viSortKey } from '../../src-renderer/src/domain/text/sortKey';
import { unitSearchWords } from '../../src-renderer/src/domain/registry/search';
import {
  cellText,
  isBlank,
  parseCode,
  parseDate,
  parseDateOrYear,
  parseFlag,
  parseInteger,
  parseNumber,
  parseText,
  parseYear,
} from '../../src-renderer/src/domain/import/values';
import { buildPlan } from '../../src-renderer/src/domain/import/plan';
import { looksLikePersonName } from '../../src-renderer/src/domain/import/awardMatch';
import { genderFromText, sectorFromText, statusFromText, unitKindFromText } from '../../src-renderer/src/domain/import/codesFromText';
import { classifyRow } from '../../src-renderer/src/domain/import/row-kinds';
import { detectHeader } from '../../src-renderer/src/domain/import/header';
import { suggestMapping } from '../../src-renderer/src/domain/import/fields';
import { indicatorSetsFromRow, unitFieldsFromRow, validateIndicators, validateNewUnit } from '../../src-renderer/src/domain/import/records';
import { COMMUNES, PROVINCES } from '../../src-renderer/src/domain/registry/localities-data';

/**
 * The clean-up step (cell values, row kinds, matching, the commit's per-row fields) gives exactly
 * what it gave before it was made fast: import-pinned.json holds the outputs of the earlier code
 * for tricky input (diacritics, Đ/Ð, NFD, TCVN3 text, dotted numbers, "-" as zero, dates, subtotal
 * and signature rows, duplicates, ambiguous names, hidden and edited rows, awards).
 */
const api = () =>
  ({
    cleanText,
    foldText,
    nameKey,
    queryWords,
    searchWords,
    viSortKey,
    unitSearchWords,
    cellText,
    isBlank,
    parsers: {
      number: parseNumber,
      integer: parseInteger,
      date: parseDate,
      dateOrYear: (c: any) => parseDateOrYear(c, 2025),
      year: parseYear,
      taxCode: (c: any) => parseCode(c, 'taxCode'),
      phone: (c: any) => parseCode(c, 'phone'),
      code: (c: any) => parseCode(c, 'code'),
      flag: parseFlag,
      text: (c: any) => parseText(c, 20),
    },
    textRules: { kind: unitKindFromText, sector: sectorFromText, status: statusFromText, gender: genderFromText, person: looksLikePersonName },
    classifyRow,
    detectHeader,
    suggestMapping,
    buildPlan,
    unitFieldsFromRow,
    indicatorSetsFromRow,
    validateNewUnit,
    validateIndicators,
    localities: { provinces: PROVINCES, communes: COMMUNES },
  }) as any;

const pinned = JSON.parse(readFileSync(resolve(import.meta.dirname, 'import-pinned.json'), 'utf8'));

test('clean-up, matching and commit fields give the pinned outputs for tricky input', () => {
  const now = computePinned(api()) as typeof pinned;
  // Section by section, so a failure names what changed.
  for (const key of Object.keys(pinned)) expect(now[key], key).toEqual(pinned[key]);
});

test('cleaning and folding agree with their plain definitions for every Latin and Vietnamese letter, alone and in pairs', () => {
  // The definition foldText must keep: NFC clean-up, lower case, marks removed, đ -> d.
  const slowFold = (s: string) =>
    cleanText(s)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .normalize('NFC');
  const chars: string[] = [];
  for (let c = 0x20; c < 0x250; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x1e00; c < 0x1f00; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x300; c < 0x370; c += 7) chars.push(String.fromCharCode(c));
  chars.push('\u03a3', '\u0130', '\u1e9e', '\u2126', '\u212a', '\u00a0', '\u200b');
  // ... and cleanText its own: NFC, Ð/ð -> Đ/đ, invisible characters out, single spaces, trimmed.
  const slowClean = (s: string) =>
    s
      .normalize('NFC')
      .replace(/\u00d0/g, '\u0110')
      .replace(/\u00f0/g, '\u0111')
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ')
      .trim();
  const differ: string[] = [];
  const check = (s: string) => {
    if (foldText(s) !== slowFold(s) || cleanText(s) !== slowClean(s)) differ.push(s);
  };
  for (const a of chars) {
    check(a);
    for (const b of ['A', 'ơ', '\u0301', '\u0323', 'Σ', ' ', 'Đ']) check(a + b + a);
  }
  TEXTS.forEach(check);
  expect(differ).toEqual([]);
});
