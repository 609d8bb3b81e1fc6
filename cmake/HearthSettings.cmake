# hearth_settings: the one INTERFACE target that carries the shared compile settings.
# Every Hearth target links it; nothing sets flags project-wide.
add_library(hearth_settings INTERFACE)
add_library(Hearth::settings ALIAS hearth_settings)

target_compile_features(hearth_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(hearth_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HEARTH_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(hearth_settings INTERFACE -Wall -Wextra -Wpedantic)
    if(HEARTH_WERROR)
        target_compile_options(hearth_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(hearth_settings INTERFACE /W4 /permissive- /utf-8)
    if(HEARTH_WERROR)
        target_compile_options(hearth_settings INTERFACE /WX)
    endif()
endif()
