/** Reading packet captures: pcap/pcapng → link layer → IP → UDP datagrams and TCP streams. */
export {
  type CaptureFileLimits,
  type CaptureFormat,
  type CaptureInterface,
  type CaptureWarning,
  DEFAULT_CAPTURE_FILE_LIMITS,
} from "../pcap/capture-file-parser.js";
export {
  type CaptureReadEnd,
  type CaptureReader,
  type CaptureRecord,
  createCaptureReader,
} from "../pcap/capture-reader.js";
export {
  type CaptureTime,
  captureTimeDiff,
  captureTimeMicros,
  captureTimeSeconds,
  compareCaptureTime,
} from "../pcap/capture-time.js";
export {
  type CaptureDecoder,
  type CaptureDecoderOptions,
  type CapturedDatagram,
  type CaptureStats,
  createCaptureDecoder,
  type Endpoint,
} from "./capture-decoder.js";
export { type StreamChunk, TcpStream, type TcpStreamLimits } from "./tcp-stream.js";
