// `npm run dev-server`: the add-in over HTTPS on port 3000 with a certificate Windows and macOS trust — what
// `npm run start:excel` (office-addin-debugging) starts before it sideloads the manifest. Microsoft's React template
// gets the certificate in webpack.config.js from office-addin-dev-certs' getHttpsServerOptions(); here that package is
// fetched through npx on first use (it never enters node_modules, see docs in README "In real Excel") and its files
// are handed to `webpack serve` through environment variables.
const { spawn, spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { CERT_ENV, DEV_PORT, certPaths } = require("./devServerConfig.cjs");

const windows = process.platform === "win32";

function main() {
  console.log("Installing (or checking) the trusted development certificate with office-addin-dev-certs…");
  const install = spawnSync("npx", ["--yes", "office-addin-dev-certs", "install"], {
    stdio: "inherit",
    shell: windows,
  });
  const paths = certPaths();
  const missing = Object.values(paths).filter((file) => !existsSync(file));
  if (install.status !== 0 || missing.length > 0) {
    console.error(
      `No trusted certificate (${missing.join(", ") || "office-addin-dev-certs failed"}); nothing started.`,
    );
    process.exit(1);
  }
  const env = { ...process.env, PORT: String(DEV_PORT) };
  for (const [option, variable] of Object.entries(CERT_ENV)) env[variable] = paths[option];
  console.log(`Serving the add-in on https://localhost:${DEV_PORT}/ (Ctrl+C stops it).`);
  const child = spawn("npx", ["webpack", "serve", "--mode", "development", "--env", "https"], {
    stdio: "inherit",
    env,
    shell: windows,
  });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (require.main === module) main();

module.exports = { main };
