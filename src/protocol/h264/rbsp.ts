// H.264 §7.4.1: emulation_prevention_three_byte. Inside a NAL unit the encoder inserts 0x03 after
// every 0x00 0x00 that is followed by a byte ≤ 0x03, so no start code appears inside a NAL.

/** NAL unit payload → RBSP: drops every 0x03 that follows two zero bytes. */
export function nalToRbsp(nal: Uint8Array): Uint8Array {
  const out = new Uint8Array(nal.length);
  let n = 0;
  let zeros = 0;
  for (const b of nal) {
    if (zeros >= 2 && b === 0x03) {
      zeros = 0;
      continue;
    }
    out[n++] = b;
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return out.subarray(0, n);
}

/** RBSP → NAL unit payload: inserts 0x03 wherever two zeros are followed by a byte ≤ 0x03. */
export function rbspToNal(rbsp: Uint8Array): Uint8Array {
  const out: number[] = [];
  let zeros = 0;
  for (const b of rbsp) {
    if (zeros >= 2 && b <= 0x03) {
      out.push(0x03);
      zeros = 0;
    }
    out.push(b);
    zeros = b === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}
