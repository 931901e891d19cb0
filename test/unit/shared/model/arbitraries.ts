// Generators and helpers shared by the model tests.
import fc from 'fast-check';
import { usccCheckChar, USCC_ALPHABET } from '@shared/model/uscc';
import { idCardCheckChar } from '@shared/model/idcard';

/** ASCII letters and digits to their full-width forms (Ａ, １…), as Chinese IMEs type them. */
export const toFullWidth = (s: string): string =>
  s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const usccChar = fc.constantFrom(...USCC_ALPHABET);

/** A valid unified social credit code built from random characters and its check character. */
export const validUscc = fc
  .array(usccChar, { minLength: 17, maxLength: 17 })
  .map((cs) => cs.join(''))
  .map((first17) => first17 + usccCheckChar(first17));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid ID number with a birth date between 1900-01-01 and 2023-12-31. */
export const validIdCard = fc
  .record({
    area: fc.integer({ min: 110000, max: 829999 }),
    birth: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2023, 11, 31)), noInvalidDate: true }),
    seq: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ area, birth, seq }) => {
    const first17 =
      String(area) + birth.getUTCFullYear() + pad(birth.getUTCMonth() + 1) + pad(birth.getUTCDate()) + pad(seq, 3);
    return first17 + idCardCheckChar(first17);
  });

/** Noise that normalization must remove or ignore: spaces of every kind and zero-width characters. */
export const noise = fc.constantFrom('', ' ', '\u3000', '\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\t');

/** Inserts a noise string before every character and at the end. */
export const sprinkle = (s: string, noises: string[]): string =>
  [...s].map((c, i) => (noises[i % noises.length] ?? '') + c).join('') + (noises[0] ?? '');
