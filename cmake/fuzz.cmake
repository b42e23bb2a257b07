# libFuzzer builds (-DCORPKG_FUZZ=ON with clang): every corpkg target is instrumented for
# coverage, AddressSanitizer and UndefinedBehaviorSanitizer through the shared INTERFACE
# target; only the fuzz targets in tests/fuzz/ link libFuzzer's own main().
if(CORPKG_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CORPKG_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(corpkg_warnings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined
        # RapidJSON 1.1's internal stack offsets a null pointer by zero-sized pushes;
        # recoverable so tests/fuzz/ubsan.supp can silence that one header.
        -fsanitize-recover=pointer-overflow)
    target_link_options(corpkg_warnings INTERFACE -fsanitize=address,undefined)
endif()
