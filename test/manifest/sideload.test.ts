/**
 * Sideloading as the README says (issue #9, item 2): the scripts, the dev server's HTTPS options, the manifest's
 * origin and the README's per-host steps agree, following Microsoft's React template (Office-Addin-TaskPane-React:
 * a `dev-server` script serving HTTPS on port 3000 with office-addin-dev-certs; office-addin-debugging sideloads).
 * https://learn.microsoft.com/office/dev/add-ins/testing/sideload-office-add-ins-for-testing
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseXml } from "./xmlTree";
import { urlValues } from "./manifestResources";
import { ROOT_DIR, manifestXml } from "./manifestFiles";

const load = createRequire(__filename);
interface DevServerConfig {
  DEV_PORT: number;
  DEV_ORIGIN: string;
  CERT_ENV: Record<"ca" | "cert" | "key", string>;
  certPaths(dir?: string): Record<"ca" | "cert" | "key", string>;
  PAGE_POLICIES: Record<string, { meta: string; frameAncestors: string[] }>;
  cspHeader(page: string): string | null;
  headersFor(url: string): Record<string, string>;
}
const devServer = load(join(ROOT_DIR, "scripts", "devServerConfig.cjs")) as DevServerConfig;
type WebpackConfig = {
  devtool: string | false;
  devServer: {
    port: number;
    server?: { type: string; options: Record<string, string> };
    headers: (req: { url: string }) => Record<string, string>;
  };
};
const webpackConfig = load(join(ROOT_DIR, "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => WebpackConfig;

const pkg = JSON.parse(readFileSync(join(ROOT_DIR, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const readme = readFileSync(join(ROOT_DIR, "README.md"), "utf8");

/** Runs `fn` with environment variables set, restoring them afterwards. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const certEnv = () =>
  Object.fromEntries(Object.entries(devServer.CERT_ENV).map(([option, name]) => [name, `/certs/${option}`]));

describe("sideloading: scripts, dev server and manifest agree", () => {
  test("[XL14] every manifest URL is on the dev server's HTTPS origin, port 3000", () => {
    const origins = new Set(urlValues(parseXml(manifestXml)).map(({ value }) => new URL(value).origin));
    expect([...origins]).toEqual([devServer.DEV_ORIGIN]);
    expect(devServer.DEV_ORIGIN).toBe(`https://localhost:${devServer.DEV_PORT}`);
  });

  test("[XL14] npm start stays HTTP for the dev host; dev-server serves HTTPS with office-addin-dev-certs", () => {
    expect(pkg.scripts["start"]).toBe("node scripts/start.mjs");
    expect(pkg.scripts["dev-server"]).toBe("node scripts/devServerHttps.cjs");
    const script = readFileSync(join(ROOT_DIR, "scripts", "devServerHttps.cjs"), "utf8");
    expect(script).toContain('["--yes", "office-addin-dev-certs", "install"]');
    expect(script).toContain('"--env", "https"');
    expect(webpackConfig({}, { mode: "development" }).devServer.server).toBeUndefined();
  });

  test("[XL14] with the certificate files the dev server is HTTPS on port 3000 with them, as the template does", () => {
    const config = withEnv({ ...certEnv(), PORT: undefined }, () =>
      webpackConfig({ https: true }, { mode: "development" }),
    );
    expect(config.devServer.port).toBe(devServer.DEV_PORT);
    expect(config.devServer.server).toEqual({
      type: "https",
      options: { ca: "/certs/ca", cert: "/certs/cert", key: "/certs/key" },
    });
    expect(Object.keys(devServer.certPaths("/home/x/.office-addin-dev-certs")).sort()).toEqual(["ca", "cert", "key"]);
  });

  test("[XL14] without them HTTPS is refused instead of serving an untrusted self-signed certificate", () => {
    const vars = Object.fromEntries(Object.values(devServer.CERT_ENV).map((name) => [name, undefined]));
    expect(() => withEnv(vars, () => webpackConfig({ https: true }, { mode: "development" }))).toThrow(
      /npm run dev-server/,
    );
  });

  test("[XL14] start:excel and stop:excel run office-addin-debugging through npx on manifest.xml and that dev server", () => {
    expect(pkg.scripts["start:excel"]).toBe(
      `npx --yes office-addin-debugging start manifest.xml desktop --app excel --dev-server "npm run dev-server" --dev-server-port ${devServer.DEV_PORT}`,
    );
    expect(pkg.scripts["stop:excel"]).toBe("npx --yes office-addin-debugging stop manifest.xml");
    const installed = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(installed.filter((name) => name.startsWith("office-addin-"))).toEqual([]);
  });

  test("[XL14] the README has a step-by-step row per host, naming only scripts that exist", () => {
    const section = readme.slice(readme.indexOf("### In real Excel"), readme.indexOf("## Scripts"));
    for (const host of ["Excel on Windows", "Excel on Mac", "Excel on the web"])
      expect(section).toContain(`**${host}**`);
    for (const step of ["`npm run start:excel`", "`npm run stop:excel`", "`npm run dev-server`", "Upload My Add-in"]) {
      expect(section).toContain(step);
    }
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? "");
    expect(named.filter((name) => !(name in pkg.scripts))).toEqual([]);
  });
});

describe("build and hosting rules (issue #9, item 10)", () => {
  test("[XL15] a production build ships no source maps", () => {
    expect(webpackConfig({}, { mode: "production" }).devtool).toBe(false);
  });

  test("[XL15] a production build refuses an ADDIN_ORIGIN that is not https", () => {
    const build = (origin: string) =>
      withEnv({ ADDIN_ORIGIN: origin }, () => webpackConfig({}, { mode: "production" }));
    expect(() => build("http://addins.example.com")).toThrow(/https/);
    expect(() => build("addins.example.com")).toThrow(/ADDIN_ORIGIN/);
    expect(() => build("https://addins.example.com")).not.toThrow();
  });

  test("[XL15] the dev server sends each page's CSP as a header with frame-ancestors, and no CORS header", () => {
    const headers = webpackConfig({}, { mode: "development" }).devServer.headers;
    const pane = headers({ url: "/taskpane.html?_host_Info=Excel" });
    expect(pane["Content-Security-Policy"]).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com/);
    expect(Object.keys(headers({ url: "/commands.html" }))).toEqual(["Content-Security-Policy"]);
    expect(headers({ url: "/taskpane.abc123.js" })).toEqual({});
  });

  test("[XL15] each page's <meta> policy is the header's without frame-ancestors (a meta tag cannot carry it)", () => {
    const pages: Record<string, string> = {
      "taskpane.html": "src/taskpane/taskpane.html",
      "commands.html": "src/commands/commands.html",
      "support.html": "src/taskpane/support.html",
      "index.html": "dev/host/index.html",
    };
    for (const [page, file] of Object.entries(pages)) {
      const html = readFileSync(join(ROOT_DIR, file), "utf8");
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
      expect({ page, meta }).toEqual({ page, meta: devServer.PAGE_POLICIES[page]?.meta });
      expect(meta).not.toContain("frame-ancestors");
    }
  });

  test("[XL15] the README gives hosts the same headers for the two pages Office loads", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      expect(readme).toContain(`${page}  Content-Security-Policy: ${devServer.cspHeader(page)}`);
    }
  });
});
