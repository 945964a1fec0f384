import {
  type H245Mode,
  type H323Call,
  H323Listener,
  type H323MessageRecord,
  type IncomingH323Call,
  placeH323Call,
} from "../../../src/adapters/h323/index.js";
import { answerOffer } from "../../../src/protocol/sdp/answer-offer.js";
import { buildOffer, type LocalOffer } from "../../../src/protocol/sdp/build-offer.js";
import { defaultCapabilities } from "../../../src/protocol/sdp/capabilities.js";
import { serializeTpkt } from "../../../src/protocol/tpkt/tpkt.js";
import type { CapturedConnection } from "./link-capture.js";

// Our H.323 caller against our listener on loopback: the caller offers what our call offers
// (G.722, G.711, H.264 modes 1 and 0, no rtcp-mux) from 127.0.0.1:5000/5002, the listener's
// application answers like the room (answerOffer) from 7000/7002. Real sockets, real timers.

export const CALLER_PORTS = { audio: 5000, video: 5002 } as const;
export const ROOM_PORTS = { audio: 7000, video: 7002 } as const;

export function callerOffer(): LocalOffer {
  return buildOffer({
    address: "127.0.0.1",
    audio: { port: CALLER_PORTS.audio, rtcpPort: CALLER_PORTS.audio + 1 },
    video: { port: CALLER_PORTS.video, rtcpPort: CALLER_PORTS.video + 1 },
    srtp: "off",
    rtcpMux: false,
    sessionId: "4242",
  });
}

export interface EnginePair {
  readonly listener: H323Listener;
  readonly offer: LocalOffer;
  readonly caller: H323Call;
  readonly sdpAnswer: string;
  readonly incoming: IncomingH323Call;
  readonly callee: H323Call;
  /** The room's SDP answer to the incoming offer. */
  readonly roomAnswer: string;
}

/** Opens a listener that answers every call like the room. */
export async function answeringListener(
  limits: Parameters<typeof H323Listener.open>[0]["limits"] = {},
  h235 = false,
): Promise<{
  listener: H323Listener;
  calls: Promise<{ incoming: IncomingH323Call; callee: H323Call; roomAnswer: string }>;
}> {
  const listener = await H323Listener.open({ host: "127.0.0.1", port: 0, limits, h235 });
  const calls = new Promise<{ incoming: IncomingH323Call; callee: H323Call; roomAnswer: string }>(
    (resolve, reject) => {
      listener.onCall((incoming) => {
        const r = answerOffer(incoming.sdpOffer, defaultCapabilities(), {
          address: "127.0.0.1",
          ports: { audio: ROOM_PORTS.audio, video: ROOM_PORTS.video },
          srtp: "off",
        });
        if (!r.ok) {
          reject(new Error(`the room refused the offer: ${r.reason}`));
          void incoming.refuse("undefinedReason");
          return;
        }
        incoming.answer(r.sdp).then((callee) => resolve({ incoming, callee, roomAnswer: r.sdp }), reject);
      });
    },
  );
  calls.catch(() => {});
  return { listener, calls };
}

export async function callPair(mode: H245Mode, encryption?: "h235"): Promise<EnginePair> {
  const { listener, calls } = await answeringListener({}, encryption === "h235");
  const offer = callerOffer();
  const placed = await placeH323Call({
    local: { host: "127.0.0.1" },
    remote: listener.address,
    called: { h323Id: "testrum" },
    calling: { h323Id: "vdm-test", urlId: "h323:vdm-test@127.0.0.1" },
    mode,
    sdpOffer: offer.sdp,
    answerTimeoutMs: 20_000,
    ...(encryption ? { encryption } : {}),
  });
  const { incoming, callee, roomAnswer } = await calls;
  return { listener, offer, caller: placed.call, sdpAnswer: placed.sdpAnswer, incoming, callee, roomAnswer };
}

/**
 * The TCP connections one side's records went over, as a capture writes them: the call
 * signalling connection and the separate H.245 one (tunnelled H.245 is inside its Q.931).
 */
export function recordedConnections(records: readonly H323MessageRecord[]): CapturedConnection[] {
  const byConn = new Map<
    string,
    CapturedConnection & { writes: { fromClient: boolean; bytes: Uint8Array }[] }
  >();
  for (const r of records) {
    if (r.tunnelled) continue;
    const key = `${r.local.host}:${r.local.port}-${r.remote.host}:${r.remote.port}`;
    let c = byConn.get(key);
    if (!c) {
      c = { client: { ...r.local }, server: { ...r.remote }, writes: [] };
      byConn.set(key, c);
    }
    c.writes.push({ fromClient: r.direction === "sent", bytes: serializeTpkt(r.bytes) });
  }
  return [...byConn.values()];
}
