#!/usr/bin/env bash
# Vendor MapLibre GL JS (pinned) from npm into src/frontwatch/web/static/vendor/ so the map works offline.
#   bash scripts/vendor_maplibre.sh            -> the pinned version
#   MAPLIBRE_VERSION=4.7.1 bash scripts/vendor_maplibre.sh
# Needs node + npm and access to the npm registry; run it only when bumping the version (the files are committed).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${MAPLIBRE_VERSION:-4.7.1}"
DEST="src/frontwatch/web/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# npm pack fetches the published tarball only (no dependencies, no install scripts run).
(cd "$TMP" && npm pack --silent "maplibre-gl@${VERSION}" >/dev/null)
tar -xzf "$TMP"/maplibre-gl-"${VERSION}".tgz -C "$TMP"
PKG="$TMP/package"
LICENSE_NAME="$(node -p "require('$PKG/package.json').license")"
if [ "$LICENSE_NAME" != "BSD-3-Clause" ]; then
  echo "maplibre-gl@${VERSION} is licensed $LICENSE_NAME, not BSD-3-Clause: check before vendoring" >&2
  exit 1
fi

mkdir -p "$DEST"
cp "$PKG/dist/maplibre-gl.js" "$PKG/dist/maplibre-gl.css" "$DEST/"
cp "$PKG/LICENSE.txt" "$DEST/LICENSE-maplibre-gl.txt"
SHA_JS="$(sha256sum "$DEST/maplibre-gl.js" | cut -d' ' -f1)"
SHA_CSS="$(sha256sum "$DEST/maplibre-gl.css" | cut -d' ' -f1)"

cat > "$DEST/README.md" <<MD
# Vendored: MapLibre GL JS ${VERSION}

- Package: \`maplibre-gl@${VERSION}\` from the npm registry (https://www.npmjs.com/package/maplibre-gl)
- Licence: ${LICENSE_NAME} (BSD 3-Clause), full text in \`LICENSE-maplibre-gl.txt\`
- Files: \`dist/maplibre-gl.js\` (sha256 \`${SHA_JS}\`), \`dist/maplibre-gl.css\` (sha256 \`${SHA_CSS}\`)
- Rebuild: \`bash scripts/vendor_maplibre.sh\` (set \`MAPLIBRE_VERSION\` to bump). Unmodified copies; frontwatch
  inlines them into the offline map HTML (\`frontwatch.web.render_map_html\`).
MD
echo "vendored maplibre-gl@${VERSION} ($LICENSE_NAME) into $DEST"
