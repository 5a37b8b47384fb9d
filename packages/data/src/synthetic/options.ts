/** Checks a seed: a finite number or a string. Errors name the function and option, never the value. */
export function validSeed(seed: unknown, where: string): number | string {
  if ((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string') return seed;
  throw new TypeError(`leernetwerk: ${where}: seed: expected a finite number or a string`);
}

/** Checks a count: a whole number from 0 up. */
export function wholeNumber(value: unknown, where: string, option: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new RangeError(`leernetwerk: ${where}: ${option}: expected a whole number of 0 or more`);
}
