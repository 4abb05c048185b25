import { expect, test } from 'vitest';
import type { PartyRobustnessReport, RobustnessReport } from '../api/contract.js';
import {
  acceptanceCells,
  concessionBars,
  isFullReport,
  isSamePackage,
  leveragePoints,
  progressText,
  tornadoBars,
} from './robustness-rows.js';

const full: RobustnessReport = {
  samples: 100,
  seed: 1,
  detailSamples: 10,
  parameters: ['ua.reservation', 'ru.redlines.recognition'],
  zone: 0.25,
  undecided: 0,
  proposals: [{ proposal: 'us-28', accept: { ua: 0, ru: 1 }, all: 0 }],
  solutions: [{ package: { x: 'a' }, nash: 0.2, accept: { ua: 0.3, ru: 0.9 }, all: 0.25 }],
  packages: [],
  sensitivity: [
    { parameter: 'ru.redlines.recognition', effect: 0.2, zone: -0.2, nash: 0.05, accept: 0 },
    { parameter: 'ua.reservation', effect: 0.1, zone: 0, nash: 0.02, accept: -0.1 },
    { parameter: 'ru.reservation', effect: 0, zone: 0, nash: 0, accept: 0 },
  ],
  leverage: [
    {
      party: 'ua',
      points: [
        { reservation: 0, zone: 0.3, nash: 60 },
        { reservation: 90, zone: 0, nash: null },
      ],
    },
  ],
  concessions: [
    { party: 'ru', redline: 'recognition', zone: 0.2, gains: { ua: 5, us: 9.25 }, total: 14.25, own: 2 },
    { party: 'ua', redline: 'army-floor', zone: 0, gains: { ru: 0, us: 0 }, total: 0, own: 0 },
  ],
};

const titles = new Map([['us-28', 'US 28-point plan']]);

test("the mediators' acceptance chart has a cell per party and one for all, for proposals and Nash packages", () => {
  expect(acceptanceCells(full, ['ua', 'ru'], titles)).toEqual([
    { row: 'US 28-point plan', kind: 'proposal', party: 'ua', p: 0 },
    { row: 'US 28-point plan', kind: 'proposal', party: 'ru', p: 1 },
    { row: 'US 28-point plan', kind: 'proposal', party: 'all parties', p: 0 },
    { row: 'Nash package 1 (20.0% of samples)', kind: 'package', party: 'ua', p: 0.3 },
    { row: 'Nash package 1 (20.0% of samples)', kind: 'package', party: 'ru', p: 0.9 },
    { row: 'Nash package 1 (20.0% of samples)', kind: 'package', party: 'all parties', p: 0.25 },
  ]);
});

test("a delegate's chart has its own party's column alone, and no 'all parties'", () => {
  const own: PartyRobustnessReport = {
    samples: 100,
    seed: 1,
    party: 'ua',
    parameters: ['ua.reservation'],
    proposals: [{ proposal: 'us-28', accept: { ua: 0.4 } }],
    packages: [{ package: { x: 'a' }, accept: { ua: 0.7 } }],
    sensitivity: [{ parameter: 'ua.reservation', effect: 0.1, accept: -0.1 }],
  };
  expect(isFullReport(own)).toBe(false);
  expect(acceptanceCells(own, ['ua', 'ru'], titles)).toEqual([
    { row: 'US 28-point plan', kind: 'proposal', party: 'ua', p: 0.4 },
    { row: 'Released package 1', kind: 'package', party: 'ua', p: 0.7 },
  ]);
  expect(tornadoBars(own.sensitivity)).toEqual([
    { parameter: 'ua.reservation', change: -0.1, measure: 'own acceptance' },
  ]);
});

test('each tornado bar keeps the sign of its largest change, and a parameter that moves nothing has no bar', () => {
  expect(tornadoBars(full.sensitivity)).toEqual([
    { parameter: 'ru.redlines.recognition', change: -0.2, measure: 'agreement zone' },
    { parameter: 'ua.reservation', change: -0.1, measure: 'own acceptance' },
  ]);
});

test('leverage points carry party names and keep the gaps where no sample had a zone', () => {
  expect(leveragePoints(full.leverage, (p) => (p === 'ua' ? 'Ukraine' : p))).toEqual([
    { party: 'Ukraine', reservation: 0, zone: 0.3, nash: 60 },
    { party: 'Ukraine', reservation: 90, zone: 0, nash: null },
  ]);
});

test('concessions worth nothing are left out; the others read as who gives up what, with the gains', () => {
  const names: Record<string, string> = { ru: 'Russia', ua: 'Ukraine', us: 'United States' };
  expect(concessionBars(full.concessions, (p) => names[p] ?? p)).toEqual([
    {
      label: 'Russia gives up recognition',
      total: 14.25,
      zone: 0.2,
      gains: 'Ukraine +5.0, United States +9.3',
    },
  ]);
});

test("a run's progress reads as the share of its solves done, and how many of how many", () => {
  expect(progressText({ done: 1024, total: 4096 })).toBe('25% (1,024 of 4,096 solves)');
  expect(progressText({ done: 4096, total: 4096 })).toBe('100% (4,096 of 4,096 solves)');
  expect(progressText({ done: 7 })).toBe('7 solves');
});

test('two packages are the same when they choose the same option on every issue', () => {
  expect(isSamePackage({ a: 'x', b: 'y' }, { b: 'y', a: 'x' })).toBe(true);
  expect(isSamePackage({ a: 'x', b: 'y' }, { a: 'x', b: 'z' })).toBe(false);
  expect(isSamePackage({ a: 'x' }, { a: 'x', b: 'y' })).toBe(false);
});
