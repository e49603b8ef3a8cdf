# Install-time script (installer/CMakeLists.txt): copies the LibTorch libraries the installed
# binaries load into lib/vxstudio, beside which their RPATH ($ORIGIN/../lib/vxstudio) looks.
# Inputs: VX_TORCH_LIB_DIR (the wheel's torch/lib) and VX_SITE_PACKAGES (the folder holding
# torch/ and nvidia/). The list comes from the binaries themselves, so it is what the build
# really needs: a CPU build gets libtorch_cpu, libc10, libgomp and the two small CUDA runtime
# libraries that the wheel's libtorch_cpu names in DT_NEEDED whether or not a GPU is used.
set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_bundle "${_root}/lib/vxstudio")
file(GLOB _nvidia_dirs LIST_DIRECTORIES true "${VX_SITE_PACKAGES}/nvidia/*/lib")

file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES "${_root}/bin/vxstudio" "${_root}/bin/vxstudio-cli"
     RESOLVED_DEPENDENCIES_VAR _resolved
     UNRESOLVED_DEPENDENCIES_VAR _unresolved
     DIRECTORIES "${VX_TORCH_LIB_DIR}" ${_nvidia_dirs}
     # Only what resolves into the Python environment is ours to ship; the rest is Debian's.
     POST_INCLUDE_REGEXES "^${VX_SITE_PACKAGES}/" "^${_bundle}/"
     POST_EXCLUDE_REGEXES ".*")

set(_bundled "")
foreach(_lib IN LISTS _resolved)
    if(_lib MATCHES "^${VX_SITE_PACKAGES}/")
        list(APPEND _bundled "${_lib}")
    elseif(_lib MATCHES "^${_bundle}/")
        # A second install over the same tree: the binaries' RPATH already finds the copy.
        list(APPEND _bundled "${_lib}")
    endif()
endforeach()
if(NOT _bundled)
    message(FATAL_ERROR "No LibTorch library found among the dependencies of the binaries")
endif()
foreach(_lib IN LISTS _bundled)
    if(_lib MATCHES "/libtorch_cuda|/libcudnn|/libcublas")
        message(WARNING "Bundling ${_lib}: this is a CUDA build; configure the package build "
                        "with -DVX_TORCH_LINK_CUDA=OFF (docs/install.md)")
    endif()
endforeach()
foreach(_lib IN LISTS _bundled)
    if(NOT _lib MATCHES "^${_bundle}/")
        file(INSTALL "${_lib}" DESTINATION "${_bundle}" FOLLOW_SYMLINK_CHAIN)
    endif()
endforeach()

# The wheel's RPATHs point into the wheel's nvidia/ folders; in the package all bundled
# libraries sit in one folder, so $ORIGIN is the whole search path (and lintian rejects
# absolute search paths outside the package's own folder).
foreach(_lib IN LISTS _bundled)
    get_filename_component(_name "${_lib}" NAME)
    file(RPATH_SET FILE "${_bundle}/${_name}" NEW_RPATH "$ORIGIN")
endforeach()
# Shared libraries are installed 0644 in Debian (lintian: shared-library-is-executable).
file(GLOB _installed "${_bundle}/*")
file(CHMOD ${_installed} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
