// Makes sure Debian's Chromium is there for the browser tests. Installs it with apt-get when
// missing and running as root; otherwise stops with a one-line instruction.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", { stdio: "inherit", shell: "/bin/bash" });
    if (!existsSync(path)) {
      console.error(`Installed chromium, but ${path} is still missing. Set CHROMIUM_PATH.`);
      process.exit(1);
    }
  } else {
    console.error(`Chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then npm test again.`);
    process.exit(1);
  }
}
