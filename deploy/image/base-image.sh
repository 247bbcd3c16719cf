#!/usr/bin/env bash
# Builds the base image Cradle's container image is layered on, as a `docker save` tar, without a
# Docker engine or a registry: a Java runtime cut by jlink from the building JDK, the few shared
# libraries it links against, and an unprivileged user. No shell, no package manager.
#
# usage: base-image.sh <output.tar>
set -euo pipefail

out=$(readlink -f "$1")
work="$(dirname "$out")/base-image"
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.management.agent,jdk.net,jdk.localedata,jdk.charsets,jdk.security.auth,jdk.jfr

rm -rf "$work"
mkdir -p "$work/rootfs/opt" "$work/image"
rootfs="$work/rootfs"

"$java_home/bin/jlink" --add-modules "$modules" --output "$rootfs/opt/java" \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive

# A server runs headless: drop the libraries that would pull in X11 and sound.
rm -f "$rootfs"/opt/java/lib/{libawt_xawt,libsplashscreen,libjsound,libjawt}.so

# The runtime's own libraries need these from the system (libc, libz, libstdc++, the loader, ...).
{ ldd "$rootfs/opt/java/bin/java"; find "$rootfs/opt/java" -name '*.so' -exec ldd {} \; 2>/dev/null; } \
  | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/lib/ && $2 ~ /^\(/ {print $1}' \
  | grep -v "^$rootfs/" \
  | sort -u \
  | while read -r lib; do cp -L --parents "$lib" "$rootfs/"; done

mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/jboss"
chmod 1777 "$rootfs/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:0:Cradle:/home/jboss:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\n' >"$rootfs/etc/group"
printf 'hosts: files dns\n' >"$rootfs/etc/nsswitch.conf"

# One reproducible layer: fixed owner and time, sorted entries.
tar --numeric-owner --owner=0 --group=0 --sort=name --mtime='1970-01-01 00:00:00' -C "$rootfs" -cf "$work/layer.tar" .
layer_sha=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
mkdir -p "$work/image/$layer_sha"
mv "$work/layer.tar" "$work/image/$layer_sha/layer.tar"

cat >"$work/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],"User":"185","WorkingDir":"/home/jboss"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$layer_sha"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/image/base-image.sh (jlink from $(basename "$java_home"))"}]}
JSON
config_sha=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/image/$config_sha.json"
printf '[{"Config":"%s.json","RepoTags":["cradle-base:java17"],"Layers":["%s/layer.tar"]}]\n' \
  "$config_sha" "$layer_sha" >"$work/image/manifest.json"
# Entries named without a leading "./": Jib refuses those as paths outside the archive.
tar --numeric-owner --owner=0 --group=0 --sort=name --mtime='1970-01-01 00:00:00' -C "$work/image" -cf "$out" \
  manifest.json "$config_sha.json" "$layer_sha/layer.tar"
rm -rf "$work"
echo "base image: $out ($(du -h "$out" | cut -f1))"
