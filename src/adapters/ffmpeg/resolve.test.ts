import { describe, expect, it } from "vitest";
import { FfmpegNotFoundError, type ResolveFfmpegHost, resolveFfmpeg } from "./resolve.js";

/** A host with the given modules and executable files. */
function host(modules: Record<string, unknown>, files: string[]): ResolveFfmpegHost {
  return {
    requireModule: (name) => {
      if (!(name in modules)) throw new Error(`Cannot find module '${name}'`);
      return modules[name];
    },
    isExecutable: (p) => files.includes(p),
  };
}

const installer = { "@ffmpeg-installer/ffmpeg": { path: "/inst/ffmpeg", version: "4.1" } };

describe("resolveFfmpeg", () => {
  it("prefers VDM_FFMPEG", () => {
    const h = host({ "ffmpeg-static": "/static/ffmpeg", ...installer }, ["/opt/ffmpeg", "/static/ffmpeg"]);
    expect(resolveFfmpeg({ VDM_FFMPEG: "/opt/ffmpeg" }, h)).toEqual({
      path: "/opt/ffmpeg",
      source: "VDM_FFMPEG",
    });
  });

  it("fails on a VDM_FFMPEG that is not there instead of silently using another", () => {
    expect(() => resolveFfmpeg({ VDM_FFMPEG: "/nope" }, host(installer, ["/inst/ffmpeg"]))).toThrowError(
      /VDM_FFMPEG=\/nope/,
    );
  });

  it("then ffmpeg-static (plain string or ESM default export), when its file exists", () => {
    expect(resolveFfmpeg({}, host({ "ffmpeg-static": "/static/ffmpeg" }, ["/static/ffmpeg"])).source).toBe(
      "ffmpeg-static",
    );
    expect(resolveFfmpeg({}, host({ "ffmpeg-static": { default: "/s/ff" } }, ["/s/ff"])).path).toBe("/s/ff");
    expect(resolveFfmpeg({}, host({ "ffmpeg-static": "/gone", ...installer }, ["/inst/ffmpeg"])).source).toBe(
      "@ffmpeg-installer/ffmpeg",
    );
  });

  it("then ffmpeg on PATH", () => {
    expect(resolveFfmpeg({ PATH: "/a:/usr/bin" }, host({}, ["/usr/bin/ffmpeg"]))).toEqual({
      path: "/usr/bin/ffmpeg",
      source: "PATH",
    });
  });

  it("throws FfmpegNotFoundError naming everything it tried, on one line", () => {
    try {
      resolveFfmpeg({ PATH: "/a" }, host({ "@ffmpeg-installer/ffmpeg": {} }, []));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FfmpegNotFoundError);
      const msg = (e as Error).message;
      expect(msg).not.toContain("\n");
      for (const s of [
        "VDM_FFMPEG",
        "ffmpeg-static (not installed)",
        "@ffmpeg-installer/ffmpeg (exports no path)",
        "PATH",
      ]) {
        expect(msg).toContain(s);
      }
    }
  });

  it("finds the real one on this machine", () => {
    const r = resolveFfmpeg({ PATH: process.env["PATH"] ?? "" });
    expect(["ffmpeg-static", "@ffmpeg-installer/ffmpeg", "PATH"]).toContain(r.source);
  });
});
