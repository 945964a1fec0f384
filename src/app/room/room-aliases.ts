/** The room's own user: what a caller dials for the room itself. */
export const ROOM_USER = "testrum";
/** The room's aliases beside "testrum": each is a test-room function the national room cannot test. */
export const ECHO_USER = "echo";
export const CALLBACK_USER = "callback";
/** The alias on which the room presents to the caller (RFC 4796 slides under BFCP floor control). */
export const PRESENTATION_USER = "presentation";

export type RoomAlias = typeof ROOM_USER | typeof ECHO_USER | typeof CALLBACK_USER | typeof PRESENTATION_USER;

/**
 * Where the callback alias should call back instead of the caller's Contact (`call
 * --callback-uri`). The room takes only its user part: it calls back the address the call came
 * from, never a host a header names.
 */
export const CALLBACK_URI_HEADER = "X-Vdm-Callback-Uri";

/** The alias a dialled URI names by its user part ("sip:echo@room" → echo); anything else is the room. */
export function aliasOf(dialledUri: string | undefined): RoomAlias {
  const m = dialledUri ? /^sips?:([^@;?]+)@/i.exec(dialledUri.trim().replace(/^<|>$/g, "")) : null;
  let user: string = ROOM_USER;
  try {
    if (m) user = decodeURIComponent(m[1]!).toLowerCase();
  } catch {
    // A malformed %-escape names no alias.
  }
  return user === ECHO_USER || user === CALLBACK_USER || user === PRESENTATION_USER ? user : ROOM_USER;
}
