# vx_set_warnings(target): the project's warning level, as errors unless VX_WERROR is off.
function(vx_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Woverloaded-virtual)
    if(VX_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(VX_SANITIZE)
    add_compile_options(-fsanitize=${VX_SANITIZE} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${VX_SANITIZE})
endif()

find_program(VX_CCACHE ccache)
if(VX_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${VX_CCACHE}")
endif()
