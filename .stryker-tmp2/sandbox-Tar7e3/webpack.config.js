/* Builds the task pane, the ribbon commands page and the help page into dist/, with the manifest.
 * `npm run build` is offline; `npm start` serves https://localhost:3000 with Office's dev certificates. */
// @ts-nocheck

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
/** Where the built add-in is hosted; set ADDIN_PUBLIC_URL when building for your server. */
const PUBLIC_URL = process.env.ADDIN_PUBLIC_URL || "https://itsm-scorecard.github.io/addin/";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The core runs here, off the pane's thread (src/taskpane/worker/workerClient.ts loads it by name).
      "scorecard.worker": "./src/taskpane/worker/scorecard.worker.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules, so webpack can drop the unused parts of Fluent UI and its icons.
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    // Node built-ins the file host can use are never needed in the browser bundle.
    externals: { zlib: "{}", fs: "{}", path: "{}" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // (the worker entry is loaded by URL, not by a page)
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PUBLIC_URL)),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 3_000_000, maxEntrypointSize: 3_000_000 },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      server: { type: "https", options: dev ? await httpsOptions() : {} },
    },
  };
  return config;
};

async function httpsOptions() {
  // Trusted localhost certificates, as Microsoft's add-in templates use.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}
