// Reading a caller's value by its internal slots: the intrinsic getters and methods run, never a
// getter, method or Proxy trap of the value, so what they report cannot change between a check and
// its use. Apart from guard.ts: only the modules that take bytes and dates (certificates) load it.
const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)!.get!;
const dateValue = Date.prototype.getTime;

/**
 * A copy of the bytes of `value` when it is a Uint8Array (a subclass too: its bytes, not its
 * methods); `undefined` for anything else (a Proxy, a look-alike, another typed array, a
 * detached buffer). The copy is the caller's no more: it cannot change after it is checked.
 */
export function readBytes(value: unknown): Uint8Array | undefined {
  if (typedArrayName.call(value) !== 'Uint8Array') return undefined;
  try {
    return new Uint8Array(value as Uint8Array);
  } catch {
    return undefined; // a detached buffer
  }
}

/** The time of `value` in milliseconds when it is a valid Date (a subclass's own getTime is not called); otherwise `undefined`. */
export function readTime(value: unknown): number | undefined {
  let time: number;
  try {
    time = dateValue.call(value);
  } catch {
    return undefined;
  }
  return Number.isNaN(time) ? undefined : time;
}
