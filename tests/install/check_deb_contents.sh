#!/usr/bin/env bash
# What the .deb holds, checked without installing it:
#   check_deb_contents.sh PACKAGE.deb EXTRACT_DIR
# - the files of the desktop integration and Debian's documentation are there;
# - no ELF file names a CUDA library of LibTorch or NVIDIA's in DT_NEEDED except the CUDA
#   runtime stubs the wheel's libtorch_cpu names (bundled), and none needs the libtorch.so shim;
# - the binaries find LibTorch through $ORIGIN only, and name libtorch_cpu first, so that
#   LibTorch's BLAS comes before Debian's reference BLAS (cmake/VxTorch.cmake).
set -euo pipefail
deb="$1"
dir="$2"
fail() { echo "FAILED: $*" >&2; exit 1; }
rm -rf "$dir"
dpkg-deb -x "$deb" "$dir"

for f in usr/bin/vxstudio usr/bin/vxstudio-cli \
    usr/lib/vxstudio/libtorch_cpu.so usr/lib/vxstudio/libc10.so \
    usr/share/applications/vxstudio.desktop usr/share/mime/packages/vxstudio.xml \
    usr/share/metainfo/invalid.vxstudio.VXStudio.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/vxstudio.svg \
    usr/share/doc/vxstudio/copyright usr/share/doc/vxstudio/changelog.Debian.gz \
    usr/share/man/man1/vxstudio.1.gz usr/share/man/man1/vxstudio-cli.1.gz; do
    [ -f "$dir/$f" ] || fail "/$f is not in the package"
done
for size in 16 22 24 32 48 64 128 256; do
    f="usr/share/icons/hicolor/${size}x${size}/apps/vxstudio.png"
    [ -f "$dir/$f" ] || fail "/$f is not in the package"
done

while IFS= read -r -d '' elf; do
    file -b "$elf" | grep -q '^ELF' || continue
    needed="$(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')"
    bad="$(grep -E '^(libtorch\.so|libtorch_cuda|libc10_cuda|libcudnn|libcublas|libcufft|libcurand|libcusparse|libcusolver|libnccl|libnvrtc|libnvJitLink|libcuda\.so)' <<<"$needed" || true)"
    [ -z "$bad" ] || fail "${elf#"$dir"} needs $(echo $bad)"
done < <(find "$dir/usr" -type f -print0)

for bin in vxstudio vxstudio-cli; do
    elf="$dir/usr/bin/$bin"
    runpath="$(readelf -d "$elf" | sed -n 's/.*R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p')"
    [ "$runpath" = '$ORIGIN/../lib/vxstudio' ] || fail "$bin has the search path '$runpath'"
    first="$(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | head -1)"
    [ "$first" = libtorch_cpu.so ] || fail "$bin names $first before libtorch_cpu.so"
done
echo "package contents: ok ($(find "$dir/usr/lib/vxstudio" -type f -printf '%f ' ))"
