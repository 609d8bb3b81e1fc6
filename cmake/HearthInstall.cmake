# What `cmake --install` puts beside the two programs, and the Debian package CPack makes of it.
# On Linux: the desktop entry, the icon in the hicolor theme at the usual sizes and as SVG, the
# AppStream metainfo and the two man pages, under the GNU install directories. See
# docs/packaging.md; scripts/test-deb.sh builds the .deb, installs it and starts Hearth from it.
set(HEARTH_APP_ID "io.github.hearth.Hearth")

if(UNIX AND NOT APPLE)
    install(FILES resources/desktop/${HEARTH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES resources/desktop/${HEARTH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES resources/icons/hearth-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${HEARTH_APP_ID}.png)
    endforeach()
    install(FILES resources/icons/hearth.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${HEARTH_APP_ID}.svg)
    install(FILES resources/man/hearth.1 resources/man/hearth-cli.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Debian wants the licence as /usr/share/doc/<package>/copyright.
    install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hearth RENAME copyright)
endif()

# The user guide (rendered by src/guide at build time), where Help > User guide finds it: the
# program looks in ../share/doc/hearth/guide from its bin folder (src/ui/help/GuideWindow.cpp); the
# Welsh guide is its cy/ subfolder.
install(DIRECTORY "${HEARTH_GUIDE_OUTPUT}/" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/hearth/guide)

# ---- CPack: `cpack` in a build folder (the release preset's, for a package to hand out) ----------
set(CPACK_PACKAGE_NAME "hearth")
set(CPACK_PACKAGE_VENDOR "The Hearth developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description, in lines of a readable length (CPack indents them for the control file).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Hearth keeps the casework of a council's loneliness officers and social"
    "prescribing link workers: residents, contacts and follow-ups, outcome measures,"
    "referrals to a community directory, the action plan and quarterly KPI reports."
    "It works offline, with everything in one SQLite database, and exchanges"
    "encrypted updates between officers and the team's hub as files. hearth-cli"
    "does the same work from scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "The Hearth developers <hearth@example.org>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR "ZIP")
else()
    set(CPACK_GENERATOR "DEB")
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # hearth_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Hearth developers <hearth@example.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps works out the packages of the libraries the programs link (Qt, SQLite, libsodium,
# spdlog, libxlsxwriter). Qt's X11 platform plugin comes with libqt6gui6, one of them; the Wayland
# one is a separate package, recommended, as is a font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core")

include(CPack)
