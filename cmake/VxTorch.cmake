# Provides the INTERFACE target vx::torch for the engine.
#
# Two ways to find LibTorch:
#  1. A LibTorch distribution named by Torch_DIR or CMAKE_PREFIX_PATH (for example a user's
#     own CUDA LibTorch): its TorchConfig.cmake is used as it is.
#  2. Otherwise the torch wheel of a Python interpreter (VX_PYTHON, by default the project's
#     .venv, else python3 on PATH). The wheel's own TorchConfig.cmake insists on a CUDA toolkit
#     because the wheel is a CUDA build, so we link its libraries directly instead: libtorch_cuda
#     is linked with --no-as-needed so that its kernels register and the same binary uses a GPU
#     when one is there and the CPU when none is.

set(VX_PYTHON "" CACHE FILEPATH "Python interpreter whose torch wheel provides LibTorch")
option(VX_TORCH_LINK_CUDA "Link the wheel's CUDA libraries (off: a CPU-only build, e.g. for packages)" ON)
option(VX_PACKAGE_TORCH "Install the LibTorch libraries the binaries need under lib/vxstudio (the .deb)" ON)

# LibTorch's own BLAS first, in every binary that links it. libtorch_cpu exports the Fortran
# BLAS entry points (sgemm_, dgemm_) of the library it was built with (MKL in the wheel) and calls
# them through the global symbol scope, which the dynamic loader searches in the executable's
# DT_NEEDED order. dlib's CMake package puts Debian's reference libblas.so.3 on every executable's
# link line; when it comes first, every matrix product of the engine runs on the unoptimised
# reference BLAS (five times slower). Naming libtorch_cpu before any object or library, with
# --no-as-needed so the entry stays, makes it the first BLAS in the scope whatever else links
# BLAS later. The BlasBinding tests check the result in the shipped binaries.
function(vx_put_torch_blas_first)
    set(_cpu "")
    foreach(_item IN LISTS ARGN)
        if(_item MATCHES "libtorch_cpu\\.so$")
            set(_cpu "${_item}")
        endif()
    endforeach()
    if(NOT _cpu)
        message(WARNING "libtorch_cpu.so not found among LibTorch's libraries; another BLAS "
                        "linked by dlib may capture LibTorch's matrix products")
        return()
    endif()
    # One SHELL: option so CMake's de-duplication keeps the three parts together.
    target_link_options(vx_torch INTERFACE
        "SHELL:-Wl,--push-state,--no-as-needed ${_cpu} -Wl,--pop-state")
endfunction()

function(vx_find_torch_from_config)
    find_package(Torch REQUIRED)
    add_library(vx_torch INTERFACE)
    target_link_libraries(vx_torch INTERFACE ${TORCH_LIBRARIES})
    target_include_directories(vx_torch SYSTEM INTERFACE ${TORCH_INCLUDE_DIRS})
    # TORCH_CXX_FLAGS carries the C++ ABI flag the distribution was built with.
    separate_arguments(_flags UNIX_COMMAND "${TORCH_CXX_FLAGS}")
    target_compile_options(vx_torch INTERFACE ${_flags})
    # A LibTorch distribution names libtorch_cpu as the imported target torch_cpu.
    set(_cpu_libs ${TORCH_LIBRARIES})
    if(TARGET torch_cpu)
        get_target_property(_cpu_location torch_cpu IMPORTED_LOCATION)
        if(NOT _cpu_location)
            get_target_property(_cpu_location torch_cpu IMPORTED_LOCATION_RELEASE)
        endif()
        list(APPEND _cpu_libs "${_cpu_location}")
    endif()
    vx_put_torch_blas_first(${_cpu_libs})
    set(VX_TORCH_VERSION "${Torch_VERSION}" PARENT_SCOPE)
    set(VX_TORCH_SOURCE "LibTorch at ${Torch_DIR}" PARENT_SCOPE)
endfunction()

function(vx_find_torch_from_wheel)
    set(_python "${VX_PYTHON}")
    if(NOT _python)
        if(DEFINED ENV{VX_VENV} AND EXISTS "$ENV{VX_VENV}/bin/python3")
            set(_python "$ENV{VX_VENV}/bin/python3")
        elseif(EXISTS "${PROJECT_SOURCE_DIR}/.venv/bin/python3")
            set(_python "${PROJECT_SOURCE_DIR}/.venv/bin/python3")
        else()
            find_program(_python NAMES python3 REQUIRED)
        endif()
    endif()
    execute_process(
        COMMAND "${_python}" -c
                "import os, torch; print(os.path.dirname(torch.__file__)); print(int(torch._C._GLIBCXX_USE_CXX11_ABI)); print(torch.__version__.split('+')[0])"
        OUTPUT_VARIABLE _out
        RESULT_VARIABLE _rc
        ERROR_VARIABLE _err
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR
            "LibTorch not found: '${_python}' cannot import torch (${_err}). "
            "Run scripts/setup-python.sh, or pass -DTorch_DIR=<libtorch>/share/cmake/Torch.")
    endif()
    string(REPLACE "\n" ";" _lines "${_out}")
    list(GET _lines 0 _root)
    list(GET _lines 1 _abi)
    list(GET _lines 2 _version)

    add_library(vx_torch INTERFACE)
    target_include_directories(vx_torch SYSTEM INTERFACE
        "${_root}/include" "${_root}/include/torch/csrc/api/include")
    target_compile_definitions(vx_torch INTERFACE _GLIBCXX_USE_CXX11_ABI=${_abi})
    set(_lib "${_root}/lib")
    # libtorch.so is only a shim whose DT_NEEDED names libtorch_cuda (and through it cuDNN, cuBLAS
    # and the rest of the NVIDIA libraries), so a CPU-only build links the two real libraries.
    set(_libs "${_lib}/libtorch_cpu.so" "${_lib}/libc10.so")
    if(VX_TORCH_LINK_CUDA AND EXISTS "${_lib}/libtorch_cuda.so")
        set(VX_TORCH_HAS_CUDA ON PARENT_SCOPE)
        list(PREPEND _libs "${_lib}/libtorch.so")
        list(APPEND _libs "-Wl,--no-as-needed" "${_lib}/libtorch_cuda.so" "${_lib}/libc10_cuda.so"
             "-Wl,--as-needed")
    endif()
    target_link_libraries(vx_torch INTERFACE ${_libs})
    # The wheel's CUDA dependencies sit beside it in site-packages/nvidia; libtorch_cuda finds
    # them through its own RUNPATH, the linker through this rpath-link.
    file(GLOB _nvidia_libs LIST_DIRECTORIES true "${_root}/../nvidia/*/lib")
    foreach(_dir IN LISTS _nvidia_libs)
        target_link_options(vx_torch INTERFACE "LINKER:-rpath-link,${_dir}")
    endforeach()
    set(VX_TORCH_LIB_DIR "${_lib}" PARENT_SCOPE)
    set(VX_TORCH_VERSION "${_version}" PARENT_SCOPE)
    set(VX_TORCH_SOURCE "torch wheel of ${_python}" PARENT_SCOPE)
    if(NOT _abi EQUAL 1)
        message(WARNING "This LibTorch uses the old C++ ABI; the Qt, OpenCV and FFmpeg parts "
                        "of VX Studio need the C++11 ABI. Build with -DVX_ENGINE_ONLY=ON.")
    endif()
endfunction()


if(Torch_DIR OR DEFINED ENV{Torch_DIR})
    vx_find_torch_from_config()
else()
    vx_find_torch_from_wheel()
    vx_put_torch_blas_first("${VX_TORCH_LIB_DIR}/libtorch_cpu.so")
endif()
add_library(vx::torch ALIAS vx_torch)
if(VX_TORCH_LIB_DIR)
    list(APPEND CMAKE_BUILD_RPATH "${VX_TORCH_LIB_DIR}")
    # Installed binaries find the LibTorch that installer/ copies beside them. Without that copy
    # they keep using the wheel; a package must not point into a build machine's folders.
    list(APPEND CMAKE_INSTALL_RPATH "$ORIGIN/../lib/vxstudio")
    if(NOT VX_PACKAGE_TORCH)
        list(APPEND CMAKE_INSTALL_RPATH "${VX_TORCH_LIB_DIR}")
    endif()
endif()
message(STATUS "VX Studio: LibTorch ${VX_TORCH_VERSION} from the ${VX_TORCH_SOURCE}")
