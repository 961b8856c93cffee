// Builds the pages once (unless E2E_SKIP_BUILD=1) and serves dist/ for the whole e2e run.
const { execSync } = require("child_process");
const path = require("path");
const { startStaticServer } = require("./staticServer.cjs");

module.exports = async () => {
  const root = path.resolve(__dirname, "../../..");
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execSync("npx webpack --mode production", { cwd: root, stdio: "inherit" });
  }
  const server = await startStaticServer(path.join(root, "dist"));
  globalThis.__E2E_SERVER__ = server;
  process.env.E2E_BASE_URL = `http://127.0.0.1:${server.address().port}`;
};
