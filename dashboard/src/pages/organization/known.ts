/** Whether a string from the API is a key of a message table (else the page shows it as is). */
export function known<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}
