/** Another language's messages: the same keys as the Chinese ones (the compiler checks). */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** A page's or component's messages: Chinese first, English with the same keys. */
export interface MessagePair<T> {
  zh: T;
  en: Messages<T>;
}
