/**
 * Serves folders with the nginx configuration kept for deployers (deploy/nginx/): the site
 * file avrr-site.conf, included as it is (only its `root` changed) by one plain-HTTP loopback
 * server per folder, and the two servers of avrr.conf (the HTTP-to-HTTPS redirect and the
 * HTTPS server, on loopback ports, with a throwaway self-signed certificate), with the maps of
 * avrr.conf at http level.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, watch } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const NGINX_CONF = "deploy/nginx/avrr.conf";
export const NGINX_SITE_CONF = "deploy/nginx/avrr-site.conf";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface NginxSites {
  /** One plain-HTTP address per folder, in order. */
  urls: string[];
  /** The HTTPS server of avrr.conf, serving the first folder; its certificate (PEM) for clients to trust. */
  https: { url: string; certificate: string };
  /** The HTTP server of avrr.conf, which redirects to HTTPS. */
  redirectUrl: string;
  stop: () => Promise<void>;
}

/** `text` with `from` replaced by `to`, or an error naming the file that no longer has `from`. */
function replaceIn(file: string, text: string, from: string | RegExp, to: string): string {
  const result = text.replace(from, to);
  if (result === text) throw new Error(`${file} no longer has ${String(from)} to replace for the test servers`);
  return result;
}

/** Starts one nginx serving each folder on its own loopback port with the deploy configuration, and the redirect and HTTPS servers. */
export async function startNginx(root: string, siteRoots: string[]): Promise<NginxSites> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  if (!nginx) throw new Error("nginx is not installed: run `apt-get install -y nginx` (.ci/run does this)");
  const main = readFileSync(join(root, NGINX_CONF), "utf8");
  const site = readFileSync(join(root, NGINX_SITE_CONF), "utf8");
  const httpBlock = main.slice(0, main.indexOf("\nserver {"));
  const servers = main
    .slice(httpBlock.length)
    .split(/\n(?=server \{)/)
    .filter((block) => block.trim());
  const redirectServer = servers.find((block) => block.includes("return 301 https://"));
  const tlsServer = servers.find((block) => block.includes("ssl_certificate "));
  if (!redirectServer || !tlsServer || servers.length !== 2) throw new Error(`${NGINX_CONF} no longer has exactly a redirect server and an HTTPS server`);

  const dir = mkdtempSync(join(tmpdir(), "avrr-nginx-"));
  const sitePorts = await Promise.all(siteRoots.map(() => freePort()));
  const [tlsPort, redirectPort] = [await freePort(), await freePort()];
  const siteFile = (siteRoot: string, index: number) => {
    const path = join(dir, `site-${index}.conf`);
    writeFileSync(path, replaceIn(NGINX_SITE_CONF, site, /^root [^;]+;/m, `root ${siteRoot};`));
    return path;
  };
  const siteServers = siteRoots.map(
    (siteRoot, index) => `server {\n    listen 127.0.0.1:${sitePorts[index]};\n    server_name _;\n    include ${siteFile(siteRoot, index)};\n}`,
  );

  // A certificate for 127.0.0.1, valid for a day, made for this run only.
  const [key, certificate] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  const made = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      certificate,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate (apt-get install -y openssl; .ci/run does this): ${made.stderr}`);
  let tls = replaceIn(NGINX_CONF, tlsServer, /^ {4}listen 443 ssl;$/m, `    listen 127.0.0.1:${tlsPort} ssl;`);
  tls = replaceIn(NGINX_CONF, tls, /^ {4}listen \[::\]:443 ssl;\n/m, "");
  tls = replaceIn(NGINX_CONF, tls, /ssl_certificate [^;]+;/, `ssl_certificate ${certificate};`);
  tls = replaceIn(NGINX_CONF, tls, /ssl_certificate_key [^;]+;/, `ssl_certificate_key ${key};`);
  tls = replaceIn(NGINX_CONF, tls, /include snippets\/avrr-site\.conf;/, `include ${siteFile(siteRoots[0]!, siteRoots.length)};`);
  let redirect = replaceIn(NGINX_CONF, redirectServer, /^ {4}listen 80;$/m, `    listen 127.0.0.1:${redirectPort};`);
  redirect = replaceIn(NGINX_CONF, redirect, /^ {4}listen \[::\]:80;\n/m, "");

  const conf = `
daemon off;
worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${httpBlock}
  ${siteServers.join("\n")}
  ${tls}
  ${redirect}
}
`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const urls = sitePorts.map((port) => `http://127.0.0.1:${port}`);
  // nginx writes its pid file once it has opened every listening socket (nginx.c: ngx_init_cycle,
  // then ngx_create_pidfile): wait for that file, or for nginx to exit, instead of polling.
  await new Promise<void>((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (existsSync(join(dir, "nginx.pid"))) done();
    });
    const exited = () => done(new Error(`nginx exited: ${stderr}${existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : ""}`));
    const timer = setTimeout(() => done(new Error(`nginx did not start within 10 s: ${stderr}`)), 10_000);
    function done(error?: Error) {
      watcher.close();
      clearTimeout(timer);
      child.off("exit", exited);
      if (error) reject(error);
      else resolve();
    }
    child.once("exit", exited);
    if (existsSync(join(dir, "nginx.pid"))) done();
  });
  // Every site answers.
  await Promise.all(urls.map((url) => fetch(url)));
  return {
    urls,
    https: { url: `https://127.0.0.1:${tlsPort}`, certificate: readFileSync(certificate, "utf8") },
    redirectUrl: `http://127.0.0.1:${redirectPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
