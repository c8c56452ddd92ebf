/**
 * Serves folders with the nginx configuration kept for deployers (deploy/nginx/avrr.conf),
 * changed only in its `listen` port and `root`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, watch } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const NGINX_CONF = "deploy/nginx/avrr.conf";

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
  urls: string[];
  stop: () => Promise<void>;
}

/** Starts one nginx serving each root on its own loopback port, with the deploy config. */
export async function startNginx(root: string, siteRoots: string[]): Promise<NginxSites> {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((path) => existsSync(path));
  if (!nginx) throw new Error("nginx is not installed: run `apt-get install -y nginx` (.ci/run does this)");
  const template = readFileSync(join(root, NGINX_CONF), "utf8");
  const [mapBlock, serverBlock] = [template.slice(0, template.indexOf("server {")), template.slice(template.indexOf("server {"))];
  const ports = await Promise.all(siteRoots.map(() => freePort()));
  const servers = siteRoots.map((siteRoot, index) => {
    const server = serverBlock.replace(/listen 8080;/, `listen 127.0.0.1:${ports[index]};`).replace(/root [^;]+;/, `root ${siteRoot};`);
    if (!server.includes(`listen 127.0.0.1:${ports[index]};`) || !server.includes(`root ${siteRoot};`)) {
      throw new Error(`${NGINX_CONF} no longer has "listen 8080;" and a root line to replace`);
    }
    return server;
  });
  const dir = mkdtempSync(join(tmpdir(), "avrr-nginx-"));
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
  ${mapBlock}
  ${servers.join("\n")}
}
`;
  writeFileSync(join(dir, "nginx.conf"), conf);
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += String(chunk)));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
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
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT");
      }),
  };
}
