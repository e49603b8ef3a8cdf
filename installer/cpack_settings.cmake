# The CPack settings of the Debian package (included by installer/CMakeLists.txt).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "vxstudio")
set(CPACK_PACKAGE_VENDOR "VX Studio")
set(CPACK_PACKAGE_CONTACT "VX Studio developers <dev@vxstudio.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "talking-head video from one portrait and a voice")
# CPack writes the summary as the first line and indents these lines itself (an empty line
# becomes the " ." paragraph break).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "VX Studio turns a portrait photo and a voice recording into a talking-head
video with the V-Express model: a desktop studio with an instant preview and
a timeline, and vxstudio-cli for renders from scripts.

This build runs LibTorch on the CPU; the LibTorch libraries it needs are
bundled in /usr/lib/vxstudio. The model weights are downloaded separately.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# A Debian revision: the package is not a native Debian package (its changelog is
# changelog.Debian.gz, debian/changelog.Debian).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://vxstudio.invalid/")
# gzip, not zstd (dpkg reads zstd since Debian 12, but lintian rejects it) nor xz (five minutes
# for the 430 MB of libtorch_cpu on two cores).
set(CPACK_DEBIAN_COMPRESSION_TYPE "gzip")
set(CPACK_STRIP_FILES ON)
# Directories the package creates get 0755 whatever the build machine's umask is.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Depends comes from dpkg-shlibdeps over the installed binaries and bundled libraries, so it
# names the Debian 12 library packages the build really links. The bundled libraries are found
# through the binaries' $ORIGIN RPATH; they belong to this package and add no dependency.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: the SVG icon plugin for Qt's icon engine, the Qt image format
# plugins for WebP portraits, the dlib face landmark model, and Qt Multimedia's FFmpeg backend.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-image-formats-plugins, libdlib-data")
# No maintainer scripts: the desktop, MIME and icon caches are rebuilt by the dpkg triggers of
# desktop-file-utils, shared-mime-info and hicolor-icon-theme on the folders this package
# writes to, on a desktop that has them.
include(CPack)
