/**
 * Three pages: the task pane (production add-in), the ribbon commands, and the dev host (a spreadsheet
 * grid over the Excel simulator with the real task pane beside it). No eval source maps: the pages'
 * Content-Security-Policy forbids eval. Production builds ship no source maps at all.
 * `--env https` serves HTTPS with the trusted certificate `npm run dev-server` provides (scripts/devServerHttps.cjs).
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { TaskpaneFilesPlugin } = require("./scripts/taskpaneFilesPlugin.cjs");
const {
  DEV_ORIGIN,
  DEV_PORT,
  checkProductionOrigin,
  headersFor,
  httpsServer,
} = require("./scripts/devServerConfig.cjs");

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // A production manifest points Office at this origin; Office loads add-ins over HTTPS only.
  const origin = production ? checkProductionOrigin(process.env.ADDIN_ORIGIN || DEV_ORIGIN) : DEV_ORIGIN;
  return {
    entry: {
      taskpane: "./src/app/taskpaneEntry.tsx",
      commands: "./src/commands/commands.ts",
      devhost: "./dev/host/devHostEntry.tsx",
    },
    // Lazy chunks take their magic-comment names: the pane's later tabs are taskpane-<tab>.<hash>.js (SP1).
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    devtool: production ? false : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      // dist/taskpane-files.json: the JS files the task pane page can load (scripts/bundleSize.mjs sums them).
      new TaskpaneFilesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./dev/host/index.html", chunks: ["devhost"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "node_modules/@fluentui/font-icons-mdl2/fonts", to: "fonts" },
          { from: "src/taskpane/support.html", to: "support.html" },
          // Not bundled: plain ES5 that runs (and explains) where the ES2022 bundle cannot.
          { from: "src/app/preflight.js", to: "preflight.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().replaceAll(DEV_ORIGIN, origin) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(process.env.PORT || DEV_PORT),
      host: "localhost",
      static: false,
      hot: false,
      liveReload: false,
      client: { overlay: false },
      // Each page's Content-Security-Policy as a header (frame-ancestors works only there); no CORS header.
      headers: (req) => headersFor(req.url),
      ...(env.https ? { server: httpsServer() } : {}),
    },
  };
};
