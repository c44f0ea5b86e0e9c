#!/bin/bash
# usage: VIEWS=... W=... THEME=... OUT=... .sc-preview/run.sh
cd /work/main && npx vitest run -c .sc-preview/vitest.config.ts >/tmp/scprev.log 2>&1 || { tail -40 /tmp/scprev.log; exit 1; }
node .sc-preview/shot.mjs
