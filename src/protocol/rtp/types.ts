/**
 * Branded protocol numbers (STYLE.md rule 9). They are plain numbers at run time;
 * the brand only stops an SSRC being passed where a sequence number is expected.
 * The `as*` constructors mask to the field width, which is what wrap-around arithmetic wants.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** RFC 3550 §5.1: 32-bit synchronisation source identifier. */
export type Ssrc = Brand<number, "Ssrc">;
/** RFC 3550 §5.1: 7-bit payload type. */
export type PayloadType = Brand<number, "PayloadType">;
/** RFC 3550 §5.1: 16-bit sequence number, wraps at 65536. */
export type SequenceNumber = Brand<number, "SequenceNumber">;
/** RFC 3550 A.1: sequence number extended with the count of wraps (cycles * 65536 + seq). */
export type ExtendedSequenceNumber = Brand<number, "ExtendedSequenceNumber">;
/** RFC 3550 §5.1: 32-bit media clock timestamp, wraps at 2^32. */
export type RtpTimestamp = Brand<number, "RtpTimestamp">;

export const asSsrc = (n: number): Ssrc => (n >>> 0) as Ssrc;
export const asPayloadType = (n: number): PayloadType => (n & 0x7f) as PayloadType;
export const asSequenceNumber = (n: number): SequenceNumber => (n & 0xffff) as SequenceNumber;
export const asRtpTimestamp = (n: number): RtpTimestamp => (n >>> 0) as RtpTimestamp;
export const asExtendedSequenceNumber = (n: number): ExtendedSequenceNumber => n as ExtendedSequenceNumber;
