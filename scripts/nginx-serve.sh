#!/usr/bin/env bash
# Serves a built site with Debian's nginx and deploy/nginx.conf, in the
# foreground, from a temporary prefix (no root-owned path is written):
#   bash scripts/nginx-serve.sh PORT [DIST [/sub/path/ [HEADERS]]]
# DIST defaults to dist/; HEADERS to deploy/dm-remission-headers.conf (the
# header tests pass a copy with a line removed). Stop it by its pid: the
# script becomes nginx's master process.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="$1"
dist="$(realpath "${2:-$root/dist}")"
subpath="${3:-/}"
headers="${4:-$root/deploy/dm-remission-headers.conf}"
prefix="$root/target/nginx-$port"
rm -rf "$prefix"
mkdir -p "$prefix"/{conf,logs,tmp,www}
# nginx's workers may run as another user: let them traverse the prefix and
# read the site (a test's temporary copy is private to its owner).
chmod 755 "$root/target" "$prefix" "$prefix/www"
chmod -R a+rX "$dist"
site="$prefix/www${subpath%/}"
[ "$site" = "$prefix/www" ] && rmdir "$site"
mkdir -p "$(dirname "$site")"
ln -s "$dist" "$site"

sed -e "s|^    listen 80;|    listen 127.0.0.1:$port;|" \
    -e "s|^    root /srv/dm-remission;|    root \"$prefix/www\";|" \
    "$root/deploy/nginx.conf" > "$prefix/conf/site.conf"
grep -q "listen 127.0.0.1:$port;" "$prefix/conf/site.conf"
cp "$headers" "$prefix/conf/dm-remission-headers.conf"

brotli="/usr/share/nginx/modules/ngx_http_brotli_static_module.so"
cat > "$prefix/conf/nginx.conf" <<CONF
load_module $brotli;
worker_processes 1;
error_log "$prefix/logs/error.log" warn;
pid "$prefix/logs/nginx.pid";
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path "$prefix/tmp/body";
    proxy_temp_path "$prefix/tmp/proxy";
    fastcgi_temp_path "$prefix/tmp/fastcgi";
    uwsgi_temp_path "$prefix/tmp/uwsgi";
    scgi_temp_path "$prefix/tmp/scgi";
    include site.conf;
}
CONF
exec nginx -p "$prefix" -e "$prefix/logs/error.log" -c "$prefix/conf/nginx.conf" -g "daemon off;"
