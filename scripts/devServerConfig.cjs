// What the dev server, the production build, the manifest and the README must agree on (test/manifest/sideload.test.ts
// checks they do): the origin, the HTTPS certificate files, and the Content-Security-Policy of each page.
const { homedir } = require("node:os");
const { join } = require("node:path");

/** The manifest's URLs point here; `npm run dev-server` serves HTTPS on this port. */
const DEV_PORT = 3000;
const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;

/** Where `office-addin-dev-certs install` puts the certificate it makes and trusts (its default folder). */
const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

/** The certificate files, by the server option they fill. */
function certPaths(dir = CERT_DIR) {
  return { ca: join(dir, "ca.crt"), cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };
}

/** Environment variables through which scripts/devServerHttps.cjs hands the certificate files to webpack serve. */
const CERT_ENV = { ca: "DEV_CERT_CA", cert: "DEV_CERT_CERT", key: "DEV_CERT_KEY" };

/**
 * The dev server's HTTPS options, like Microsoft's template (`server: { type: "https", options }` with the
 * certificate of office-addin-dev-certs). Without those files it refuses: the dev server's own self-signed
 * certificate is not trusted by Office, so the pane would not load.
 */
function httpsServer(env = process.env) {
  const options = {};
  for (const [option, variable] of Object.entries(CERT_ENV)) {
    if (!env[variable]) {
      throw new Error(
        `HTTPS needs the trusted development certificate: run "npm run dev-server" (or "npm run start:excel"), ` +
          `which installs it with office-addin-dev-certs. ${variable} is not set.`,
      );
    }
    options[option] = env[variable];
  }
  return { type: "https", options };
}

/** A production build's origin must be https: Office loads add-ins only over HTTPS. */
function checkProductionOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`ADDIN_ORIGIN "${origin}" is not a URL; give the https origin the add-in is served from.`);
  }
  if (url.protocol !== "https:" || url.pathname !== "/" || url.search || url.hash) {
    throw new Error(`ADDIN_ORIGIN "${origin}" must be an https origin such as https://addins.example.com.`);
  }
  return url.origin;
}

/** Where Office frames the pane and the function file on the web (frame-ancestors works only as a header). */
const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
  "https://onedrive.live.com",
  "https://*.onedrive.live.com",
];

const OFFICE_JS = "https://appsforoffice.microsoft.com";

/**
 * The policy of each page. `meta` goes in the page's <meta http-equiv> (kept there for hosts that send no header);
 * the header adds `frame-ancestors`, which browsers ignore in a <meta> tag
 * (https://www.w3.org/TR/CSP3/#meta-element).
 */
const PAGE_POLICIES = {
  "taskpane.html": {
    meta: `default-src 'self'; script-src 'self' ${OFFICE_JS}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'`,
    frameAncestors: OFFICE_FRAME_ANCESTORS,
  },
  "commands.html": {
    meta: `default-src 'self'; script-src 'self' ${OFFICE_JS}; object-src 'none'; base-uri 'self'`,
    frameAncestors: OFFICE_FRAME_ANCESTORS,
  },
  "support.html": {
    meta: "default-src 'self'; object-src 'none'; base-uri 'self'",
    frameAncestors: OFFICE_FRAME_ANCESTORS,
  },
  "index.html": {
    meta: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws://localhost:*; object-src 'none'; base-uri 'self'",
    frameAncestors: ["'none'"],
  },
};

/** The Content-Security-Policy header of a page (meta policy + frame-ancestors), or null for other files. */
function cspHeader(page) {
  const policy = PAGE_POLICIES[page];
  return policy ? `${policy.meta}; frame-ancestors ${policy.frameAncestors.join(" ")}` : null;
}

/** The dev server's headers for a request path: the page's CSP; nothing else (no Access-Control-Allow-Origin). */
function headersFor(urlPath) {
  const page = (urlPath || "/").split("?")[0].replace(/^\/+/, "") || "index.html";
  const csp = cspHeader(page);
  return csp ? { "Content-Security-Policy": csp } : {};
}

module.exports = {
  DEV_PORT,
  DEV_ORIGIN,
  CERT_DIR,
  CERT_ENV,
  certPaths,
  httpsServer,
  checkProductionOrigin,
  PAGE_POLICIES,
  cspHeader,
  headersFor,
};
