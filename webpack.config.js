// Builds the task pane into dist-addin/ (dist/ is the command line's): the React bundle, taskpane.html with its
// Content-Security-Policy, the icons, the manifest, IIS's web.config, and a local copy of office.js with the files it
// loads itself.
//
// The address it is built for: `--env baseUrl=https://jx.example.gov.cn/jixiao/` (npm run build -- --base-url … passes
// it through scripts/deploy/build-addin.js); without one, https://localhost:3000/ as `npm start` serves it. The
// manifest's URLs and the pane's CSP follow the address (scripts/deploy/address.js); `--env id=<GUID>` replaces the
// manifest's <Id>; <Version> is package.json's, in four parts.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const address = require("./scripts/deploy/address");
const { version } = require("./package.json");

const officeJs = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** office.js loads its host script (excel-*), a mapping table, telemetry and its strings from its own folder. */
const officeFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*.js",
  "es6-promise.js",
  "telemetry/*.js",
  "*/office_strings.js",
].map((from) => ({
  from,
  context: officeJs,
  to: "office-js/",
  globOptions: { ignore: ["**/*.debug.js"] },
  // Microsoft's files as published: already minified, so Terser leaves them (and their licence comments) alone.
  info: { minimized: true },
}));

/** npm test type-checks; the build only transpiles, to ES modules so that unused Fluent UI code is dropped. */
const typescriptRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext" } } },
};

/** The manifest for the build's address, id and version, as the copy plugin writes it into the output. */
function manifestTransform(baseUrl, id) {
  return (content) => address.rewriteManifest(content.toString("utf8"), { baseUrl, version, id });
}

module.exports = (env = {}, argv = {}) => {
  const baseUrl = address.parseBaseUrl(env.baseUrl).href;
  const id = address.chooseId({ id: env.id });
  return {
    mode: argv.mode === "production" ? "production" : "development",
    // No eval-based source maps: the task pane's CSP allows no eval.
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: path.resolve(__dirname, "dist-addin"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // Read by the template's <meta http-equiv="Content-Security-Policy">.
        contentSecurityPolicy: address.contentSecurityPolicy(baseUrl),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png" },
          { from: "manifest.xml", transform: manifestTransform(baseUrl, id) },
          { from: "deploy/web.config", to: "web.config" },
          ...officeFiles,
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      static: false,
      // Nothing is injected into the page: no live-reload client, no web socket (the CSP allows no connections).
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};

module.exports.typescriptRule = typescriptRule;
