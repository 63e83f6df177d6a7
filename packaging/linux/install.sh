#!/bin/sh
# Install IPM Viewer from this unpacked archive, or remove it again.
#
#   ./install.sh --user                  for you: ~/.local/share/ipm-viewer/app, ~/.local/bin
#   sudo ./install.sh                    for everyone: /opt/ipm-viewer, /usr/local/bin
#   .../install.sh --uninstall [--user]  remove what the matching install put in place
#
# The app folder is copied beside its old version and then swapped in, so an update that is
# cut short leaves the previous version working. The desktop entry, icons and AppStream data
# go to the XDG folders, so the menu shows "IPM Viewer". Clinic settings and installed content
# packs are not touched (see docs/deployment.md).
set -eu

APP_ID=org.ipmviewer.IPMViewer
here=$(cd "$(dirname "$0")" && pwd)
mode=system
action=install
for arg in "$@"; do
    case "$arg" in
        --user) mode=user ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [ "$mode" = user ]; then
    data=${XDG_DATA_HOME:-$HOME/.local/share}
    app_dir=$data/ipm-viewer/app
    bin_dir=$HOME/.local/bin
else
    if [ "$(id -u)" -ne 0 ]; then
        echo "A system-wide install needs root: sudo $0 $*  (or: $0 --user)" >&2
        exit 1
    fi
    data=/usr/local/share
    app_dir=/opt/ipm-viewer
    bin_dir=/usr/local/bin
fi
desktop_file=$data/applications/$APP_ID.desktop
metainfo_file=$data/metainfo/$APP_ID.metainfo.xml
icon_root=$data/icons/hicolor

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$data/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$icon_root" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
    rm -f "$bin_dir/ipm-viewer" "$desktop_file" "$metainfo_file"
    rm -f "$icon_root"/*/apps/"$APP_ID".png "$icon_root"/scalable/apps/"$APP_ID".svg
    rm -rf "$app_dir"
    rmdir "$(dirname "$app_dir")" 2>/dev/null || true
    refresh_menus
    echo "IPM Viewer removed ($mode)."
    exit 0
fi

if [ ! -x "$here/ipm-viewer/ipm-viewer" ]; then
    echo "Run this from the unpacked archive: $here/ipm-viewer/ipm-viewer is missing." >&2
    exit 1
fi
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$data/applications" "$data/metainfo"
rm -rf "$app_dir.new"
cp -R "$here/ipm-viewer" "$app_dir.new"
cp "$here/install.sh" "$app_dir.new/install.sh"
rm -rf "$app_dir.old"
if [ -e "$app_dir" ]; then mv "$app_dir" "$app_dir.old"; fi
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"
ln -sf "$app_dir/ipm-viewer" "$bin_dir/ipm-viewer"
# The menu starts the installed program itself, wherever PATH points.
sed "s|^Exec=ipm-viewer|Exec=$app_dir/ipm-viewer|" \
    "$here/share/applications/$APP_ID.desktop" > "$desktop_file"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$metainfo_file"
(cd "$here/share/icons/hicolor" && find . -name "$APP_ID.*" | while read -r icon; do
    mkdir -p "$icon_root/$(dirname "$icon")"
    cp "$icon" "$icon_root/$icon"
done)
refresh_menus
echo "IPM Viewer installed ($mode) in $app_dir; start it from the menu or with: ipm-viewer"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "Note: $bin_dir is not on your PATH; the menu entry works regardless." ;;
esac
