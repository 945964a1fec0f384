import type {
  H323ListenerHandle,
  H323ListenerOptions,
  PlacedH323Call,
  PlaceH323CallOptions,
} from "../../../adapters/h323/h323-call.js";

/** The two entry points of the H.323 engine (src/adapters/h323) the room's front uses. */
export interface H323Engine {
  /** Opens a call signalling listener (H.225.0 over TCP). */
  listen(opts: H323ListenerOptions): Promise<H323ListenerHandle>;
  /** Places a call (the callback alias's Setup to the caller). */
  place(opts: PlaceH323CallOptions): Promise<PlacedH323Call>;
}
