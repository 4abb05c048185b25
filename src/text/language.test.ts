import { expect, test } from 'vitest';
import { languageOf } from './language.js';

test('a text is English, Russian or Ukrainian by its letters', () => {
  expect(languageOf('The parties observe a complete ceasefire.')).toBe('en');
  expect(languageOf('Стороны соблюдают полное прекращение огня.')).toBe('ru');
  expect(languageOf('Сторони відкривають гуманітарні коридори для цивільних.')).toBe('uk');
});

test('a Latin name in a Russian text does not make it English, and a text without letters is other', () => {
  expect(languageOf('Соблюдение контролирует совместная комиссия с участием OSCE.')).toBe('ru');
  expect(languageOf('1. 600 000; 2022.')).toBe('other');
});
