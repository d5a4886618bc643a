// The preview: a page that draws the fake Excel host's workbook as a grid and hosts the built task pane beside it,
// in a frame of its own. Built apart from the add-in (dist-preview/), so nothing of it enters the add-in's bundle.
//
//   preview.html        the workbook page (preview.js: the fake host, the grid, the frame)
//   preview-pane.html   the task pane's own HTML (same template, same CSP, same office.js) with two more scripts:
//                       preview-optout.js before office.js, and preview-pane.js, which hands the pane the page's fake
//                       host as Office and Excel before the add-in's taskpane.js runs. taskpane.js and office-js/ are
//                       the add-in build's, served beside.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { contentSecurityPolicy } = require("../deploy/address");

const ROOT = path.join(__dirname, "..", "..");
const PANE_TEMPLATE = path.join(ROOT, "src", "taskpane", "taskpane.html");

const OFFICE_SCRIPT = '<script src="office-js/office.js"></script>';
/** The template's policy placeholder, filled with the localhost build's policy ('self': the preview's own origin). */
const CSP_PLACEHOLDER = "<%= htmlWebpackPlugin.options.contentSecurityPolicy %>";

/**
 * The pane's template with the preview's two scripts: preview-optout.js before office.js (office.js would otherwise
 * blank a framed page outside Office), and preview-pane.js before the add-in's taskpane.js (both deferred).
 */
function paneHtml() {
  const html = fs.readFileSync(PANE_TEMPLATE, "utf8");
  if (!html.includes(OFFICE_SCRIPT) || !html.includes("</head>") || !html.includes(CSP_PLACEHOLDER)) {
    throw new Error(
      `${PANE_TEMPLATE} no longer has ${OFFICE_SCRIPT} and its CSP placeholder in its <head>: update the preview's pane page`,
    );
  }
  const deferred = '<script defer src="preview-pane.js"></script>\n    <script defer src="taskpane.js"></script>\n  ';
  return html
    .replace(CSP_PLACEHOLDER, contentSecurityPolicy())
    .replace(OFFICE_SCRIPT, `<script src="preview-optout.js"></script>\n    ${OFFICE_SCRIPT}`)
    .replace("</head>", `${deferred}</head>`);
}

/** The preview's webpack configuration; `out` is its output folder (dist-preview/ by default). */
function previewConfig(mode, out = path.join(ROOT, "dist-preview")) {
  return {
    name: "preview",
    context: ROOT,
    mode,
    devtool: mode === "production" ? false : "source-map",
    entry: {
      preview: "./scripts/preview/page.ts",
      "preview-optout": "./scripts/preview/optout.ts",
      "preview-pane": "./scripts/preview/pane.ts",
    },
    output: { path: out, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [require(path.join(ROOT, "webpack.config.js")).typescriptRule] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./scripts/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({ filename: "preview-pane.html", templateContent: paneHtml(), inject: false }),
    ],
    performance: { hints: false },
  };
}

/**
 * `webpack --config scripts/preview/webpack.config.js --env out=DIR`: the add-in into DIR/addin and the preview into
 * DIR/preview, in one run (the test and the benchmark build this way; without `out`, dist-addin/ and dist-preview/).
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const addin = require(path.join(ROOT, "webpack.config.js"))(env, { ...argv, mode });
  const base = env.out ? path.resolve(env.out) : undefined;
  return [
    {
      ...addin,
      name: "addin",
      context: ROOT,
      output: { ...addin.output, ...(base ? { path: path.join(base, "addin") } : {}) },
    },
    previewConfig(mode, base ? path.join(base, "preview") : undefined),
  ];
};
module.exports.previewConfig = previewConfig;
