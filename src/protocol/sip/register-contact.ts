import { cseqOf } from "./header-readers.js";
import type { LocalAddress } from "./local-address.js";
import { mapHeaderValues, type SipMessageHead } from "./message-head.js";
import { replaceNameAddrUri, uriHost, withUriParam } from "./sip-uri.js";

/**
 * Gives the Contacts of a REGISTER response that name one of our sockets the placeholder form
 * sip.js wrote, so its Registerer finds its own binding.
 *
 * RFC 3261 §10.2.4: the registrar's 200 (OK) lists every current binding of the address of record,
 * and the UA finds its own by comparing each Contact with the one it registered (§19.1.4). sip.js
 * registered `sip:<user>@<placeholderHost>;transport=<contactTransport>`, which the transport
 * rewrote to our real host, port and transport on the way out (applyLocalAddress); this is the
 * inverse on the way back in. Contacts of other devices, and every other message, pass unchanged.
 */
export function ownContactsToPlaceholder(
  head: SipMessageHead,
  locals: readonly LocalAddress[],
  placeholderHost: string,
  contactTransport: string,
): SipMessageHead {
  if (head.startLine.kind !== "response" || cseqOf(head)?.method !== "REGISTER") return head;
  return mapHeaderValues(head, "contact", (value) =>
    replaceNameAddrUri(value, (uri) => {
      const ours = locals.some(
        (l) => uriHost(l.host).toLowerCase() === uri.host.toLowerCase() && l.port === uri.port,
      );
      if (!ours) return undefined; // another device's binding
      const { port: _ours, ...portless } = uri;
      return withUriParam({ ...portless, host: placeholderHost }, "transport", contactTransport);
    }),
  );
}
