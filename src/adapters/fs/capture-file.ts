import { createReadStream } from "node:fs";
import {
  type CaptureDecoder,
  type CapturedDatagram,
  createCaptureDecoder,
} from "../../protocol/capture/capture-decoder.js";

/** Chunk size for reading captures: large enough to amortise the stream, small enough to keep memory flat. */
export const CAPTURE_CHUNK_SIZE = 64 * 1024;

/**
 * Feeds `chunks` through `decoder` and yields the datagrams of each chunk as one batch (batches,
 * not single datagrams, keep the await per chunk rather than per packet). After the loop,
 * `decoder.failure`, `decoder.warnings` and `decoder.stats` describe the read.
 */
export async function* decodeCaptureChunks(
  chunks: AsyncIterable<Uint8Array>,
  decoder: CaptureDecoder,
): AsyncGenerator<CapturedDatagram[]> {
  for await (const chunk of chunks) {
    const batch = decoder.push(chunk);
    if (batch.length > 0) yield batch;
  }
  const last = decoder.end();
  if (last.length > 0) yield last;
}

/**
 * Streams the pcap/pcapng file at `path` through `decoder` in 64 KiB chunks (memory stays flat
 * however large the file). A missing or unreadable file rejects with Node's error.
 */
export function readCaptureFile(
  path: string,
  decoder: CaptureDecoder = createCaptureDecoder(),
  chunkSize = CAPTURE_CHUNK_SIZE,
): AsyncGenerator<CapturedDatagram[]> {
  return decodeCaptureChunks(createReadStream(path, { highWaterMark: chunkSize }), decoder);
}
