# One INTERFACE target carries the warning flags (and sanitizer flags when asked), so
# every corpkg target gets the same set without touching global flags.
add_library(corpkg_warnings INTERFACE)
target_compile_options(corpkg_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(CORPKG_SANITIZE)
    target_compile_options(corpkg_warnings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(corpkg_warnings INTERFACE -fsanitize=address,undefined)
endif()
