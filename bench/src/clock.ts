/** A monotonic clock in milliseconds: `process.hrtime` in Node, `performance.now()` in a browser. */
export type Clock = () => number;

export const clock: Clock =
  typeof process !== 'undefined' && typeof process.hrtime?.bigint === 'function'
    ? () => Number(process.hrtime.bigint()) / 1e6
    : () => performance.now();
