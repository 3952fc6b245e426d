# browser-env.sh: what the browser scripts (browser-check.sh, serve-check.sh) need, sourced
# by them with OUT set: Debian's chromium, node and npm, the CJK fonts the pages name
# (fonts-noto-cjk, fonts-arphic-ukai), each installed when missing (as root), and
# playwright-core (the driver only, no browser download) in $OUT/node/.
mkdir -p "$OUT/node"
need() {
    command -v "$1" > /dev/null 2>&1 && return 0
    [[ $EUID -eq 0 ]] || { echo "$(basename "$0"): $1 is missing: install Debian's $2" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
}
need chromium chromium
need node nodejs
need npm npm
if ! { fc-list | grep -qi "Noto.*CJK" && fc-list | grep -q "AR PL UKai"; } && [[ $EUID -eq 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk fonts-arphic-ukai > /dev/null
fi
[[ -d "$OUT/node/node_modules/playwright-core" ]] ||
    npm install --prefix "$OUT/node" --silent --no-audit --no-fund playwright-core@1.64.1
