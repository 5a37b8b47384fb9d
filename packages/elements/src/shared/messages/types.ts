/**
 * A message is a plain string or a function of a few parameters that returns one.
 * `MessageShape<typeof nl>` turns the Dutch literal object into the shape every other
 * language (and every host override) must satisfy.
 */
export type MessageFn = (...args: never[]) => string;

export type MessageShape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : MessageShape<T[K]>;
};

/** Any subset of a message tree, for host overrides. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends string | MessageFn ? T[K] : DeepPartial<T[K]>;
};
