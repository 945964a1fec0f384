import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { localAddressFor } from "../../adapters/net/local-address.js";
import { parseCallTarget, type RoutedCallTarget } from "../../protocol/sip/call-target.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import type { Room } from "../room/room.js";
import { CallSetupError } from "./call-setup-error.js";
import { startEmbeddedRoom } from "./embedded-room.js";
import type { StepSink } from "./leg/call-leg.js";

/** Whom the call goes to: the URI given, or a test room started here for it. */
export interface CallDestination {
  readonly target: string;
  readonly ca: string | undefined;
  /** The room the call goes to when it is ours (embedded, or shared by the --matrix runs). */
  readonly room: Room | undefined;
  /** Stops the room this call started, if it started one. */
  stop(): Promise<void>;
}

/** The given target, or an embedded room on loopback (writing the "room" step). */
export async function callDestination(
  given: {
    target?: string;
    ca?: string;
    transport?: SipTransportProtocol;
    protocol?: "sip" | "h323";
    room?: Room;
  },
  steps: StepSink,
): Promise<CallDestination> {
  if (given.target) return { target: given.target, ca: given.ca, room: given.room, stop: async () => {} };
  const embedded = await startEmbeddedRoom(
    given.protocol === "h323" ? "h323" : (given.transport ?? "udp"),
    given.room,
  );
  const own = given.room ? undefined : embedded.room;
  steps("room", "ok", {
    en: `embedded test room at ${embedded.target}`,
    sv: `inbyggt testrum på ${embedded.target}`,
  });
  return {
    target: embedded.target,
    ca: given.ca ?? embedded.ca,
    room: embedded.room,
    stop: async () => {
      await own?.stop();
    },
  };
}

/** Our address on the interface that routes to the target (or to the proxy, when one is set). */
export async function ourAddressFor(target: RoutedCallTarget, proxy: string | undefined): Promise<string> {
  const host = target.uri.host.replace(/^\[|\]$/g, "");
  return localAddressFor(isIP(host) ? host : await lookupHost(host, proxy));
}

/** Our address on the interface that routes to `host` (a name is looked up first). */
export async function ourAddressForHost(host: string): Promise<string> {
  const bare = host.replace(/^\[|\]$/g, "");
  return localAddressFor(isIP(bare) ? bare : await lookupHost(bare, undefined));
}

/**
 * An address of the target (or of the proxy, when one is set) only to pick the local interface
 * that routes there; SIP itself resolves the target per RFC 3263 in the transport.
 */
async function lookupHost(host: string, proxy: string | undefined): Promise<string> {
  const name = proxy ? parseCallTarget(proxy).uri.host.replace(/^\[|\]$/g, "") : host;
  if (isIP(name)) return name;
  try {
    return (await lookup(name)).address;
  } catch (e) {
    throw new CallSetupError(
      "unreachable",
      `cannot resolve ${name}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
}
