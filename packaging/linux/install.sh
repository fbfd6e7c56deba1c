#!/bin/sh
# Put Ushiro Desk into this user's application menu (no root needed): the desktop entry, the AppStream
# metadata and the icons go under ~/.local/share, pointing at the binary in this folder. Run it again
# after moving the folder; `./install.sh --remove` takes the entries away (the data stays).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=jp.ushirodesk.UshiroDesk
share=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 22 24 32 48 64 128 256 512"

refresh() {
    update-desktop-database -q "$share/applications" 2>/dev/null || true
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    refresh
    echo "Ushiro Desk was taken out of the menu. The app folder and your data are unchanged."
    exit 0
fi

mkdir -p "$share/applications" "$share/metainfo"
sed "s|^Exec=ushiro-desk|Exec=\"$here/ushiro-desk\"|" "$here/_internal/share/applications/$app_id.desktop" \
    > "$share/applications/$app_id.desktop"
cp "$here/_internal/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
icons="$here/_internal/resources/icons/hicolor"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$icons/${size}x${size}/apps/$app_id.png" "$share/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$icons/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/"
refresh
echo "Ushiro Desk is in the application menu now (it starts $here/ushiro-desk)."
