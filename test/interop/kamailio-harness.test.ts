import { afterEach, describe, expect, it } from "vitest";
import { hasBaresip, startBaresip, stopAllBaresips } from "../support/baresip/index.js";
import {
  hasKamailio,
  type KamailioHandle,
  startKamailio,
  stopAllKamailios,
} from "../support/kamailio/index.js";
import { probeOptions, rawUdpClient } from "../support/sip/raw-sip-client.js";

/** A REGISTER/INVITE-less probe: what the proxy answers for `uri` over UDP. */
async function statusFor(k: KamailioHandle, method: "OPTIONS", uri: string): Promise<string> {
  const client = await rawUdpClient();
  try {
    const callId = `probe-${client.port}-${Date.now()}`;
    const text = probeOptions({ target: uri, transport: "UDP", localPort: client.port, callId });
    await client.send(text.replace(/^OPTIONS /, `${method} `), k.ports.sip);
    const answer = await client.waitFor(`Call-ID: ${callId}`, 3000);
    return answer.split("\r\n")[0]!;
  } finally {
    await client.close();
  }
}

describe.skipIf(!hasKamailio)("Kamailio harness (skipped when /usr/sbin/kamailio is not installed)", () => {
  afterEach(async () => {
    await stopAllBaresips();
    await stopAllKamailios();
  });

  it("starts on free loopback ports, answers OPTIONS, and 404s a user nobody registered", async () => {
    const k = await startKamailio();
    expect(k.uri).toBe(`sip:127.0.0.1:${k.ports.sip}`);
    expect(await statusFor(k, "OPTIONS", k.uri)).toBe("SIP/2.0 200 OK");
    // The registrar is empty: a user of its domain is not found; another domain is not relayed.
    expect(await statusFor(k, "OPTIONS", "sip:nobody@vdm.test")).toBe("SIP/2.0 404 Not Found");
    expect(await statusFor(k, "OPTIONS", "sip:someone@elsewhere.example")).toBe("SIP/2.0 403 Not relaying");
    // Its script logs one line per request, which the tests read as the proxy's own account.
    expect(
      k.requests().some((r) => /^OPTIONS sip:nobody@vdm\.test from 127\.0\.0\.1:\d+ \(udp\)$/.test(r)),
    ).toBe(true);
    await k.stop();
    await k.stop(); // idempotent
    expect(/Thank you for flying kamailio/.test(k.log())).toBe(true);
  });

  it.skipIf(!hasBaresip)("routes to a user once baresip has registered it through the proxy", async () => {
    const k = await startKamailio();
    const alice = await startBaresip({
      role: "answer",
      user: "alice",
      register: { domain: k.domain, proxy: k.uri },
      durationS: 15,
    });
    await waitFor(() => k.requests().some((r) => r.startsWith("REGISTER sip:vdm.test ")), 5_000);
    // An OPTIONS for alice@vdm.test now reaches baresip (which answers it), not the 404 above.
    await waitFor(
      async () => (await statusFor(k, "OPTIONS", "sip:alice@vdm.test")) === "SIP/2.0 200 OK",
      5_000,
    );
    expect(alice.log()).toMatch(/^OPTIONS sip:alice-\w+@127\.0\.0\.1:\d+ SIP\/2\.0/m);
  });
});

async function waitFor(ok: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
