import type { ParseError } from "../parse-error.js";
import {
  type CaptureFileLimits,
  CaptureFileParser,
  type CaptureFormat,
  type CaptureInterface,
  type CaptureWarning,
  DEFAULT_CAPTURE_FILE_LIMITS,
} from "./capture-file-parser.js";
import type { CaptureTime } from "./capture-time.js";

/** One packet of a capture file. */
export interface CaptureRecord {
  /** 1-based position among the file's packets. */
  readonly number: number;
  readonly interface: number;
  /** LINKTYPE_* of the interface. */
  readonly linkType: number;
  readonly time: CaptureTime;
  /** Length on the wire; more than `data.length` when the snap length cut the packet. */
  readonly originalLength: number;
  /** A view into the pushed chunk (not a copy). */
  readonly data: Uint8Array;
}

export interface CaptureReadEnd {
  readonly format: CaptureFormat | undefined;
  readonly interfaces: readonly CaptureInterface[];
  /** Why reading stopped before the end of the file (bad header, corrupt block, truncation). */
  readonly failure: ParseError | undefined;
  readonly warnings: readonly CaptureWarning[];
  readonly warningsDropped: number;
  readonly packets: number;
}

export interface CaptureReader {
  /** Feeds the next chunk of the file; returns the packets it completed. */
  push(chunk: Uint8Array): CaptureRecord[];
  /** The file has ended; returns the final state (a partial record left over is a truncation failure). */
  end(): CaptureReadEnd;
}

/** A streaming pcap/pcapng reader returning each packet as a record (see `CaptureFileParser`). */
export function createCaptureReader(limits: CaptureFileLimits = DEFAULT_CAPTURE_FILE_LIMITS): CaptureReader {
  let out: CaptureRecord[] = [];
  const parser = new CaptureFileParser(
    {
      packet(data, start, end, originalLength, iface, linkType, seconds, nanoseconds) {
        out.push({
          number: parser.packets,
          interface: iface,
          linkType,
          time: { seconds, nanoseconds },
          originalLength,
          data: data.subarray(start, end),
        });
      },
    },
    limits,
  );
  return {
    push(chunk) {
      out = [];
      parser.push(chunk);
      return out;
    },
    end() {
      parser.end();
      return {
        format: parser.format,
        interfaces: parser.interfaces,
        failure: parser.failure,
        warnings: parser.warnings,
        warningsDropped: parser.warningsDropped,
        packets: parser.packets,
      };
    },
  };
}
