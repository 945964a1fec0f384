import { open, readFile, stat } from "node:fs/promises";
import { readCaptureFile } from "../../adapters/fs/capture-file.js";
import { type CaptureAnalysis, CaptureAnalyzer } from "../../analysis/capture-analyzer.js";
import { detectInputKind, INPUT_SNIFF_BYTES, type InputKind } from "../../analysis/input-kind.js";
import { sdpFileBindings } from "../../analysis/sdp-bindings.js";
import { splitSipText } from "../../analysis/sip-text.js";
import {
  type CaptureDecoder,
  type CaptureStats,
  createCaptureDecoder,
} from "../../protocol/capture/capture-decoder.js";
import { ParseError } from "../../protocol/parse-error.js";
import { readSdp, type SessionReading } from "../../protocol/sdp/media-section.js";

/** A file `vdm-test analyze` cannot read at all (missing, unreadable, not a capture/SIP/SDP). */
export class AnalyzeInputError extends Error {
  override readonly name = "AnalyzeInputError";
}

/** Text inputs (SIP messages, SDP) are read whole; captures are streamed. */
export const MAX_TEXT_INPUT_BYTES = 16 * 1024 * 1024;

export interface FileAnalysis {
  readonly path: string;
  readonly input: InputKind;
  readonly bytes: number;
  readonly analysis: CaptureAnalysis;
  readonly capture?: {
    readonly format?: string;
    readonly interfaces: number;
    readonly stats: CaptureStats;
    /** Decoder warnings as one line each (bounded by the decoder). */
    readonly warnings: readonly string[];
    /** Why reading stopped before the end (truncated or corrupt file): a partial analysis. */
    readonly failure?: string;
  };
  /** A bare SDP file, as read. */
  readonly sdp?: { readonly text: string; readonly reading?: SessionReading; readonly error?: string };
  /** Wall-clock milliseconds the analysis took. */
  readonly elapsedMs: number;
}

export interface AnalyzeFileOptions {
  readonly chunkSize?: number;
  /** Wall clock for elapsedMs (tests pass a fake). */
  readonly now?: () => number;
}

/**
 * Analyses one file: a pcap/pcapng capture (streamed through the capture decoder, memory flat),
 * a text file of SIP messages, or a bare SDP; the kind is told by the first bytes.
 */
export async function analyzeFile(path: string, opts: AnalyzeFileOptions = {}): Promise<FileAnalysis> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const { kind, bytes } = await sniff(path);
  const analyzer = new CaptureAnalyzer();
  if (kind === "pcap" || kind === "pcapng") {
    const decoder = createCaptureDecoder();
    for await (const batch of readCaptureFile(path, decoder, opts.chunkSize)) analyzer.push(batch);
    return {
      path,
      input: kind,
      bytes,
      analysis: analyzer.finish(),
      capture: captureFacts(decoder),
      elapsedMs: now() - started,
    };
  }
  if (kind === "unknown")
    throw new AnalyzeInputError(
      `${path}: not a pcap, pcapng, SIP message or SDP file (unrecognised first bytes)`,
    );
  if (bytes > MAX_TEXT_INPUT_BYTES)
    throw new AnalyzeInputError(`${path}: ${bytes} bytes is too large for a SIP or SDP text file`);
  const text = await readFile(path, "utf8");
  if (kind === "sip-text") {
    for (const m of splitSipText(text)) analyzer.pushSipText(m.text, m.line);
    return { path, input: kind, bytes, analysis: analyzer.finish(), elapsedMs: now() - started };
  }
  let reading: SessionReading | undefined;
  let error: string | undefined;
  try {
    reading = readSdp(text);
    analyzer.addBindings(sdpFileBindings(reading));
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    error = e.message;
  }
  return {
    path,
    input: kind,
    bytes,
    analysis: analyzer.finish(),
    sdp: { text, ...(reading ? { reading } : {}), ...(error ? { error } : {}) },
    elapsedMs: now() - started,
  };
}

async function sniff(path: string): Promise<{ kind: InputKind; bytes: number }> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new AnalyzeInputError(`${path}: not a regular file`);
    handle = await open(path, "r");
    const head = new Uint8Array(INPUT_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead === 0) throw new AnalyzeInputError(`${path}: the file is empty`);
    return { kind: detectInputKind(head.subarray(0, bytesRead)), bytes: st.size };
  } catch (e) {
    if (e instanceof AnalyzeInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new AnalyzeInputError(`cannot read ${path}: ${code ?? (e as Error).message}`);
  } finally {
    await handle?.close();
  }
}

function captureFacts(decoder: CaptureDecoder): NonNullable<FileAnalysis["capture"]> {
  return {
    ...(decoder.format ? { format: decoder.format } : {}),
    interfaces: decoder.interfaces.length,
    stats: { ...decoder.stats },
    warnings: decoder.warnings.map((w) => `packet ${w.packet}: ${w.error.message}`),
    ...(decoder.failure ? { failure: decoder.failure.message } : {}),
  };
}
