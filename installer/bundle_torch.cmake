# Install-time script (installer/CMakeLists.txt): copies the LibTorch libraries the installed
# binaries load into lib/vxstudio, beside which their RPATH ($ORIGIN/../lib/vxstudio) looks.
# Inputs: VX_STRIP (the strip program), VX_BINARIES (the two executables in the build folder, whose build RPATH names the
# wheel), VX_TORCH_LIB_DIR (the wheel's torch/lib) and VX_SITE_PACKAGES (the folder holding
# torch/ and nvidia/). The list comes from the binaries themselves, so it is what the build
# really needs: a CPU build gets libtorch_cpu, libc10, libgomp and the two small CUDA runtime
# libraries that the wheel's libtorch_cpu names in DT_NEEDED whether or not a GPU is used.
set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_bundle "${_root}/lib/vxstudio")
# file(INSTALL) puts DESTDIR in front itself.
set(_destination "${CMAKE_INSTALL_PREFIX}/lib/vxstudio")
file(GLOB _nvidia_dirs LIST_DIRECTORIES true "${VX_SITE_PACKAGES}/nvidia/*/lib")
# The folder as a regular expression (a path may hold '+' or '.').
string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" _site_regex "${VX_SITE_PACKAGES}")

file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES ${VX_BINARIES}
     RESOLVED_DEPENDENCIES_VAR _resolved
     UNRESOLVED_DEPENDENCIES_VAR _unresolved
     DIRECTORIES "${VX_TORCH_LIB_DIR}" ${_nvidia_dirs}
     # Only what resolves into the Python environment is ours to ship; the rest is Debian's.
     POST_INCLUDE_REGEXES "^${_site_regex}/"
     POST_EXCLUDE_REGEXES ".*")

set(_bundled "")
foreach(_lib IN LISTS _resolved)
    if(_lib MATCHES "^${_site_regex}/")
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
file(INSTALL ${_bundled} DESTINATION "${_destination}" FOLLOW_SYMLINK_CHAIN)

# The wheel's RPATHs point into the wheel's nvidia/ folders; in the package all bundled
# libraries sit in one folder, so $ORIGIN is the whole search path (and lintian rejects
# absolute search paths outside the package's own folder).
foreach(_lib IN LISTS _bundled)
    get_filename_component(_name "${_lib}" NAME)
    unset(_rpath)
    unset(_runpath)
    file(READ_ELF "${_bundle}/${_name}" RPATH _rpath RUNPATH _runpath)
    # RPATH_SET rewrites an entry in place; a library without one (the CUDA runtime) keeps none.
    if(_rpath OR _runpath)
        file(RPATH_SET FILE "${_bundle}/${_name}" NEW_RPATH "$ORIGIN")
    endif()
endforeach()
# Debian ships shared libraries stripped of their symbol tables (the dynamic symbols stay);
# CPACK_STRIP_FILES only strips the project's own targets.
if(VX_STRIP AND CMAKE_INSTALL_DO_STRIP)
    foreach(_lib IN LISTS _bundled)
        get_filename_component(_name "${_lib}" NAME)
        execute_process(COMMAND "${VX_STRIP}" --strip-unneeded "${_bundle}/${_name}"
                        RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "strip failed on ${_bundle}/${_name}")
        endif()
    endforeach()
endif()
# Shared libraries are installed 0644 in Debian (lintian: shared-library-is-executable).
file(GLOB _installed "${_bundle}/*")
file(CHMOD ${_installed} PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
