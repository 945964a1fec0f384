/** The room's aliases beside "testrum": each is a test-room function the national room cannot test. */
export const ECHO_USER = "echo";
export const CALLBACK_USER = "callback";

/**
 * Where the callback alias should call back instead of the caller's Contact (`call
 * --callback-uri`): the address others really dial, e.g. through the caller's registrar.
 */
export const CALLBACK_URI_HEADER = "X-Vdm-Callback-Uri";
